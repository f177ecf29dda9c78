"use client";

import { useTranslations } from "next-intl";
import type { OpenTextResults } from "@/lib/domain/poll-kinds/open-text/kind";
import type { ResultsProps } from "../kind-ui";
import { DataTable } from "../shared/data-table";
import styles from "../shared/entries/entries.module.css";
import { ModerationCounts } from "../shared/entries/entry-status";
import { ResultsSection, useResultsCaption } from "../shared/results-section";

/** How many answers a phone's list shows: the newest. */
const LISTED_ANSWERS = 50;

/** The approved answers, newest first, for phones; how many wait or were hidden. */
export function OpenTextResultsList({ results, heading }: ResultsProps<OpenTextResults> & { heading: string }) {
  const t = useTranslations("open_text");
  const shown = results.entries.filter((entry) => entry.status === "approved");
  return (
    <ResultsSection heading={heading} results={results} countLabel={t("entryCount", { count: results.ballotCount })}>
      <ModerationCounts pending={results.counts.pending} hidden={results.counts.hidden} />
      {shown.length === 0 ? (
        <p className="hint">{t("noAnswers")}</p>
      ) : (
        <ul className={styles.entryList}>
          {shown.slice(0, LISTED_ANSWERS).map((entry) => (
            <li key={entry.id} className={styles.entryCard}>
              <p className={styles.entryText}>{entry.text}</p>
            </li>
          ))}
        </ul>
      )}
    </ResultsSection>
  );
}

/** Every shown answer: the wall's text alternative. */
export function OpenTextResultsTable({ poll, results, className }: ResultsProps<OpenTextResults> & { className?: string }) {
  const t = useTranslations("open_text");
  const caption = useResultsCaption();
  const timeOf = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return (
    <DataTable
      className={className}
      caption={caption(poll, results)}
      columns={[t("answerColumn"), t("timeColumn")]}
      rows={results.entries
        .filter((entry) => entry.status === "approved")
        .map((entry) => ({ id: entry.id, header: entry.text, cells: [timeOf(entry.createdAt)] }))}
    />
  );
}
