"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import {
  DUPLICATE_ITEMS_MESSAGE,
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
  timerSeconds: number | null;
  showResultsToVoters: boolean;
}

export const EMPTY_DRAFT: PollDraft = {
  question: "",
  items: ["", "", ""],
  allowVoteChange: true,
  timerSeconds: null,
  showResultsToVoters: false,
};

/** Countdown choices; the schema allows any whole number of seconds from 10 s to an hour. */
const TIMER_CHOICES = [15, 30, 45, 60, 90, 120, 180, 300, 600] as const;

/** Splits pasted text into item labels: one per line, bullets and numbering removed, blanks skipped. */
export function splitPastedItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-–•*]|\d+[.)])\s+/, "").trim())
    .filter((line) => line !== "");
}

/** The form for a ranking poll; validates with the same schema the server uses, and says what is wrong in the UI's language. */
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
  const tCommon = useTranslations("common");
  const [draft, setDraft] = useState<PollDraft>(props.initial);
  const [problem, setProblem] = useState("");
  const [notice, setNotice] = useState("");
  const ids = useId();
  const atMaxItems = draft.items.length >= RANKING_MAX_ITEMS;

  const setItem = (index: number, label: string) =>
    setDraft((d) => ({ ...d, items: d.items.map((item, i) => (i === index ? label : item)) }));

  /** A paste of several lines into one item field becomes several items, from that field on. */
  function pasteItems(index: number, text: string): boolean {
    const lines = splitPastedItems(text);
    if (lines.length < 2) return false;
    const before = draft.items.slice(0, index);
    const after = draft.items.slice(index + 1).filter((item) => item.trim() !== "");
    const combined = [...before, ...lines, ...after];
    const kept = combined.slice(0, RANKING_MAX_ITEMS).map((label) => label.slice(0, ITEM_LABEL_MAX_LENGTH));
    const shortened = combined.some((label) => label.length > ITEM_LABEL_MAX_LENGTH);
    setDraft((d) => ({ ...d, items: kept }));
    const messages = [t("pastedItems", { count: Math.min(lines.length, RANKING_MAX_ITEMS - before.length) })];
    if (combined.length > RANKING_MAX_ITEMS) messages.push(t("pastedTooMany", { max: RANKING_MAX_ITEMS, dropped: combined.length - RANKING_MAX_ITEMS }));
    if (shortened) messages.push(t("pastedShortened", { max: ITEM_LABEL_MAX_LENGTH }));
    setNotice(messages.join(" "));
    return true;
  }

  /** Says the first problem of the draft in the UI's language. */
  function describeProblem(issue: { path: PropertyKey[]; code: string; message: string } | undefined): string {
    if (!issue) return "";
    const [field, index] = issue.path;
    if (field === "question") return issue.code === "too_big" ? t("questionTooLong", { max: QUESTION_MAX_LENGTH }) : t("questionMissing");
    if (field === "items" && typeof index === "number") return t("itemTooLong", { number: index + 1, max: ITEM_LABEL_MAX_LENGTH });
    if (field === "items" && issue.message === DUPLICATE_ITEMS_MESSAGE) return t("itemsDuplicate");
    if (field === "items") return t("itemsCount", { min: RANKING_MIN_ITEMS, max: RANKING_MAX_ITEMS });
    return tCommon("invalidInput");
  }

  return (
    <form
      className={`card ${styles.editor}`}
      aria-labelledby="poll-editor-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = pollInputSchema.safeParse({
          type: "ranking",
          question: draft.question,
          items: draft.items.filter((item) => item.trim() !== ""),
          allowVoteChange: draft.allowVoteChange,
          timerSeconds: draft.timerSeconds,
          showResultsToVoters: draft.showResultsToVoters,
        });
        if (!parsed.success) return setProblem(describeProblem(parsed.error.issues[0]));
        setProblem("");
        props.onSubmit(parsed.data);
      }}
    >
      <h2 id="poll-editor-heading">{props.heading}</h2>
      <div className="field">
        <label htmlFor="poll-question">{t("question")}</label>
        <textarea
          id="poll-question"
          className="input"
          rows={2}
          value={draft.question}
          maxLength={QUESTION_MAX_LENGTH}
          aria-describedby={`${ids}-question-count`}
          onChange={(event) => setDraft((d) => ({ ...d, question: event.target.value.replace(/\r?\n/g, " ") }))}
          required
        />
        <CharacterCount id={`${ids}-question-count`} length={draft.question.length} max={QUESTION_MAX_LENGTH} always />
      </div>
      <fieldset className={styles.items} disabled={props.itemsLocked}>
        <legend className="label">{t("items", { min: RANKING_MIN_ITEMS, max: RANKING_MAX_ITEMS })}</legend>
        {props.itemsLocked ? <p className="notice">{t("itemsLocked")}</p> : <p className="hint">{t("pasteHint")}</p>}
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
              aria-describedby={`${ids}-item-${index}-count`}
              onChange={(event) => setItem(index, event.target.value)}
              onPaste={(event) => {
                if (pasteItems(index, event.clipboardData.getData("text"))) event.preventDefault();
              }}
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
            <CharacterCount
              id={`${ids}-item-${index}-count`}
              className={styles.itemCount}
              length={item.length}
              max={ITEM_LABEL_MAX_LENGTH}
            />
          </div>
        ))}
        <div className={styles.addItemRow}>
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={atMaxItems}
            aria-describedby={atMaxItems ? `${ids}-max-items` : undefined}
            onClick={() => setDraft((d) => ({ ...d, items: [...d.items, ""] }))}
          >
            + {t("addItem")}
          </button>
          {atMaxItems ? (
            <span id={`${ids}-max-items`} className="hint">
              {t("maxItemsReached", { max: RANKING_MAX_ITEMS })}
            </span>
          ) : null}
        </div>
        <p role="status" className="hint">
          {notice}
        </p>
      </fieldset>
      <fieldset className={styles.options}>
        <legend className="label">{t("options")}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.allowVoteChange}
            onChange={(event) => setDraft((d) => ({ ...d, allowVoteChange: event.target.checked }))}
          />
          <span>{t("allowVoteChange")}</span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.showResultsToVoters}
            onChange={(event) => setDraft((d) => ({ ...d, showResultsToVoters: event.target.checked }))}
          />
          <span>{t("showResultsToVoters")}</span>
        </label>
        <div className={styles.timerField}>
          <label htmlFor={`${ids}-timer`}>{t("timer")}</label>
          <select
            id={`${ids}-timer`}
            className="input"
            value={draft.timerSeconds ?? ""}
            onChange={(event) => setDraft((d) => ({ ...d, timerSeconds: event.target.value ? Number(event.target.value) : null }))}
          >
            <option value="">{t("timerOff")}</option>
            {[...new Set([...TIMER_CHOICES, ...(draft.timerSeconds ? [draft.timerSeconds] : [])])]
              .sort((a, b) => a - b)
              .map((seconds) => (
                <option key={seconds} value={seconds}>
                  {seconds < 60 || seconds % 60 !== 0 ? t("timerSeconds", { seconds }) : t("timerMinutes", { minutes: seconds / 60 })}
                </option>
              ))}
          </select>
        </div>
      </fieldset>
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

/** "87 / 120", shown once a text nears its limit (or always); says plainly when the limit is reached. */
function CharacterCount(props: { id: string; length: number; max: number; always?: boolean; className?: string }) {
  const t = useTranslations("moderator");
  const near = props.length >= props.max * 0.8;
  const full = props.length >= props.max;
  return (
    <span id={props.id} className={`${styles.charCount} ${props.className ?? ""}`} data-full={full || undefined}>
      {props.always || near ? (full ? t("charLimitReached", { max: props.max }) : t("charCount", { length: props.length, max: props.max })) : null}
    </span>
  );
}
