"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { ModerationMode } from "@/lib/domain/entries/text-entry";
import { MODERATION_MODES } from "@/lib/domain/entries/text-entry";
import styles from "./entries.module.css";

/**
 * The choice between reviewing entries before they show (pre) and hiding them
 * after (post): in the editor as the poll's start, in the console live.
 */
export function ModerationModeSwitch(props: { mode: ModerationMode; busy: boolean; onChange: (mode: ModerationMode) => void }) {
  const t = useTranslations("entries");
  const name = useId();
  return (
    <fieldset className={styles.modeSwitch}>
      <legend>{t("modeLegend")}</legend>
      {MODERATION_MODES.map((mode) => (
        <label key={mode} className={styles.modeOption}>
          <input
            type="radio"
            name={name}
            value={mode}
            checked={props.mode === mode}
            disabled={props.busy}
            onChange={() => props.onChange(mode)}
          />
          <span>
            <strong>{t(`mode.${mode}`)}</strong>
            <span className="hint"> {t(`modeHint.${mode}`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
