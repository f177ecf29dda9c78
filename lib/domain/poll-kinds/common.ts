/**
 * What every poll kind shares: text limits, the question, the per-poll
 * settings, and the item list most kinds are built on. Kinds compose their
 * input schemas from these pieces.
 */

import { cleanText } from "../text/clean-text";
import { z } from "../zod";

export const QUESTION_MAX_LENGTH = 200;
export const ITEM_LABEL_MAX_LENGTH = 120;
/** Bounds of the optional countdown that closes voting by itself. */
export const TIMER_MIN_SECONDS = 10;
export const TIMER_MAX_SECONDS = 60 * 60;

/** The message of the duplicate-label refinement; clients match it to say it in their language. */
export const DUPLICATE_ITEMS_MESSAGE = "duplicate_items";

/**
 * Text a moderator types (titles, questions, items): cleaned like the
 * audience's text (no control characters, no bidirectional overrides or
 * invisible characters, whitespace collapsed), then at least one character left.
 */
export const cleanedText = (max: number) => z.string().transform(cleanText).pipe(z.string().min(1).max(max));

/** One item of a poll as the domain sees it. */
export interface PollItem {
  id: string;
  label: string;
}

/** Distinct item labels (ignoring case), between `min` and `max` of them. */
export const itemLabelsSchema = (min: number, max: number) =>
  z
    .array(cleanedText(ITEM_LABEL_MAX_LENGTH))
    .min(min)
    .max(max)
    .refine((labels) => new Set(labels.map((l) => l.toLocaleLowerCase("de"))).size === labels.length, {
      message: DUPLICATE_ITEMS_MESSAGE,
    });

/** The question and the settings a moderator may set on a poll of any kind. */
export const pollBaseInputShape = {
  question: cleanedText(QUESTION_MAX_LENGTH),
  /** Whether attendees may change their answer while the poll is open. */
  allowVoteChange: z.boolean().default(true),
  /** Seconds from opening until voting closes by itself; null for no countdown. */
  timerSeconds: z.number().int().min(TIMER_MIN_SECONDS).max(TIMER_MAX_SECONDS).nullable().default(null),
  /** Whether a phone sees the result once it has voted (if results are shown at all). */
  showResultsToVoters: z.boolean().default(false),
};

/** Why a list of item ids in a ballot does not fit the poll. */
export type ItemIdProblem = "unknown_item" | "duplicate_item";

/** The first id in `ids` that is not an item of the poll, or that repeats; null if every id names a distinct item. */
export function findItemIdProblem(items: readonly PollItem[], ids: Iterable<string>): { reason: ItemIdProblem; itemId: string } | null {
  const known = new Set(items.map((item) => item.id));
  const seen = new Set<string>();
  for (const itemId of ids) {
    if (!known.has(itemId)) return { reason: "unknown_item", itemId };
    if (seen.has(itemId)) return { reason: "duplicate_item", itemId };
    seen.add(itemId);
  }
  return null;
}

/** Item ids as ballots carry them. */
export const itemIdSchema = z.string().min(1).max(64);

/** A share of a whole, 0 when there is no whole. */
export const shareOf = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
