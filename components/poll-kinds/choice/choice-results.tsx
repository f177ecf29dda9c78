"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { Poll } from "@/lib/domain/poll";
import type { ChoiceResults } from "@/lib/domain/poll-kinds/choice/kind";
import type { ResultsProps } from "../kind-ui";
import { type BarRow, BarRows } from "../shared/bar-rows";
import { DataTable } from "../shared/data-table";
import { BarResultsList, useResultsCaption } from "../shared/results-section";

function useRows(poll: Poll, results: ChoiceResults | null): BarRow[] {
  const format = useFormatter();
  if (!results) return poll.items.map((item) => ({ id: item.id, label: item.label, ratio: null }));
  const top = Math.max(1, ...results.items.map((item) => item.count));
  return results.items.map((item) => ({
    id: item.itemId,
    label: item.label,
    ratio: item.count / top,
    value: `${format.number(item.count)} · ${format.number(item.share, { style: "percent" })}`,
    tone: item.count === top && item.count > 0 ? "leader" : undefined,
  }));
}

/** Bars with counts and shares, in the poll's order. */
export function ChoiceBoard({ poll, results }: { poll: Poll; results: ChoiceResults | null }) {
  return <BarRows variant="board" rows={useRows(poll, results)} />;
}

export function ChoiceResultsList({ poll, results, heading }: ResultsProps<ChoiceResults> & { heading: string }) {
  return <BarResultsList heading={heading} results={results} rows={useRows(poll, results)} />;
}

export function ChoiceResultsTable({ poll, results, className }: ResultsProps<ChoiceResults> & { className?: string }) {
  const t = useTranslations("choice");
  const caption = useResultsCaption();
  const format = useFormatter();
  return (
    <DataTable
      className={className}
      caption={caption(poll, results)}
      columns={[t("answer"), t("votes"), t("share")]}
      rows={results.items.map((item) => ({
        id: item.itemId,
        header: item.label,
        cells: [item.count, format.number(item.share, { style: "percent" })],
      }))}
    />
  );
}
