"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { Poll } from "@/lib/domain/poll";
import type { QuizResults } from "@/lib/domain/poll-kinds/quiz/kind";
import type { ResultsProps } from "../kind-ui";
import { type BarRow, BarRows } from "../shared/bar-rows";
import { DataTable } from "../shared/data-table";
import { BarResultsList, useResultsCaption } from "../shared/results-section";
import { answerLetter } from "./quiz-ballot";

/**
 * Answers with letters; on the projector their counts only once voting has
 * closed, so nobody follows the crowd (a phone's list comes after its answer,
 * the moderator's always); right and wrong once revealed.
 */
function useRows(poll: Poll, results: QuizResults | null, variant: "board" | "list"): BarRow[] {
  const format = useFormatter();
  const showCounts = results !== null && (variant === "list" || poll.status === "closed");
  if (!showCounts) return poll.items.map((item, index) => ({ id: item.id, label: item.label, ratio: null, mark: answerLetter(index) }));
  const top = Math.max(1, ...results.items.map((item) => item.count));
  return results.items.map((item, index) => ({
    id: item.itemId,
    label: item.label,
    mark: item.correct ? "✓" : answerLetter(index),
    ratio: item.count / top,
    value: `${format.number(item.count)} · ${format.number(item.share, { style: "percent" })}`,
    tone: item.correct === null ? undefined : item.correct ? "correct" : "wrong",
  }));
}

export function QuizBoard({ poll, results }: { poll: Poll; results: QuizResults | null }) {
  return <BarRows variant="board" rows={useRows(poll, results, "board")} />;
}

export function QuizResultsList({ poll, results, heading }: ResultsProps<QuizResults> & { heading: string }) {
  return <BarResultsList heading={heading} results={results} rows={useRows(poll, results, "list")} />;
}

export function QuizResultsTable({ poll, results, className }: ResultsProps<QuizResults> & { className?: string }) {
  const t = useTranslations("quiz");
  const caption = useResultsCaption();
  const format = useFormatter();
  return (
    <DataTable
      className={className}
      caption={caption(poll, results)}
      columns={[t("answerColumn"), t("countColumn"), t("shareColumn"), t("correctColumn")]}
      rows={results.items.map((item, index) => ({
        id: item.itemId,
        header: `${answerLetter(index)} · ${item.label}`,
        cells: [item.count, format.number(item.share, { style: "percent" }), item.correct === null ? "–" : item.correct ? t("yes") : t("no")],
      }))}
    />
  );
}
