/**
 * 100 points (budget allocation): each attendee shares out exactly `budget`
 * whole points among the items. Counted as total and mean per item, sorted.
 */

import type { ResultRow } from "../../exports/result-row";
import { z } from "../../zod";
import { itemIdSchema, itemLabelsSchema, type PollItem, pollBaseInputShape } from "../common";
import type { PollKind } from "../kind";

export const POINTS_MIN_ITEMS = 2;
export const POINTS_MAX_ITEMS = 10;
export const POINTS_MAX_BUDGET = 1000;

export const pointsInputSchema = z.object({
  type: z.literal("points"),
  ...pollBaseInputShape,
  items: itemLabelsSchema(POINTS_MIN_ITEMS, POINTS_MAX_ITEMS),
  /** The points each attendee shares out, all of them. */
  budget: z.number().int().min(1).max(POINTS_MAX_BUDGET).default(100),
});

export const pointsConfigSchema = z.object({ budget: z.number().int().min(1) });

export const pointsBallotSchema = z.object({
  type: z.literal("points"),
  /** Item id → points; items left out get 0. */
  points: z.record(itemIdSchema, z.number()).refine((points) => Object.keys(points).length <= POINTS_MAX_ITEMS),
});

export type PointsInput = z.infer<typeof pointsInputSchema>;
export type PointsConfig = z.infer<typeof pointsConfigSchema>;
export type PointsBallot = z.infer<typeof pointsBallotSchema>;
export type PointsBallotProblem = "unknown_item" | "invalid_points" | "wrong_total";

export interface PointsItemResult {
  itemId: string;
  label: string;
  total: number;
  /** total / respondents; 0 without ballots. */
  mean: number;
  /** 1-based; items with equal totals share it. */
  rank: number;
}

export interface PointsResults {
  type: "points";
  ballotCount: number;
  budget: number;
  /** Most points first; equal totals keep the poll's order. */
  items: PointsItemResult[];
}

export function createPointsAggregate(items: readonly PollItem[], budget: number) {
  const totals = new Map(items.map((item) => [item.id, 0]));
  let ballotCount = 0;
  const apply = (ballot: PointsBallot, step: 1 | -1) => {
    ballotCount += step;
    for (const [itemId, points] of Object.entries(ballot.points)) {
      const total = totals.get(itemId);
      if (total !== undefined) totals.set(itemId, total + step * points);
    }
  };
  return {
    add: (ballot: PointsBallot) => apply(ballot, 1),
    remove: (ballot: PointsBallot) => apply(ballot, -1),
    get count() {
      return ballotCount;
    },
    result(): PointsResults {
      const sorted = items
        .map((item, order) => ({ item, order, total: totals.get(item.id) ?? 0 }))
        .sort((a, b) => b.total - a.total || a.order - b.order);
      return {
        type: "points",
        ballotCount,
        budget,
        items: sorted.map(({ item, total }) => ({
          itemId: item.id,
          label: item.label,
          total,
          mean: ballotCount === 0 ? 0 : total / ballotCount,
          rank: 1 + sorted.filter((other) => other.total > total).length,
        })),
      };
    },
  };
}

export const pointsKind: PollKind<PointsInput, PointsConfig, PointsBallot, PointsResults, PointsBallotProblem> = {
  type: "points",
  inputSchema: pointsInputSchema,
  configSchema: pointsConfigSchema,
  configOf: (input) => ({ budget: input.budget }),
  responseSchema: pointsBallotSchema,
  validate(poll, ballot) {
    const known = new Set(poll.items.map((item) => item.id));
    let sum = 0;
    for (const [itemId, points] of Object.entries(ballot.points)) {
      if (!known.has(itemId)) return { ok: false, reason: "unknown_item", itemId };
      if (!Number.isInteger(points) || points < 0) return { ok: false, reason: "invalid_points", itemId };
      sum += points;
    }
    if (sum !== poll.config.budget) return { ok: false, reason: "wrong_total" };
    // Zeros carry nothing: stored ballots keep only the items that got points.
    return { ok: true, response: { type: "points", points: Object.fromEntries(Object.entries(ballot.points).filter(([, points]) => points > 0)) } };
  },
  counting: {
    method: "Each item's points are summed over all ballots; mean is total / ballots.",
    ties: "Items with equal totals share a rank and keep the poll's order.",
  },
  tabulate: (result) =>
    result.items.map((item): ResultRow => ({ item_id: item.itemId, item: item.label, rank: item.rank, total: item.total, mean: item.mean })),
  createAggregate: (poll) => createPointsAggregate(poll.items, poll.config.budget),
};
