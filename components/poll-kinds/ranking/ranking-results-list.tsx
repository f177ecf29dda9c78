import { useTranslations } from "next-intl";
import { useId } from "react";
import type { RankingPollResults } from "@/lib/domain/poll-kinds/ranking/kind";
import { Hyphenated } from "../../ui/hyphenated";
import type { ResultsProps } from "../kind-ui";
import styles from "./ranking-results-list.module.css";

/**
 * The ranking as a plain list with bars, for narrow screens (a phone after
 * voting). Text wraps and hyphenates, so any label fits any width.
 */
export function RankingResultsList({ results, heading }: ResultsProps<RankingPollResults> & { heading: string }) {
  const t = useTranslations("presenter");
  const tRanking = useTranslations("ranking");
  const headingId = useId();
  const top = Math.max(1, results.items[0]?.score ?? 0);
  const hasTies = results.ballotCount > 0 && results.items.some((item) => item.tied);
  return (
    <section className={styles.results} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {heading}
        <span className={styles.count}> · {t("ballots", { count: results.ballotCount })}</span>
      </h2>
      <ol className={styles.list}>
        {results.items.map((item) => (
          <li key={item.itemId} className={styles.row} data-leader={(item.rank === 1 && item.score > 0) || undefined}>
            <span className={styles.rank}>
              <span className="sr-only">{t("rank")} </span>
              {results.ballotCount > 0 ? item.rank : "–"}
              {item.tied && results.ballotCount > 0 ? <span aria-hidden="true">=</span> : null}
            </span>
            <span className={styles.label}>
              <Hyphenated text={item.label} />
            </span>
            <span className={styles.points}>{t("points", { score: item.score })}</span>
            <span className={styles.bar} aria-hidden="true">
              <span style={{ width: `${(item.score / top) * 100}%` }} />
            </span>
          </li>
        ))}
      </ol>
      {hasTies ? <p className={styles.note}>{tRanking("tieNote")}</p> : null}
    </section>
  );
}
