import { useTranslations } from "next-intl";
import type { Poll, PollResults } from "@/lib/domain/poll";
import styles from "./ballot.module.css";
import { type BarRow, BarRows } from "./bar-rows";

/**
 * A result under a heading with its vote count (or, for kinds that count
 * something else, `countLabel`), as phones and the moderator's console show it.
 */
export function ResultsSection(props: { heading: string; results: PollResults; countLabel?: string; children: React.ReactNode }) {
  const t = useTranslations("presenter");
  const { heading, results, children } = props;
  return (
    <section className={styles.results} aria-label={heading}>
      <h2 className={styles.resultsHeading}>
        {heading}
        <span className={styles.resultsCount}> · {props.countLabel ?? t("ballots", { count: results.ballotCount })}</span>
      </h2>
      {children}
    </section>
  );
}

/** A result drawn as bar rows, under its heading: what kinds with bars show on phones and in the console. */
export function BarResultsList({ heading, results, rows }: { heading: string; results: PollResults; rows: BarRow[] }) {
  return (
    <ResultsSection heading={heading} results={results}>
      <BarRows variant="list" rows={rows} />
    </ResultsSection>
  );
}

/** The caption of a result table: the question and the vote count. */
export function useResultsCaption(): (poll: Poll, results: PollResults) => string {
  const t = useTranslations("presenter");
  return (poll, results) => `${t("tableCaption", { question: poll.question })} – ${t("ballots", { count: results.ballotCount })}`;
}
