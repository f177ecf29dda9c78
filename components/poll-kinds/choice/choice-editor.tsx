"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { CHOICE_MAX_ITEMS, CHOICE_MIN_ITEMS, type ChoiceConfig, MAX_CHOICES_ABOVE_ITEMS } from "@/lib/domain/poll-kinds/choice/kind";
import type { KindEditor } from "../kind-ui";
import styles from "../shared/editor.module.css";
import { describeItemsProblem, filledItems, ItemListField } from "../shared/item-list-field";

export interface ChoiceDraft {
  items: string[];
  maxChoices: number;
}

const bounds = { min: CHOICE_MIN_ITEMS, max: CHOICE_MAX_ITEMS };

function ChoiceFields({ draft, onChange, locked }: { draft: ChoiceDraft; onChange: (update: (draft: ChoiceDraft) => ChoiceDraft) => void; locked: boolean }) {
  const t = useTranslations("moderator");
  const tChoice = useTranslations("choice");
  const id = useId();
  const options = Math.max(2, filledItems(draft.items).length, draft.maxChoices);
  return (
    <>
      <ItemListField
        items={draft.items}
        onChange={(items) => onChange((d) => ({ ...d, items }))}
        {...bounds}
        legend={tChoice("itemsLegend", bounds)}
        itemLabel={(number) => t("itemLabel", { number })}
        locked={locked}
      />
      <div className={styles.setting}>
        <label htmlFor={id}>{tChoice("maxChoices")}</label>
        <select
          id={id}
          className="input"
          value={draft.maxChoices}
          disabled={locked}
          onChange={(event) => onChange((d) => ({ ...d, maxChoices: Number(event.target.value) }))}
        >
          {Array.from({ length: options }, (_, index) => index + 1).map((count) => (
            <option key={count} value={count}>
              {count === 1 ? tChoice("single") : tChoice("upTo", { max: count })}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

export const choiceEditor: KindEditor<ChoiceDraft> = {
  empty: () => ({ items: ["", "", ""], maxChoices: 1 }),
  of: (poll) => ({ items: poll.items.map((item) => item.label), maxChoices: (poll.config as ChoiceConfig).maxChoices }),
  toInput: (draft) => ({ items: filledItems(draft.items), maxChoices: draft.maxChoices }),
  Fields: ChoiceFields,
  describeProblem: (issue, t) =>
    issue.path[0] === "maxChoices" && issue.message === MAX_CHOICES_ABOVE_ITEMS
      ? t("maxChoicesAboveItems")
      : describeItemsProblem(issue, t, bounds),
};
