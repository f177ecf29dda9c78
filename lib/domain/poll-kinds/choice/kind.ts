/** Single or multiple choice (a show of hands): pick up to `maxChoices` items, counted per item. */

import type { ResultRow } from "../../exports/result-row";
import { z } from "../../zod";
import { findItemIdProblem, itemIdSchema, itemLabelsSchema, type PollItem, pollBaseInputShape, shareOf } from "../common";
import type { PollKind } from "../kind";

export const CHOICE_MIN_ITEMS = 2;
export const CHOICE_MAX_ITEMS = 12;
export const MAX_CHOICES_ABOVE_ITEMS = "max_choices_above_items";

export const choiceInputSchema = z
  .object({
    type: z.literal("choice"),
    ...pollBaseInputShape,
    items: itemLabelsSchema(CHOICE_MIN_ITEMS, CHOICE_MAX_ITEMS),
    /** 1 for single choice; more lets each attendee pick up to that many. */
    maxChoices: z.number().int().min(1).max(CHOICE_MAX_ITEMS).default(1),
  })
  .refine((input) => input.maxChoices <= input.items.length, { path: ["maxChoices"], message: MAX_CHOICES_ABOVE_ITEMS });

export const choiceConfigSchema = z.object({ maxChoices: z.number().int().min(1) });

export const choiceBallotSchema = z.object({
  type: z.literal("choice"),
  /** The picked item ids, in any order. */
  choices: z.array(itemIdSchema).min(1).max(CHOICE_MAX_ITEMS),
});

export type ChoiceInput = z.infer<typeof choiceInputSchema>;
export type ChoiceConfig = z.infer<typeof choiceConfigSchema>;
export type ChoiceBallot = z.infer<typeof choiceBallotSchema>;
export type ChoiceBallotProblem = "unknown_item" | "duplicate_item" | "too_many_choices";

export interface ChoiceItemResult {
  itemId: string;
  label: string;
  count: number;
  /** count / respondents: with multiple choice, shares add up to more than 1. */
  share: number;
}

export interface ChoiceResults {
  type: "choice";
  /** Respondents: one per ballot. */
  ballotCount: number;
  maxChoices: number;
  /** In the poll's order, so bars stay where the audience found them. */
  items: ChoiceItemResult[];
}

export function createChoiceAggregate(items: readonly PollItem[], maxChoices: number) {
  const counts = new Map(items.map((item) => [item.id, 0]));
  let ballotCount = 0;
  const apply = (ballot: ChoiceBallot, step: 1 | -1) => {
    ballotCount += step;
    for (const itemId of ballot.choices) {
      const count = counts.get(itemId);
      if (count !== undefined) counts.set(itemId, count + step);
    }
  };
  return {
    add: (ballot: ChoiceBallot) => apply(ballot, 1),
    remove: (ballot: ChoiceBallot) => apply(ballot, -1),
    get count() {
      return ballotCount;
    },
    result: (): ChoiceResults => ({
      type: "choice",
      ballotCount,
      maxChoices,
      items: items.map((item) => {
        const count = counts.get(item.id) ?? 0;
        return { itemId: item.id, label: item.label, count, share: shareOf(count, ballotCount) };
      }),
    }),
  };
}

export const choiceKind: PollKind<ChoiceInput, ChoiceConfig, ChoiceBallot, ChoiceResults, ChoiceBallotProblem> = {
  type: "choice",
  inputSchema: choiceInputSchema,
  configSchema: choiceConfigSchema,
  configOf: (input) => ({ maxChoices: input.maxChoices }),
  responseSchema: choiceBallotSchema,
  validate(poll, ballot) {
    const problem = findItemIdProblem(poll.items, ballot.choices);
    if (problem) return { ok: false, ...problem };
    if (ballot.choices.length > poll.config.maxChoices) return { ok: false, reason: "too_many_choices" };
    return { ok: true, response: { type: "choice", choices: [...ballot.choices] } };
  },
  counting: {
    method: "Each option counts the ballots that chose it; share is count / ballots, so with several choices shares add up to more than 100 %.",
    ties: "None: options keep the poll's order.",
  },
  tabulate: (result) => result.items.map((item): ResultRow => ({ item_id: item.itemId, item: item.label, count: item.count, share: item.share })),
  createAggregate: (poll) => createChoiceAggregate(poll.items, poll.config.maxChoices),
};
