"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { Poll } from "@/lib/domain/poll";
import type { PointsResults } from "@/lib/domain/poll-kinds/points/kind";
import type { ResultsProps } from "../kind-ui";
import { type BarRow, BarRows } from "../shared/bar-rows";
import { DataTable } from "../shared/data-table";
import { BarResultsList, useResultsCaption } from "../shared/results-section";

function useRows(poll: Poll, results: PointsResults | null): BarRow[] {
  const t = useTranslations("points");
  const format = useFormatter();
  if (!results) return poll.items.map((item) => ({ id: item.id, label: item.label, ratio: null }));
  const top = Math.max(1, results.items[0]?.mean ?? 0);
  return results.items.map((item) => ({
    id: item.itemId,
    label: item.label,
    mark: String(item.rank),
    ratio: item.mean / top,
    value: t("mean", { value: format.number(item.mean, { maximumFractionDigits: 1 }) }),
    detail: t("total", { value: format.number(item.total) }),
    tone: item.rank === 1 && item.total > 0 ? "leader" : undefined,
  }));
}

/** Each item's mean points, most first. */
export function PointsBoard({ poll, results }: { poll: Poll; results: PointsResults | null }) {
  return <BarRows variant="board" rows={useRows(poll, results)} />;
}

export function PointsResultsList({ poll, results, heading }: ResultsProps<PointsResults> & { heading: string }) {
  return <BarResultsList heading={heading} results={results} rows={useRows(poll, results)} />;
}

export function PointsResultsTable({ poll, results, className }: ResultsProps<PointsResults> & { className?: string }) {
  const t = useTranslations("points");
  const caption = useResultsCaption();
  const format = useFormatter();
  return (
    <DataTable
      className={className}
      caption={caption(poll, results)}
      columns={[t("itemColumn"), t("rankColumn"), t("meanColumn"), t("totalColumn")]}
      rows={results.items.map((item) => ({
        id: item.itemId,
        header: item.label,
        cells: [item.rank, format.number(item.mean, { maximumFractionDigits: 1 }), item.total],
      }))}
    />
  );
}
