"use client";

import { useTranslations } from "next-intl";
import type { QaResults } from "@/lib/domain/poll-kinds/qa/kind";
import type { ResultsProps } from "../kind-ui";
import { DataTable } from "../shared/data-table";
import { ResultsSection, useResultsCaption } from "../shared/results-section";
import { QaQuestionList } from "./qa-questions";

/** The questions as they stand, without upvoting. */
export function QaResultsList({ results, heading }: ResultsProps<QaResults> & { heading: string }) {
  const t = useTranslations("qa");
  return (
    <ResultsSection heading={heading} results={results} countLabel={t("entryCount", { count: results.ballotCount })}>
      <QaQuestionList results={results} upvoted={[]} onUpvote={null} />
    </ResultsSection>
  );
}

/** Every shown question with its upvotes and state: the projector's text alternative. */
export function QaResultsTable({ poll, results, className }: ResultsProps<QaResults> & { className?: string }) {
  const t = useTranslations("qa");
  const caption = useResultsCaption();
  return (
    <DataTable
      className={className}
      caption={caption(poll, results)}
      columns={[t("questionColumn"), t("upvotesColumn"), t("stateColumn")]}
      rows={results.questions
        .filter((question) => question.status === "approved")
        .map((question) => ({ id: question.id, header: question.text, cells: [question.upvotes, t(`state.${question.state}`)] }))}
    />
  );
}
