import { useTranslations } from "next-intl";
import type { Poll, PollResults } from "@/lib/domain/poll";
import styles from "./ballot.module.css";

/** A result under a heading with its vote count, as phones and the moderator's console show it. */
export function ResultsSection({ heading, results, children }: { heading: string; results: PollResults; children: React.ReactNode }) {
  const t = useTranslations("presenter");
  return (
    <section className={styles.results} aria-label={heading}>
      <h2 className={styles.resultsHeading}>
        {heading}
        <span className={styles.resultsCount}> · {t("ballots", { count: results.ballotCount })}</span>
      </h2>
      {children}
    </section>
  );
}

/** The caption of a result table: the question and the vote count. */
export function useResultsCaption(): (poll: Poll, results: PollResults) => string {
  const t = useTranslations("presenter");
  return (poll, results) => `${t("tableCaption", { question: poll.question })} – ${t("ballots", { count: results.ballotCount })}`;
}
