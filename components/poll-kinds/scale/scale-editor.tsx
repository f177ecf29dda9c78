"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import {
  SCALE_LABEL_MAX_LENGTH,
  SCALE_MAX_ITEMS,
  SCALE_MIN_ITEMS,
  SCALE_POINTS_OUT_OF_RANGE,
  type ScaleConfig,
} from "@/lib/domain/poll-kinds/scale/kind";
import type { KindEditor } from "../kind-ui";
import styles from "../shared/editor.module.css";
import { describeItemsProblem, filledItems, ItemListField } from "../shared/item-list-field";

export interface ScaleDraft {
  items: string[];
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
}

const bounds = { min: SCALE_MIN_ITEMS, max: SCALE_MAX_ITEMS };

function ScaleFields({ draft, onChange, locked }: { draft: ScaleDraft; onChange: (update: (draft: ScaleDraft) => ScaleDraft) => void; locked: boolean }) {
  const t = useTranslations("moderator");
  const tScale = useTranslations("scale");
  const id = useId();
  const number = (field: "min" | "max") => (event: React.ChangeEvent<HTMLInputElement>) =>
    onChange((d) => ({ ...d, [field]: Number.parseInt(event.target.value, 10) || 0 }));
  const text = (field: "minLabel" | "maxLabel") => (event: React.ChangeEvent<HTMLInputElement>) =>
    onChange((d) => ({ ...d, [field]: event.target.value }));
  return (
    <>
      <ItemListField
        items={draft.items}
        onChange={(items) => onChange((d) => ({ ...d, items }))}
        {...bounds}
        legend={tScale("itemsLegend", bounds)}
        itemLabel={(number) => tScale("statementLabel", { number })}
        addLabel={tScale("addStatement")}
        locked={locked}
      />
      <fieldset className={`${styles.settingRow} ${styles.scaleEnds}`} disabled={locked}>
        <legend className="label">{tScale("scaleLegend")}</legend>
        <div className={styles.setting}>
          <label htmlFor={`${id}-min`}>{tScale("min")}</label>
          <input id={`${id}-min`} className="input" type="number" min={-10} max={10} value={draft.min} onChange={number("min")} />
        </div>
        <div className={styles.setting}>
          <label htmlFor={`${id}-min-label`}>{tScale("minLabel")}</label>
          <input id={`${id}-min-label`} className="input" maxLength={SCALE_LABEL_MAX_LENGTH} value={draft.minLabel} onChange={text("minLabel")} />
        </div>
        <div className={styles.setting}>
          <label htmlFor={`${id}-max`}>{tScale("max")}</label>
          <input id={`${id}-max`} className="input" type="number" min={-9} max={20} value={draft.max} onChange={number("max")} />
        </div>
        <div className={styles.setting}>
          <label htmlFor={`${id}-max-label`}>{tScale("maxLabel")}</label>
          <input id={`${id}-max-label`} className="input" maxLength={SCALE_LABEL_MAX_LENGTH} value={draft.maxLabel} onChange={text("maxLabel")} />
        </div>
      </fieldset>
      {locked ? null : <p className="hint">{t("scaleHint")}</p>}
    </>
  );
}

export const scaleEditor: KindEditor<ScaleDraft> = {
  empty: () => ({ items: ["", ""], min: 1, max: 5, minLabel: "", maxLabel: "" }),
  of: (poll) => ({ items: poll.items.map((item) => item.label), ...(poll.config as ScaleConfig).scale }),
  toInput: (draft) => ({
    items: filledItems(draft.items),
    scale: { min: draft.min, max: draft.max, minLabel: draft.minLabel.trim(), maxLabel: draft.maxLabel.trim() },
  }),
  Fields: ScaleFields,
  describeProblem: (issue, t) => {
    if (issue.path[0] !== "scale") return describeItemsProblem(issue, t, bounds);
    if (issue.message === SCALE_POINTS_OUT_OF_RANGE) return t("scalePoints");
    return issue.path[1] === "minLabel" || issue.path[1] === "maxLabel" ? t("scaleLabelTooLong", { max: SCALE_LABEL_MAX_LENGTH }) : t("scaleRange");
  },
};
