"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { QaQuestion, QaResults } from "@/lib/domain/poll-kinds/qa/kind";
import entryStyles from "../shared/entries/entries.module.css";
import { ModerationCounts } from "../shared/entries/entry-status";
import styles from "./qa.module.css";

type Order = "popular" | "newest";

const ORDERS: Record<Order, (a: QaQuestion, b: QaQuestion) => number> = {
  popular: () => 0, // the server's order: by upvotes, equal ones newest first
  newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
};

/**
 * The audience's questions on a phone: the pinned one first, then sorted by
 * upvotes or by time, each with its upvote toggle. Also says how many wait
 * for review and how many were hidden.
 */
export function QaQuestionList(props: { results: QaResults | null; upvoted: readonly string[]; onUpvote: ((entryId: string, up: boolean) => void) | null }) {
  const t = useTranslations("qa");
  const name = useId();
  const [order, setOrder] = useState<Order>("popular");
  const questions = (props.results?.questions ?? []).filter((question) => question.status === "approved");
  const sorted = [...questions].sort((a, b) => Number(b.state === "pinned") - Number(a.state === "pinned") || ORDERS[order](a, b));
  const upvoted = new Set(props.upvoted);

  return (
    <section aria-labelledby="qa-questions" className={styles.questions}>
      <div className={styles.questionsHeader}>
        <h2 id="qa-questions" className={entryStyles.sectionTitle}>
          {t("questionsTitle", { count: questions.length })}
        </h2>
        <fieldset className={styles.order}>
          <legend className="sr-only">{t("orderLegend")}</legend>
          {(["popular", "newest"] as const).map((value) => (
            <label key={value} className={styles.orderOption}>
              <input type="radio" name={name} value={value} checked={order === value} onChange={() => setOrder(value)} />
              <span>{t(`order.${value}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {props.results ? <ModerationCounts pending={props.results.counts.pending} hidden={props.results.counts.hidden} /> : null}
      {sorted.length === 0 ? (
        <p className="hint">{t("noQuestions")}</p>
      ) : (
        <ul className={entryStyles.entryList} data-testid="qa-questions">
          {sorted.map((question) => (
            <li key={question.id} className={`${entryStyles.entryCard} ${styles.question}`} data-state={question.state}>
              <div className={styles.questionBody}>
                {question.state !== "open" ? <span className={styles.stateBadge}>{t(`state.${question.state}`)}</span> : null}
                <p className={entryStyles.entryText}>{question.text}</p>
                <p className={styles.author}>{question.authorName ?? t("anonymousAuthor")}</p>
              </div>
              <UpvoteButton question={question} upvoted={upvoted.has(question.id)} onUpvote={props.onUpvote} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function UpvoteButton({ question, upvoted, onUpvote }: { question: QaQuestion; upvoted: boolean; onUpvote: ((entryId: string, up: boolean) => void) | null }) {
  const t = useTranslations("qa");
  const content = (
    <>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <path d="M12 4l8 9h-5v7H9v-7H4z" fill={upvoted ? "currentColor" : "none"} stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      </svg>
      <span className={styles.upvoteCount}>{question.upvotes}</span>
    </>
  );
  if (!onUpvote || question.state === "answered") {
    return (
      <span className={styles.upvote} data-upvoted={upvoted || undefined} title={t("upvotes", { count: question.upvotes })}>
        <span className="sr-only">{t("upvotes", { count: question.upvotes })}</span>
        <span aria-hidden="true" className={styles.upvoteInner}>
          {content}
        </span>
      </span>
    );
  }
  return (
    <button
      type="button"
      className={styles.upvote}
      aria-pressed={upvoted}
      aria-label={t("upvote", { question: question.text, count: question.upvotes })}
      onClick={() => onUpvote(question.id, !upvoted)}
    >
      <span className={styles.upvoteInner}>{content}</span>
    </button>
  );
}
