/**
 * Audience Q&A: attendees ask questions (anonymously unless the poll allows
 * names) and upvote the ones they want answered, once each. The moderator
 * approves or hides them (pre-moderation by default), marks them answered and
 * pins the one being answered. Everyone sees how many wait and were hidden.
 */

import { createEntryAggregate, type EntryCounts } from "../../entries/entry-list";
import { type EntryStatus, MODERATION_MODES, type ModerationMode, type TextEntry } from "../../entries/text-entry";
import type { ResultRow } from "../../exports/result-row";
import { z } from "../../zod";
import { pollBaseInputShape } from "../common";
import type { EntryPollKind } from "../kind";

export const QA_MAX_LENGTH = 300;
/** Questions one phone may ask in a session; the rate limit paces them further. */
export const QA_MAX_QUESTIONS = 20;

export const qaInputSchema = z.object({
  type: z.literal("qa"),
  ...pollBaseInputShape,
  /** Q&A has no items: the audience's questions are the content. */
  items: z.array(z.string()).max(0).default([]),
  /** Phones always see the approved questions: that is what they upvote. */
  showResultsToVoters: z
    .boolean()
    .default(true)
    .transform(() => true),
  moderation: z.enum(MODERATION_MODES).default("pre"),
  allowNames: z.boolean().default(false),
});

export const qaConfigSchema = z.object({ moderation: z.enum(MODERATION_MODES), allowNames: z.boolean() });

export const qaModerationSchema = z.object({
  mode: z.enum(MODERATION_MODES).optional(),
  /** The question being answered now, shown large. */
  pinnedId: z.string().nullable().default(null),
});

export const qaModerationActionSchema = z.discriminatedUnion("action", [
  z.object({ type: z.literal("qa"), action: z.literal("set_mode"), mode: z.enum(MODERATION_MODES) }),
  z.object({ type: z.literal("qa"), action: z.literal("pin"), entryId: z.string().min(1).max(64).nullable() }),
]);

export type QaInput = z.infer<typeof qaInputSchema>;
export type QaConfig = z.infer<typeof qaConfigSchema>;
export type QaModeration = z.infer<typeof qaModerationSchema>;
export type QaModerationAction = z.infer<typeof qaModerationActionSchema>;

export interface QaQuestion {
  id: string;
  text: string;
  authorName: string | null;
  status: EntryStatus;
  /** open; answered by the panel; pinned: being answered now. */
  state: "open" | "answered" | "pinned";
  upvotes: number;
  createdAt: string;
}

export interface QaResults {
  type: "qa";
  /** Every question asked, in any status. */
  ballotCount: number;
  mode: ModerationMode;
  counts: EntryCounts;
  /** Approved by upvotes (ties: newest first), then (for moderators only) pending and hidden. */
  questions: QaQuestion[];
  pinnedId: string | null;
}

/** Most upvotes first; among equals the newest, so a fresh question is seen. */
export const byUpvotes = (a: TextEntry, b: TextEntry) => b.upvotes - a.upvotes || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

const asQuestion = ({ id, text, authorName, status, answered, upvotes, createdAt }: TextEntry): QaQuestion => ({
  id,
  text,
  authorName,
  status,
  state: answered ? "answered" : "open",
  upvotes,
  createdAt,
});

export const qaKind: EntryPollKind<QaInput, QaConfig, QaResults, QaModeration, QaModerationAction> = {
  type: "qa",
  collects: "entries",
  runsAlongside: true,
  inputSchema: qaInputSchema,
  configSchema: qaConfigSchema,
  configOf: ({ moderation, allowNames }) => ({ moderation, allowNames }),
  entryRules: (config, state) => ({
    maxLength: QA_MAX_LENGTH,
    maxEntries: QA_MAX_QUESTIONS,
    allowNames: config.allowNames,
    upvotes: true,
    mode: state.mode ?? config.moderation,
  }),
  counting: {
    method: "Every question is listed with its upvotes (one per phone) and the moderator's decisions on it.",
    ties: "Equal upvotes: the newest question first.",
  },
  tabulate: (result) =>
    result.questions.map(
      (question): ResultRow => ({
        item_id: question.id,
        item: question.text,
        upvotes: question.upvotes,
        answered: question.state === "answered",
        status: question.status,
        author: question.authorName,
        created_at: question.createdAt,
      }),
    ),
  createAggregate: (poll) =>
    createEntryAggregate(byUpvotes, ({ counts, entries, count }) => ({
      type: "qa",
      ballotCount: count,
      mode: poll.config.moderation,
      counts,
      questions: entries.map(asQuestion),
      pinnedId: null,
    })),
  moderation: {
    schema: qaModerationSchema,
    actionSchema: qaModerationActionSchema,
    apply(state, action) {
      return action.action === "set_mode" ? { ...state, mode: action.mode } : { ...state, pinnedId: action.entryId };
    },
    view(result, state, viewer) {
      const listed = viewer === "moderator" ? result.questions : result.questions.filter((question) => question.status === "approved");
      const pinned = listed.find((question) => question.id === state.pinnedId && question.status === "approved");
      const questions = listed.map((question): QaQuestion => (question.id === pinned?.id ? { ...question, state: "pinned" } : question));
      return { ...result, mode: state.mode ?? result.mode, questions, pinnedId: pinned?.id ?? null };
    },
    awaitingReview: (result) => result.counts.pending,
  },
};
