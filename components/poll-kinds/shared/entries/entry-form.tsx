"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import type { EntryInput } from "@/lib/domain/entries/text-entry";
import { AUTHOR_NAME_MAX_LENGTH } from "@/lib/domain/entries/text-entry";
import { CharacterCount } from "../../../ui/character-count";
import { ErrorNotice } from "../../../ui/error-notice";
import ballotStyles from "../ballot.module.css";
import styles from "./entries.module.css";

/**
 * A phone's form for one entry: the text with its character count and, where
 * the poll allows names, an optional name. The text clears once the entry is
 * stored, ready for the next; a refusal keeps it and says why.
 */
export function EntryForm(props: {
  label: string;
  hint: string;
  submitLabel: string;
  maxLength: number;
  allowNames: boolean;
  /** Why no entry can be sent (the phone's limit is reached); the form then says so instead. */
  closedReason: string | null;
  onSubmit: (input: EntryInput) => Promise<string | null>;
}) {
  const t = useTranslations("entries");
  const id = useId();
  const [text, setText] = useState("");
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const field = useRef<HTMLTextAreaElement>(null);

  if (props.closedReason) return <p className="notice">{props.closedReason}</p>;

  return (
    <form
      className={ballotStyles.form}
      onSubmit={async (event) => {
        event.preventDefault();
        if (busy || text.trim() === "") return;
        setBusy(true);
        setError("");
        const sent = text;
        const problem = await props.onSubmit({ text: sent, authorName: props.allowNames && name.trim() ? name : null });
        setBusy(false);
        if (problem) return setError(problem);
        // Cleared for the next entry, unless the person already began it while this one was on its way.
        setText((current) => (current === sent ? "" : current));
        field.current?.focus();
      }}
    >
      <div className={styles.field}>
        <label htmlFor={`${id}-text`} className={styles.fieldLabel}>
          {props.label}
        </label>
        <p id={`${id}-hint`} className={ballotStyles.hint}>
          {props.hint}
        </p>
        <textarea
          ref={field}
          id={`${id}-text`}
          className={`input ${styles.textarea}`}
          rows={3}
          value={text}
          maxLength={props.maxLength}
          aria-describedby={`${id}-hint ${id}-count`}
          enterKeyHint="send"
          onChange={(event) => setText(event.target.value)}
        />
        <CharacterCount id={`${id}-count`} length={[...text].length} max={props.maxLength} always />
      </div>
      {props.allowNames ? (
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>{t("nameLabel")}</label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            maxLength={AUTHOR_NAME_MAX_LENGTH}
            autoComplete="name"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
      ) : null}
      <ErrorNotice message={error} />
      <button type="submit" className="button button-block" disabled={busy || text.trim() === ""}>
        {busy ? t("sending") : props.submitLabel}
      </button>
    </form>
  );
}
