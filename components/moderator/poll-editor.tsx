"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  ITEM_LABEL_MAX_LENGTH,
  type PollInput,
  pollInputSchema,
  QUESTION_MAX_LENGTH,
  RANKING_MAX_ITEMS,
  RANKING_MIN_ITEMS,
} from "@/lib/domain/poll";
import { ErrorNotice } from "../ui/error-notice";
import styles from "./moderator.module.css";

export interface PollDraft {
  question: string;
  items: string[];
  allowVoteChange: boolean;
}

export const EMPTY_DRAFT: PollDraft = { question: "", items: ["", "", ""], allowVoteChange: true };

/** The form for a ranking poll; validates with the same schema the server uses. */
export function PollEditor(props: {
  heading: string;
  initial: PollDraft;
  submitLabel: string;
  itemsLocked: boolean;
  busy: boolean;
  onSubmit: (poll: PollInput) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("moderator");
  const [draft, setDraft] = useState<PollDraft>(props.initial);
  const [problem, setProblem] = useState("");

  const setItem = (index: number, label: string) =>
    setDraft((d) => ({ ...d, items: d.items.map((item, i) => (i === index ? label : item)) }));

  return (
    <form
      className={`card ${styles.editor}`}
      aria-labelledby="poll-editor-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = pollInputSchema.safeParse({
          type: "ranking",
          question: draft.question,
          items: draft.items.filter((item) => item.trim() !== ""),
          allowVoteChange: draft.allowVoteChange,
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          setProblem(
            issue?.path[0] === "question"
              ? `${t("question")}: ${issue.message}`
              : `${t("items", { min: RANKING_MIN_ITEMS, max: RANKING_MAX_ITEMS })}: ${issue?.message ?? ""}`,
          );
          return;
        }
        setProblem("");
        props.onSubmit(parsed.data);
      }}
    >
      <h2 id="poll-editor-heading">{props.heading}</h2>
      <div className="field">
        <label htmlFor="poll-question">{t("question")}</label>
        <input
          id="poll-question"
          className="input"
          value={draft.question}
          maxLength={QUESTION_MAX_LENGTH}
          onChange={(event) => setDraft((d) => ({ ...d, question: event.target.value }))}
          required
        />
      </div>
      <fieldset className={styles.items} disabled={props.itemsLocked}>
        <legend className="label">{t("items", { min: RANKING_MIN_ITEMS, max: RANKING_MAX_ITEMS })}</legend>
        {props.itemsLocked ? <p className="notice">{t("itemsLocked")}</p> : null}
        {draft.items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the inputs are positions in the list, edited in place
          <div key={index} className={styles.itemRow}>
            <label className="sr-only" htmlFor={`poll-item-${index}`}>
              {t("itemLabel", { number: index + 1 })}
            </label>
            <span className={styles.itemNumber} aria-hidden="true">
              {index + 1}
            </span>
            <input
              id={`poll-item-${index}`}
              className="input"
              value={item}
              maxLength={ITEM_LABEL_MAX_LENGTH}
              onChange={(event) => setItem(index, event.target.value)}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t("removeItem", { number: index + 1 })}
              disabled={draft.items.length <= RANKING_MIN_ITEMS}
              onClick={() => setDraft((d) => ({ ...d, items: d.items.filter((_, i) => i !== index) }))}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={draft.items.length >= RANKING_MAX_ITEMS}
          onClick={() => setDraft((d) => ({ ...d, items: [...d.items, ""] }))}
        >
          + {t("addItem")}
        </button>
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.allowVoteChange}
          onChange={(event) => setDraft((d) => ({ ...d, allowVoteChange: event.target.checked }))}
        />
        <span>{t("allowVoteChange")}</span>
      </label>
      <ErrorNotice message={problem} />
      <div className={styles.formActions}>
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          {t("cancel")}
        </button>
        <button type="submit" className="button" disabled={props.busy}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
