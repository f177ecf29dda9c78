"use client";

import { useTranslations } from "next-intl";
import type { ModerationMode } from "@/lib/domain/entries/text-entry";
import type { QaConfig } from "@/lib/domain/poll-kinds/qa/kind";
import type { KindEditor } from "../kind-ui";
import styles from "../shared/editor.module.css";
import { ModerationModeSwitch } from "../shared/entries/moderation-mode";

export interface QaDraft {
  moderation: ModerationMode;
  allowNames: boolean;
}

function QaFields({ draft, onChange, locked }: { draft: QaDraft; onChange: (update: (draft: QaDraft) => QaDraft) => void; locked: boolean }) {
  const t = useTranslations("qa");
  return (
    <>
      {/* Once questions exist the poll's settings lock; the console switches the mode live. */}
      <ModerationModeSwitch mode={draft.moderation} busy={locked} onChange={(moderation) => onChange((d) => ({ ...d, moderation }))} />
      <div className={styles.settingRow}>
        <label className="checkbox">
          <input type="checkbox" checked={draft.allowNames} disabled={locked} onChange={(event) => onChange((d) => ({ ...d, allowNames: event.target.checked }))} />
          <span>{t("allowNames")}</span>
        </label>
      </div>
      <p className="hint">{t("alongsideHint")}</p>
    </>
  );
}

export const qaEditor: KindEditor<QaDraft> = {
  empty: () => ({ moderation: "pre", allowNames: false }),
  of: (poll) => ({ ...(poll.config as QaConfig) }),
  toInput: (draft) => ({ items: [], ...draft }),
  Fields: QaFields,
  describeProblem: () => null,
};
