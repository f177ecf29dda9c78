/**
 * Open answers: each attendee sends up to `maxEntries` short texts, one at a
 * time, to a wall on the projector, newest first. Under pre-moderation the
 * moderator approves each before anyone sees it; under post-moderation it
 * shows at once and can be hidden. The moderator can feature one answer large.
 */

import { createEntryAggregate, type EntryCounts, newestFirst } from "../../entries/entry-list";
import { type EntryStatus, MODERATION_MODES, type ModerationMode, type TextEntry } from "../../entries/text-entry";
import type { ResultRow } from "../../exports/result-row";
import { z } from "../../zod";
import { pollBaseInputShape } from "../common";
import type { EntryPollKind } from "../kind";

export const OPEN_TEXT_MAX_LENGTH = 500;
export const OPEN_TEXT_MAX_ENTRIES = 10;

export const openTextInputSchema = z.object({
  type: z.literal("open_text"),
  ...pollBaseInputShape,
  /** Open answers have no items: what people write is the content. */
  items: z.array(z.string()).max(0).default([]),
  moderation: z.enum(MODERATION_MODES).default("post"),
  maxLength: z.number().int().min(10).max(OPEN_TEXT_MAX_LENGTH).default(280),
  maxEntries: z.number().int().min(1).max(OPEN_TEXT_MAX_ENTRIES).default(3),
});

export const openTextConfigSchema = z.object({
  moderation: z.enum(MODERATION_MODES),
  maxLength: z.number().int().min(1),
  maxEntries: z.number().int().min(1),
});

/** What the moderator decided for the poll as a whole; decisions on single answers are stored with them. */
export const openTextModerationSchema = z.object({
  /** Switched during the session; the poll's setting until then. */
  mode: z.enum(MODERATION_MODES).optional(),
  featuredId: z.string().nullable().default(null),
});

export const openTextModerationActionSchema = z.discriminatedUnion("action", [
  z.object({ type: z.literal("open_text"), action: z.literal("set_mode"), mode: z.enum(MODERATION_MODES) }),
  z.object({ type: z.literal("open_text"), action: z.literal("feature"), entryId: z.string().min(1).max(64).nullable() }),
]);

export type OpenTextInput = z.infer<typeof openTextInputSchema>;
export type OpenTextConfig = z.infer<typeof openTextConfigSchema>;
export type OpenTextModeration = z.infer<typeof openTextModerationSchema>;
export type OpenTextModerationAction = z.infer<typeof openTextModerationActionSchema>;

export interface OpenTextEntry {
  id: string;
  text: string;
  status: EntryStatus;
  createdAt: string;
}

export interface OpenTextResults {
  type: "open_text";
  /** Every answer sent, in any status. */
  ballotCount: number;
  mode: ModerationMode;
  /** How many answers are shown, wait for review, were hidden: the audience sees these counts too. */
  counts: EntryCounts;
  /** Approved newest first, then (for moderators only) pending and hidden. */
  entries: OpenTextEntry[];
  /** The answer shown large; only ever an approved one for the audience. */
  featuredId: string | null;
}

const asAnswer = ({ id, text, status, createdAt }: TextEntry): OpenTextEntry => ({ id, text, status, createdAt });

export const openTextKind: EntryPollKind<OpenTextInput, OpenTextConfig, OpenTextResults, OpenTextModeration, OpenTextModerationAction> = {
  type: "open_text",
  collects: "entries",
  inputSchema: openTextInputSchema,
  configSchema: openTextConfigSchema,
  configOf: ({ moderation, maxLength, maxEntries }) => ({ moderation, maxLength, maxEntries }),
  entryRules: (config, state) => ({
    maxLength: config.maxLength,
    maxEntries: config.maxEntries,
    allowNames: false,
    upvotes: false,
    mode: state.mode ?? config.moderation,
  }),
  counting: { method: "Every answer is listed with the moderator's decision on it (approved, pending or hidden).", ties: "None: newest first." },
  tabulate: (result) =>
    result.entries.map((entry): ResultRow => ({ item_id: entry.id, item: entry.text, status: entry.status, created_at: entry.createdAt })),
  createAggregate: (poll) =>
    createEntryAggregate(newestFirst, ({ counts, entries, count }) => ({
      type: "open_text",
      ballotCount: count,
      mode: poll.config.moderation,
      counts,
      entries: entries.map(asAnswer),
      featuredId: null,
    })),
  moderation: {
    schema: openTextModerationSchema,
    actionSchema: openTextModerationActionSchema,
    apply(state, action) {
      return action.action === "set_mode" ? { ...state, mode: action.mode } : { ...state, featuredId: action.entryId };
    },
    view(result, state, viewer) {
      const entries = viewer === "moderator" ? result.entries : result.entries.filter((entry) => entry.status === "approved");
      const featured = entries.find((entry) => entry.id === state.featuredId && entry.status === "approved");
      return { ...result, mode: state.mode ?? result.mode, entries, featuredId: featured?.id ?? null };
    },
    awaitingReview: (result) => result.counts.pending,
  },
};
