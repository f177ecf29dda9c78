"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { POINTS_MAX_BUDGET, POINTS_MAX_ITEMS, POINTS_MIN_ITEMS, type PointsConfig } from "@/lib/domain/poll-kinds/points/kind";
import type { KindEditor } from "../kind-ui";
import styles from "../shared/editor.module.css";
import { describeItemsProblem, filledItems, ItemListField } from "../shared/item-list-field";

export interface PointsDraft {
  items: string[];
  budget: number;
}

const bounds = { min: POINTS_MIN_ITEMS, max: POINTS_MAX_ITEMS };

function PointsFields({ draft, onChange, locked }: { draft: PointsDraft; onChange: (update: (draft: PointsDraft) => PointsDraft) => void; locked: boolean }) {
  const t = useTranslations("moderator");
  const tPoints = useTranslations("points");
  const id = useId();
  return (
    <>
      <ItemListField
        items={draft.items}
        onChange={(items) => onChange((d) => ({ ...d, items }))}
        {...bounds}
        legend={t("items", bounds)}
        itemLabel={(number) => t("itemLabel", { number })}
        locked={locked}
      />
      <div className={styles.setting}>
        <label htmlFor={id}>{tPoints("budget")}</label>
        <input
          id={id}
          className="input"
          type="number"
          min={1}
          max={POINTS_MAX_BUDGET}
          value={draft.budget}
          disabled={locked}
          onChange={(event) => onChange((d) => ({ ...d, budget: Number.parseInt(event.target.value, 10) || 0 }))}
        />
      </div>
    </>
  );
}

export const pointsEditor: KindEditor<PointsDraft> = {
  empty: () => ({ items: ["", "", ""], budget: 100 }),
  of: (poll) => ({ items: poll.items.map((item) => item.label), budget: (poll.config as PointsConfig).budget }),
  toInput: (draft) => ({ items: filledItems(draft.items), budget: draft.budget }),
  Fields: PointsFields,
  describeProblem: (issue, t) => (issue.path[0] === "budget" ? t("budgetRange", { max: POINTS_MAX_BUDGET }) : describeItemsProblem(issue, t, bounds)),
};
