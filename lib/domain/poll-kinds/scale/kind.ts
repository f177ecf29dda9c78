/**
 * Rating scale (Likert): each statement is rated on one scale of 2 to 11
 * points; statements may be skipped. Counted per value, with mean and median.
 */

import type { ResultRow } from "../../exports/result-row";
import { z } from "../../zod";
import { cleanedText, itemIdSchema, itemLabelsSchema, type PollItem, pollBaseInputShape } from "../common";
import type { PollKind } from "../kind";

export const SCALE_MIN_ITEMS = 1;
export const SCALE_MAX_ITEMS = 10;
export const SCALE_MIN_POINTS = 2;
export const SCALE_MAX_POINTS = 11;
export const SCALE_LABEL_MAX_LENGTH = 40;
export const SCALE_POINTS_OUT_OF_RANGE = "scale_points_out_of_range";

export const scaleSchema = z
  .object({
    min: z.number().int().min(-10).max(10),
    max: z.number().int().min(-9).max(20),
    /** What the lowest value means ("stimme gar nicht zu"); optional. */
    minLabel: z.union([cleanedText(SCALE_LABEL_MAX_LENGTH), z.literal("")]).default(""),
    maxLabel: z.union([cleanedText(SCALE_LABEL_MAX_LENGTH), z.literal("")]).default(""),
  })
  .refine((scale) => scale.max - scale.min + 1 >= SCALE_MIN_POINTS && scale.max - scale.min + 1 <= SCALE_MAX_POINTS, {
    message: SCALE_POINTS_OUT_OF_RANGE,
  });

export type Scale = z.infer<typeof scaleSchema>;

export const scaleInputSchema = z.object({
  type: z.literal("scale"),
  ...pollBaseInputShape,
  /** The statements to rate. */
  items: itemLabelsSchema(SCALE_MIN_ITEMS, SCALE_MAX_ITEMS),
  scale: scaleSchema.default({ min: 1, max: 5, minLabel: "", maxLabel: "" }),
});

export const scaleConfigSchema = z.object({ scale: scaleSchema });

export const scaleBallotSchema = z.object({
  type: z.literal("scale"),
  /** Statement id → value; statements left out are skipped. */
  ratings: z.record(itemIdSchema, z.number()).refine((ratings) => Object.keys(ratings).length <= SCALE_MAX_ITEMS),
});

export type ScaleInput = z.infer<typeof scaleInputSchema>;
export type ScaleConfig = z.infer<typeof scaleConfigSchema>;
export type ScaleBallot = z.infer<typeof scaleBallotSchema>;
export type ScaleBallotProblem = "empty" | "unknown_item" | "out_of_range";

export interface ScaleItemResult {
  itemId: string;
  label: string;
  /** How many ratings each value got: counts[0] is scale.min. */
  counts: number[];
  ratingCount: number;
  /** Null while the statement has no rating. */
  mean: number | null;
  median: number | null;
}

export interface ScaleResults {
  type: "scale";
  /** Respondents: one per ballot, however many statements each rated. */
  ballotCount: number;
  scale: Scale;
  /** In the poll's order. */
  items: ScaleItemResult[];
}

/** The median of values given as counts per value (counts[0] is `min`); the mean of the two middle values for an even number. */
export function medianOfCounts(counts: readonly number[], min: number): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (let index = 0; index < counts.length; index++) {
      seen += counts[index] ?? 0;
      if (seen >= position) return min + index;
    }
    return min + counts.length - 1;
  };
  return total % 2 === 1 ? valueAt((total + 1) / 2) : (valueAt(total / 2) + valueAt(total / 2 + 1)) / 2;
}

export function createScaleAggregate(items: readonly PollItem[], scale: Scale) {
  const points = scale.max - scale.min + 1;
  const counts = new Map(items.map((item) => [item.id, new Array<number>(points).fill(0)]));
  let ballotCount = 0;
  const apply = (ballot: ScaleBallot, step: 1 | -1) => {
    ballotCount += step;
    for (const [itemId, value] of Object.entries(ballot.ratings)) {
      const row = counts.get(itemId);
      const index = value - scale.min;
      if (row && index >= 0 && index < points) row[index] = (row[index] ?? 0) + step;
    }
  };
  return {
    add: (ballot: ScaleBallot) => apply(ballot, 1),
    remove: (ballot: ScaleBallot) => apply(ballot, -1),
    get count() {
      return ballotCount;
    },
    result: (): ScaleResults => ({
      type: "scale",
      ballotCount,
      scale,
      items: items.map((item) => {
        const row = [...(counts.get(item.id) ?? [])];
        const ratingCount = row.reduce((sum, count) => sum + count, 0);
        const sum = row.reduce((total, count, index) => total + count * (scale.min + index), 0);
        return {
          itemId: item.id,
          label: item.label,
          counts: row,
          ratingCount,
          mean: ratingCount === 0 ? null : sum / ratingCount,
          median: medianOfCounts(row, scale.min),
        };
      }),
    }),
  };
}

export const scaleKind: PollKind<ScaleInput, ScaleConfig, ScaleBallot, ScaleResults, ScaleBallotProblem> = {
  type: "scale",
  inputSchema: scaleInputSchema,
  configSchema: scaleConfigSchema,
  configOf: (input) => ({ scale: input.scale }),
  responseSchema: scaleBallotSchema,
  validate(poll, ballot) {
    const entries = Object.entries(ballot.ratings);
    if (entries.length === 0) return { ok: false, reason: "empty" };
    const known = new Set(poll.items.map((item) => item.id));
    const { min, max } = poll.config.scale;
    for (const [itemId, value] of entries) {
      if (!known.has(itemId)) return { ok: false, reason: "unknown_item", itemId };
      if (!Number.isInteger(value) || value < min || value > max) return { ok: false, reason: "out_of_range", itemId };
    }
    return { ok: true, response: { type: "scale", ratings: Object.fromEntries(entries) } };
  },
  counting: {
    method: "Per statement, the ratings given to each value; mean and median over the ballots that rated the statement (a median between two values is their mean).",
    ties: "None: statements keep the poll's order.",
  },
  tabulate: (result) =>
    result.items.flatMap((item) =>
      item.counts.map(
        (count, index): ResultRow => ({
          item_id: item.itemId,
          item: item.label,
          value: result.scale.min + index,
          count,
          rating_count: item.ratingCount,
          mean: item.mean,
          median: item.median,
        }),
      ),
    ),
  createAggregate: (poll) => createScaleAggregate(poll.items, poll.config.scale),
};
