"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import type { Poll } from "@/lib/domain/poll";
import type { WordcloudBallot, WordcloudConfig } from "@/lib/domain/poll-kinds/wordcloud/kind";
import { CharacterCount } from "../../ui/character-count";
import type { BallotInputProps } from "../kind-ui";
import ballotStyles from "../shared/ballot.module.css";
import styles from "./wordcloud.module.css";

const isWords = (draft: unknown): draft is string[] => Array.isArray(draft) && draft.every((word) => typeof word === "string");

/** Up to `maxEntries` fields, one word or short phrase each; sending again replaces the words sent before. */
export function WordcloudBallotInput({ poll, ballot, draft, busy, submitLabel, onDraft, onSubmit }: BallotInputProps<WordcloudBallot>) {
  const t = useTranslations("wordcloud");
  const ids = useId();
  const { maxEntries, maxLength } = poll.config as WordcloudConfig;
  const [words, setWords] = useState<string[]>(() => {
    const start = isWords(draft) ? draft : (ballot?.words ?? []);
    return Array.from({ length: maxEntries }, (_, index) => (start[index] ?? "").slice(0, maxLength));
  });
  const filled = words.map((word) => word.trim()).filter((word) => word !== "");
  useEffect(() => onDraft(filled.length > 0 ? words : null), [words, filled.length, onDraft]);

  return (
    <form
      className={ballotStyles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (filled.length > 0 && !busy) onSubmit({ type: "wordcloud", words: filled });
      }}
    >
      <p className={ballotStyles.hint}>{t("instructions", { count: maxEntries })}</p>
      <div className={styles.inputs}>
        {words.map((word, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the fields are fixed positions
          <div key={index} className={styles.field}>
            <label htmlFor={`${ids}-${index}`}>{t("wordLabel", { number: index + 1 })}</label>
            <input
              id={`${ids}-${index}`}
              className="input"
              value={word}
              maxLength={maxLength}
              autoComplete="off"
              enterKeyHint={index + 1 < words.length ? "next" : "send"}
              aria-describedby={`${ids}-${index}-count`}
              onChange={(event) => setWords((current) => current.map((old, i) => (i === index ? event.target.value : old)))}
            />
            <CharacterCount id={`${ids}-${index}-count`} length={word.length} max={maxLength} />
          </div>
        ))}
      </div>
      <button type="submit" className="button button-block" disabled={filled.length === 0 || busy}>
        {submitLabel}
      </button>
    </form>
  );
}

/** The words this phone sent. */
export function OwnWords({ ballot }: { poll: Poll; ballot: WordcloudBallot }) {
  return (
    <ul className={styles.chips}>
      {ballot.words.map((word) => (
        <li key={word} className={styles.chip}>
          {word}
        </li>
      ))}
    </ul>
  );
}
