"use client";

import { useTranslations } from "next-intl";
import type { WordcloudResults } from "@/lib/domain/poll-kinds/wordcloud/kind";
import type { ModerationPanelProps } from "../kind-ui";
import { ResultsSection } from "../shared/results-section";
import styles from "./wordcloud.module.css";

/**
 * The moderator's review of a word cloud: words held by the blocklist first,
 * then every word by count, each with the one action that changes it.
 */
export function WordcloudModeration({ results, heading, busy, onModerate }: ModerationPanelProps<WordcloudResults>) {
  const t = useTranslations("wordcloud");
  const held = results.words.filter((word) => word.status === "held");
  const rest = results.words.filter((word) => word.status !== "held");
  return (
    <ResultsSection heading={heading} results={results}>
      {held.length > 0 ? <p className="notice">{t("heldNotice", { count: held.length })}</p> : null}
      {results.words.length === 0 ? (
        <p className="hint">{t("noWords")}</p>
      ) : (
        <ul className={styles.review} aria-label={t("reviewLabel")}>
          {[...held, ...rest].map((word) => (
            <li key={word.key} className={styles.reviewRow} data-status={word.status}>
              <span className={styles.reviewText}>
                {word.text} <span className={styles.chipCount}>{word.count}</span>
              </span>
              <span className={styles.reviewStatus}>{t(`status.${word.status}`)}</span>
              {word.status === "shown" ? (
                <button type="button" className="button button-quiet button-small" disabled={busy} aria-label={t("hideWord", { word: word.text })}
                  onClick={() => onModerate({ type: "wordcloud", action: "hide", key: word.key })}
                >
                  {t("hide")}
                </button>
              ) : word.status === "held" ? (
                <button type="button" className="button button-small" disabled={busy} aria-label={t("approveWord", { word: word.text })}
                  onClick={() => onModerate({ type: "wordcloud", action: "approve", key: word.key })}
                >
                  {t("approve")}
                </button>
              ) : (
                <button type="button" className="button button-quiet button-small" disabled={busy} aria-label={t("showWord", { word: word.text })}
                  onClick={() => onModerate({ type: "wordcloud", action: "show", key: word.key })}
                >
                  {t("show")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </ResultsSection>
  );
}
