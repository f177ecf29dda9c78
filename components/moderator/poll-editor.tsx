"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import {
  collectsEntries,
  POLL_TYPES,
  type Poll,
  type PollInput,
  type PollType,
  pollInputSchema,
  QUESTION_MAX_LENGTH,
  runsAlongside,
} from "@/lib/domain/poll";
import { kindUi } from "../poll-kinds/registry";
import { CharacterCount } from "../ui/character-count";
import { ErrorNotice } from "../ui/error-notice";
import { GrowingTextArea } from "../ui/growing-text-area";
import styles from "./moderator.module.css";

/** What the form holds: the fields every poll has, and its kind's own (in the shape of the kind's editor). */
export interface PollDraft {
  type: PollType;
  question: string;
  allowVoteChange: boolean;
  timerSeconds: number | null;
  showResultsToVoters: boolean;
  kind: unknown;
}

export function emptyDraft(type: PollType): PollDraft {
  const { editor } = kindUi(type);
  return { type, question: "", allowVoteChange: true, timerSeconds: null, showResultsToVoters: false, ...editor.defaults, kind: editor.empty() };
}

export function draftOf(poll: Poll): PollDraft {
  return {
    type: poll.type,
    question: poll.question,
    allowVoteChange: poll.allowVoteChange,
    timerSeconds: poll.timerSeconds,
    showResultsToVoters: poll.showResultsToVoters,
    kind: kindUi(poll.type).editor.of(poll),
  };
}

/** Another kind's empty fields and defaults, keeping the question and the item labels typed so far. */
function switchKind(draft: PollDraft, type: PollType): PollDraft {
  const fresh = emptyDraft(type);
  const items = (draft.kind as { items?: unknown }).items;
  const hasItems = Array.isArray(items) && items.some((item) => typeof item === "string" && item.trim() !== "");
  const kind = hasItems && Array.isArray((fresh.kind as { items?: unknown }).items) ? { ...(fresh.kind as object), items } : fresh.kind;
  return { ...fresh, question: draft.question, showResultsToVoters: draft.showResultsToVoters, kind };
}

/** Countdown choices; the schema allows any whole number of seconds from 10 s to an hour. */
const TIMER_CHOICES = [15, 30, 45, 60, 90, 120, 180, 300, 600] as const;

/**
 * The form for a poll of any kind: the question and common settings here, the
 * kind's own fields from its editor. Validates with the same schema the
 * server uses, and says what is wrong in the UI's language.
 */
export function PollEditor(props: {
  heading: string;
  initial: PollDraft;
  submitLabel: string;
  /** The poll has votes: its kind, items and kind settings stay as they are. */
  itemsLocked: boolean;
  busy: boolean;
  onSubmit: (poll: PollInput) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("moderator");
  const tCommon = useTranslations("common");
  const [draft, setDraft] = useState<PollDraft>(props.initial);
  const [problem, setProblem] = useState("");
  const ids = useId();
  const ui = kindUi(draft.type);
  // The form opens in the other column (or, on a phone, above the list): the focus goes to it, not left behind.
  useEffect(() => {
    document.getElementById("poll-question")?.focus();
  }, []);

  /** Says the first problem of the draft in the UI's language. */
  function describeProblem(issue: { path: PropertyKey[]; code: string; message: string } | undefined): string {
    if (!issue) return "";
    if (issue.path[0] === "question") return issue.code === "too_big" ? t("questionTooLong", { max: QUESTION_MAX_LENGTH }) : t("questionMissing");
    return ui.editor.describeProblem(issue, t) ?? tCommon("invalidInput");
  }

  return (
    <form
      className={`card ${styles.editor}`}
      aria-labelledby="poll-editor-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = pollInputSchema.safeParse({
          type: draft.type,
          question: draft.question,
          allowVoteChange: draft.allowVoteChange,
          timerSeconds: ui.editor.hasOwnTimer ? null : draft.timerSeconds,
          showResultsToVoters: draft.showResultsToVoters,
          ...ui.editor.toInput(draft.kind),
        });
        if (!parsed.success) return setProblem(describeProblem(parsed.error.issues[0]));
        setProblem("");
        props.onSubmit(parsed.data);
      }}
    >
      <h2 id="poll-editor-heading">{props.heading}</h2>
      <div className="field">
        <label htmlFor="poll-question">{t("question")}</label>
        <GrowingTextArea
          id="poll-question"
          value={draft.question}
          maxLength={QUESTION_MAX_LENGTH}
          aria-describedby={`${ids}-question-count`}
          onChange={(question) => setDraft((d) => ({ ...d, question }))}
          // A question is one line of text; Enter goes on to the kind, as Tab would.
          onEnter={() => document.querySelector<HTMLInputElement>('input[name="poll-kind"]:checked')?.focus()}
          required
        />
        <CharacterCount id={`${ids}-question-count`} length={draft.question.length} max={QUESTION_MAX_LENGTH} always />
      </div>
      {POLL_TYPES.length > 1 ? (
        <fieldset className={styles.kindChoice} disabled={props.itemsLocked}>
          <legend className="label">{t("pollKind")}</legend>
          {POLL_TYPES.map((type) => (
            <KindOption key={type} type={type} checked={draft.type === type} onSelect={() => setDraft((d) => switchKind(d, type))} />
          ))}
        </fieldset>
      ) : null}
      <ui.editor.Fields
        draft={draft.kind}
        locked={props.itemsLocked}
        onChange={(update) => setDraft((d) => ({ ...d, kind: update(d.kind) }))}
      />
      <fieldset className={styles.options}>
        <legend className="label">{t("options")}</legend>
        {/* Entries are sent one by one, never changed; a Q&A always shows phones its questions. */}
        {collectsEntries(draft) ? null : (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.allowVoteChange}
              onChange={(event) => setDraft((d) => ({ ...d, allowVoteChange: event.target.checked }))}
            />
            <span>{t("allowVoteChange")}</span>
          </label>
        )}
        {runsAlongside(draft) ? null : (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.showResultsToVoters}
              onChange={(event) => setDraft((d) => ({ ...d, showResultsToVoters: event.target.checked }))}
            />
            <span>{t("showResultsToVoters")}</span>
          </label>
        )}
        {ui.editor.hasOwnTimer ? null : (
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
        )}
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

function KindOption({ type, checked, onSelect }: { type: PollType; checked: boolean; onSelect: () => void }) {
  const t = useTranslations(type);
  return (
    <label className={styles.kindOption}>
      <input type="radio" name="poll-kind" value={type} checked={checked} onChange={onSelect} />
      <span>
        <strong>{t("name")}</strong>
        <span className="hint">{t("summary")}</span>
      </span>
    </label>
  );
}
