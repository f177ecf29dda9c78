import { useFormatter, useTranslations } from "next-intl";
import { type CSSProperties, useId } from "react";
import type { RankingPollResults } from "@/lib/domain/poll-kinds/ranking/kind";
import type { ResultsProps } from "../kind-ui";
import styles from "./place-distribution.module.css";

/**
 * How many ballots put each item at each place, as a heat map: a table whose
 * cells darken with their share of the ballots. The detail a Borda score
 * hides: a polarising item (many firsts, many lasts) and a consensus item can
 * score the same.
 */
/** The share from which a cell is dark enough for white text (see the stylesheet). */
const DARK_FROM = 0.68;

export function PlaceDistribution({ poll, results }: ResultsProps<RankingPollResults>) {
  const t = useTranslations("results");
  const format = useFormatter();
  const places = poll.items.map((_, index) => index + 1);
  const whole = Math.max(1, results.ballotCount);
  const captionId = useId();
  return (
    <section className={styles.distribution} aria-labelledby={captionId}>
      <h3 id={captionId} className={styles.title}>
        {t("placesCaption")}
      </h3>
      {/* Narrow screens scroll the table sideways rather than squeeze the labels; keyboards can scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <div className={styles.scroller} tabIndex={0}>
        <table className={styles.heatmap} aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t("item")}</th>
              {places.map((place) => (
                <th key={place} scope="col">
                  {t("place", { place })}
                </th>
              ))}
              <th scope="col">{t("notRanked")}</th>
            </tr>
          </thead>
          <tbody>
            {results.items.map((item) => (
              <tr key={item.itemId}>
                <th scope="row">{item.label}</th>
                {places.map((place, index) => {
                  const count = item.placeCounts[index] ?? 0;
                  const share = count / whole;
                  return (
                    <td key={place} style={{ "--share": share } as CSSProperties} data-dark={share > DARK_FROM ? "" : undefined}>
                      <span className={styles.count}>{count}</span>
                      <span className={styles.share}>{format.number(share, { style: "percent" })}</span>
                    </td>
                  );
                })}
                <td className={styles.unranked}>{results.ballotCount - item.rankedCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
