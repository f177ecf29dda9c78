"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ChoiceBallot, ChoiceConfig } from "@/lib/domain/poll-kinds/choice/kind";
import { Hyphenated } from "../../ui/hyphenated";
import type { BallotInputProps } from "../kind-ui";
import styles from "../shared/ballot.module.css";

const isChoiceList = (draft: unknown): draft is string[] => Array.isArray(draft) && draft.every((id) => typeof id === "string");

/** One option (radio buttons) or up to `maxChoices` (checkboxes; the rest lock once the limit is reached). */
export function ChoiceBallotInput({ poll, ballot, draft, busy, submitLabel, onDraft, onSubmit }: BallotInputProps<ChoiceBallot>) {
  const t = useTranslations("choice");
  const { maxChoices } = poll.config as ChoiceConfig;
  const multiple = maxChoices > 1;
  const [chosen, setChosen] = useState<string[]>(() =>
    (isChoiceList(draft) ? draft : (ballot?.choices ?? [])).filter((id) => poll.items.some((item) => item.id === id)).slice(0, maxChoices),
  );
  useEffect(() => onDraft(chosen.length > 0 ? chosen : null), [chosen, onDraft]);
  const full = chosen.length >= maxChoices;

  function toggle(itemId: string, checked: boolean) {
    if (!multiple) return setChosen([itemId]);
    setChosen((current) => (checked ? [...current, itemId] : current.filter((id) => id !== itemId)));
  }

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen.length > 0 && !busy) onSubmit({ type: "choice", choices: chosen });
      }}
    >
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{multiple ? t("pickUpTo", { max: maxChoices }) : t("pickOne")}</legend>
        {poll.items.map((item) => {
          const checked = chosen.includes(item.id);
          return (
            <label key={item.id} className={styles.option}>
              <input
                type={multiple ? "checkbox" : "radio"}
                name="choice"
                value={item.id}
                checked={checked}
                disabled={multiple && full && !checked}
                onChange={(event) => toggle(item.id, event.target.checked)}
              />
              <Hyphenated text={item.label} />
            </label>
          );
        })}
      </fieldset>
      {multiple ? (
        <p className={styles.hint} aria-live="polite">
          {t("chosenCount", { count: chosen.length, max: maxChoices })}
        </p>
      ) : null}
      <button type="submit" className="button button-block" disabled={chosen.length === 0 || busy}>
        {submitLabel}
      </button>
    </form>
  );
}

/** The options this phone picked. */
export function OwnChoice({ poll, ballot }: { poll: { items: { id: string; label: string }[] }; ballot: ChoiceBallot }) {
  return (
    <ul className={styles.ownList}>
      {poll.items
        .filter((item) => ballot.choices.includes(item.id))
        .map((item) => (
          <li key={item.id}>
            <Hyphenated text={item.label} />
          </li>
        ))}
    </ul>
  );
}
