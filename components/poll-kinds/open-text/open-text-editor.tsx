"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { ModerationMode } from "@/lib/domain/entries/text-entry";
import { OPEN_TEXT_MAX_ENTRIES, OPEN_TEXT_MAX_LENGTH, type OpenTextConfig } from "@/lib/domain/poll-kinds/open-text/kind";
import type { KindEditor } from "../kind-ui";
import styles from "../shared/editor.module.css";
import { ModerationModeSwitch } from "../shared/entries/moderation-mode";

export interface OpenTextDraft {
  moderation: ModerationMode;
  maxLength: number;
  maxEntries: number;
}

function OpenTextFields({ draft, onChange, locked }: { draft: OpenTextDraft; onChange: (update: (draft: OpenTextDraft) => OpenTextDraft) => void; locked: boolean }) {
  const t = useTranslations("open_text");
  const id = useId();
  return (
    <>
      {/* Once answers exist the poll's settings lock; the console switches the mode live. */}
      <ModerationModeSwitch mode={draft.moderation} busy={locked} onChange={(moderation) => onChange((d) => ({ ...d, moderation }))} />
      <div className={styles.settingRow}>
        <div className={styles.setting}>
          <label htmlFor={`${id}-entries`}>{t("maxEntries")}</label>
          <select
            id={`${id}-entries`}
            className="input"
            value={draft.maxEntries}
            disabled={locked}
            onChange={(event) => onChange((d) => ({ ...d, maxEntries: Number(event.target.value) }))}
          >
            {Array.from({ length: OPEN_TEXT_MAX_ENTRIES }, (_, index) => index + 1).map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.setting}>
          <label htmlFor={`${id}-length`}>{t("maxLength")}</label>
          <input
            id={`${id}-length`}
            className="input"
            type="number"
            min={10}
            max={OPEN_TEXT_MAX_LENGTH}
            value={draft.maxLength}
            disabled={locked}
            onChange={(event) => onChange((d) => ({ ...d, maxLength: Number.parseInt(event.target.value, 10) || 0 }))}
          />
        </div>
      </div>
    </>
  );
}

export const openTextEditor: KindEditor<OpenTextDraft> = {
  empty: () => ({ moderation: "post", maxLength: 280, maxEntries: 3 }),
  of: (poll) => ({ ...(poll.config as OpenTextConfig) }),
  toInput: (draft) => ({ items: [], ...draft }),
  Fields: OpenTextFields,
  describeProblem: (issue, t) => (issue.path[0] === "maxLength" ? t("answerLengthRange", { max: OPEN_TEXT_MAX_LENGTH }) : null),
};
