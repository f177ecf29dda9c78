"use client";

import { useTranslations } from "next-intl";
import type { WordcloudResults } from "@/lib/domain/poll-kinds/wordcloud/kind";
import type { ResultsProps } from "../kind-ui";
import { DataTable } from "../shared/data-table";
import { ResultsSection, useResultsCaption } from "../shared/results-section";
import styles from "./wordcloud.module.css";

/** How many words a phone's list shows. */
const LISTED_WORDS = 30;

/** The most frequent words as chips with their counts, for phones after voting. */
export function WordcloudResultsList({ results, heading }: ResultsProps<WordcloudResults> & { heading: string }) {
  const t = useTranslations("wordcloud");
  return (
    <ResultsSection heading={heading} results={results}>
      {results.words.length === 0 ? (
        <p className="hint">{t("noWords")}</p>
      ) : (
        <ul className={styles.chips}>
          {results.words.slice(0, LISTED_WORDS).map((word) => (
            <li key={word.key} className={styles.chip}>
              {word.text} <span className={styles.chipCount}>{word.count}</span>
            </li>
          ))}
        </ul>
      )}
    </ResultsSection>
  );
}

/** Every shown word with its count: the cloud's text alternative. */
export function WordcloudResultsTable({ poll, results, className }: ResultsProps<WordcloudResults> & { className?: string }) {
  const t = useTranslations("wordcloud");
  const caption = useResultsCaption();
  return (
    <DataTable
      className={className}
      caption={caption(poll, results)}
      columns={[t("wordColumn"), t("countColumn")]}
      rows={results.words.map((word) => ({ id: word.key, header: word.text, cells: [word.count] }))}
    />
  );
}
