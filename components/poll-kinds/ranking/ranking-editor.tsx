"use client";

import { useTranslations } from "next-intl";
import { RANKING_MAX_ITEMS, RANKING_MIN_ITEMS } from "@/lib/domain/poll-kinds/ranking/kind";
import type { KindEditor } from "../kind-ui";
import { describeItemsProblem, filledItems, ItemListField } from "../shared/item-list-field";

export interface RankingDraft {
  items: string[];
}

const bounds = { min: RANKING_MIN_ITEMS, max: RANKING_MAX_ITEMS };

function RankingFields({ draft, onChange, locked }: { draft: RankingDraft; onChange: (update: (draft: RankingDraft) => RankingDraft) => void; locked: boolean }) {
  const t = useTranslations("moderator");
  return (
    <ItemListField
      items={draft.items}
      onChange={(items) => onChange((d) => ({ ...d, items }))}
      {...bounds}
      legend={t("items", bounds)}
      itemLabel={(number) => t("itemLabel", { number })}
      locked={locked}
    />
  );
}

export const rankingEditor: KindEditor<RankingDraft> = {
  empty: () => ({ items: ["", "", ""] }),
  of: (poll) => ({ items: poll.items.map((item) => item.label) }),
  toInput: (draft) => ({ items: filledItems(draft.items) }),
  Fields: RankingFields,
  describeProblem: (issue, t) => describeItemsProblem(issue, t, bounds),
};
