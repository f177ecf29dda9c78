"use client";

import { useTranslations } from "next-intl";
import type { WordcloudResults } from "@/lib/domain/poll-kinds/wordcloud/kind";
import type { ModerationPanelProps } from "../kind-ui";
import { ResultsSection } from "../shared/results-section";
import styles from "./wordcloud.module.css";

/** The one action that changes a word of each status. */
const ACTION_OF = { shown: "hide", held: "approve", hidden: "show" } as const;

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
              <button
                type="button"
                className={word.status === "held" ? "button button-small" : "button button-quiet button-small"}
                disabled={busy}
                aria-label={t(`${ACTION_OF[word.status]}Word`, { word: word.text })}
                onClick={() => onModerate({ type: "wordcloud", action: ACTION_OF[word.status], key: word.key })}
              >
                {t(ACTION_OF[word.status])}
              </button>
            </li>
          ))}
        </ul>
      )}
    </ResultsSection>
  );
}
