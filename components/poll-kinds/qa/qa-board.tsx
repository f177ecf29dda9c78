"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { Poll } from "@/lib/domain/poll";
import type { QaResults } from "@/lib/domain/poll-kinds/qa/kind";
import { Hyphenated } from "../../ui/hyphenated";
import { useFlip } from "../../ui/use-flip";
import { Spotlight, StageMessage, stageBoardClass } from "../shared/entries/stage";
import styles from "./qa.module.css";

/** How many questions the projector lists under the pinned one. */
const TOP_QUESTIONS = 6;

/**
 * The projector during a Q&A: the question being answered large, the most
 * upvoted open questions below (they glide as upvotes reorder them). Hidden
 * from screen readers; the table lists the questions.
 */
export function QaBoard({ results }: { poll: Poll; results: QaResults | null }) {
  const t = useTranslations("qa");
  const list = useRef<HTMLOListElement>(null);
  const approved = (results?.questions ?? []).filter((question) => question.status === "approved");
  const pinned = approved.find((question) => question.state === "pinned") ?? null;
  const top = approved.filter((question) => question.state === "open").slice(0, TOP_QUESTIONS);
  useFlip(list, top.map((question) => question.id).join(","));

  if (!pinned && top.length === 0) {
    return <StageMessage text={results && results.counts.pending > 0 ? t("reviewing", { count: results.counts.pending }) : t("askNow")} />;
  }
  return (
    <div className={stageBoardClass} aria-hidden="true" data-testid="qa-board">
      {pinned ? (
        <Spotlight
          label={t("nowAnswering")}
          text={pinned.text}
          meta={`${pinned.authorName ?? t("anonymousAuthor")} · ${t("upvotes", { count: pinned.upvotes })}`}
        />
      ) : null}
      {top.length > 0 ? (
        <>
          <h2 className={styles.topHeading}>{t("topQuestions")}</h2>
          <ol ref={list} className={styles.top}>
            {top.map((question) => (
              <li key={question.id} className={styles.topRow} data-flip-key={question.id}>
                <span className={styles.topVotes}>
                  <svg viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M12 4l8 9h-5v7H9v-7H4z" fill="currentColor" />
                  </svg>
                  {question.upvotes}
                </span>
                <span className={styles.topText}>
                  <Hyphenated text={question.text} />
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
