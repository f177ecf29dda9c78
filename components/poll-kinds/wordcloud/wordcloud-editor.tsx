"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { WORDCLOUD_MAX_ENTRIES, WORDCLOUD_MAX_LENGTH, type WordcloudConfig } from "@/lib/domain/poll-kinds/wordcloud/kind";
import type { KindEditor } from "../kind-ui";
import styles from "../shared/editor.module.css";

export interface WordcloudDraft {
  maxEntries: number;
  maxLength: number;
}

function WordcloudFields({ draft, onChange, locked }: { draft: WordcloudDraft; onChange: (update: (draft: WordcloudDraft) => WordcloudDraft) => void; locked: boolean }) {
  const t = useTranslations("wordcloud");
  const id = useId();
  return (
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
          {Array.from({ length: WORDCLOUD_MAX_ENTRIES }, (_, index) => index + 1).map((count) => (
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
          min={5}
          max={WORDCLOUD_MAX_LENGTH}
          value={draft.maxLength}
          disabled={locked}
          onChange={(event) => onChange((d) => ({ ...d, maxLength: Number.parseInt(event.target.value, 10) || 0 }))}
        />
      </div>
    </div>
  );
}

export const wordcloudEditor: KindEditor<WordcloudDraft> = {
  empty: () => ({ maxEntries: 3, maxLength: 30 }),
  of: (poll) => ({ ...(poll.config as WordcloudConfig) }),
  toInput: (draft) => ({ items: [], maxEntries: draft.maxEntries, maxLength: draft.maxLength }),
  Fields: WordcloudFields,
  describeProblem: (issue, t) => (issue.path[0] === "maxLength" ? t("wordLengthRange", { max: WORDCLOUD_MAX_LENGTH }) : null),
};
