/**
 * Every poll kind, and the dispatchers the rest of the system uses instead of
 * knowing any kind: input and response schemas, validation, aggregation.
 * A new kind is a folder beside ranking/ and one entry in each list below.
 */

import type { EntryRules, TextEntry } from "../entries/text-entry";
import type { CountingRules, ResultRow } from "../exports/result-row";
import type { SeriesResult } from "../series/series";
import { z } from "../zod";
import { type ChoiceBallot, type ChoiceConfig, type ChoiceResults, choiceBallotSchema, choiceInputSchema, choiceKind } from "./choice/kind";
import type { Aggregate, PollShape } from "./kind";
import {
  type OpenTextConfig,
  type OpenTextResults,
  openTextInputSchema,
  openTextKind,
  openTextModerationActionSchema,
} from "./open-text/kind";
import { type PointsBallot, type PointsConfig, type PointsResults, pointsBallotSchema, pointsInputSchema, pointsKind } from "./points/kind";
import { type QaConfig, type QaResults, qaInputSchema, qaKind, qaModerationActionSchema } from "./qa/kind";
import { type QuizBallot, type QuizConfig, type QuizResults, quizBallotSchema, quizInputSchema, quizKind } from "./quiz/kind";
import {
  type RankingBallot,
  type RankingConfig,
  type RankingPollResults,
  rankingBallotSchema,
  rankingInputSchema,
  rankingKind,
} from "./ranking/kind";
import { type ScaleBallot, type ScaleConfig, type ScaleResults, scaleBallotSchema, scaleInputSchema, scaleKind } from "./scale/kind";
import {
  type WordcloudBallot,
  type WordcloudConfig,
  type WordcloudResults,
  wordcloudBallotSchema,
  wordcloudInputSchema,
  wordcloudKind,
  wordcloudModerationActionSchema,
} from "./wordcloud/kind";

export const POLL_KINDS = {
  ranking: rankingKind,
  choice: choiceKind,
  scale: scaleKind,
  points: pointsKind,
  quiz: quizKind,
  wordcloud: wordcloudKind,
  open_text: openTextKind,
  qa: qaKind,
} as const;
export type PollType = keyof typeof POLL_KINDS;
/** The kinds whose content comes as entries rather than one ballot per phone. */
type EntryPollType = { [T in PollType]: (typeof POLL_KINDS)[T] extends { collects: "entries" } ? T : never }[PollType];
type BallotPollType = Exclude<PollType, EntryPollType>;
export const POLL_TYPES = Object.keys(POLL_KINDS) as [PollType, ...PollType[]];

/** What a moderator submits to create or replace a poll. */
export const pollInputSchema = z.discriminatedUnion("type", [
  rankingInputSchema,
  choiceInputSchema,
  scaleInputSchema,
  pointsInputSchema,
  quizInputSchema,
  wordcloudInputSchema,
  openTextInputSchema,
  qaInputSchema,
]);
export type PollInput = z.infer<typeof pollInputSchema>;

/** What an attendee submits to a poll that takes ballots. */
export const ballotSchema = z.discriminatedUnion("type", [
  rankingBallotSchema,
  choiceBallotSchema,
  scaleBallotSchema,
  pointsBallotSchema,
  quizBallotSchema,
  wordcloudBallotSchema,
]);
export type Ballot = RankingBallot | ChoiceBallot | ScaleBallot | PointsBallot | QuizBallot | WordcloudBallot;

/** What a moderator sends to review a poll's content, by kind. */
export const moderationActionSchema = z.discriminatedUnion("type", [
  wordcloudModerationActionSchema,
  openTextModerationActionSchema,
  qaModerationActionSchema,
]);
export type ModerationAction = z.infer<typeof moderationActionSchema>;

/** A poll's result: a plain value per kind, documented in docs/api.md. */
export type PollResults =
  | RankingPollResults
  | ChoiceResults
  | ScaleResults
  | PointsResults
  | QuizResults
  | WordcloudResults
  | OpenTextResults
  | QaResults;

/** A poll's settings of its own kind (stored as JSON beside the common fields). */
export type PollConfig = RankingConfig | ChoiceConfig | ScaleConfig | PointsConfig | QuizConfig | WordcloudConfig | OpenTextConfig | QaConfig;

/** Why a ballot was refused: a kind's own reasons, or a ballot of another kind. */
export type BallotProblem =
  | "wrong_poll_type"
  | { [T in BallotPollType]: Exclude<ReturnType<(typeof POLL_KINDS)[T]["validate"]>, { ok: true }>["reason"] }[BallotPollType];

export type BallotValidation = { ok: true; ballot: Ballot } | { ok: false; reason: BallotProblem; itemId?: string };

/**
 * The kind of a poll, typed loosely: callers hand it values of that same poll,
 * which the schemas above guarantee to be of the kind.
 */
interface AnyKind {
  configOf(input: PollInput): PollConfig;
  configSchema: z.ZodType<PollConfig, unknown>;
  collects?: "entries";
  runsAlongside?: boolean;
  validate?(poll: PollShape, response: Ballot): { ok: true; response: Ballot } | { ok: false; reason: BallotProblem; itemId?: string };
  entryRules?(config: PollConfig, moderation: unknown): EntryRules;
  createAggregate(poll: PollShape): Aggregate<Response, PollResults>;
  countdownSeconds?(config: PollConfig): number;
  counting: CountingRules;
  tabulate(result: PollResults): ResultRow[];
  seriesResult?(result: PollResults): SeriesResult;
  concealed?: { config(config: PollConfig): PollConfig; result(result: PollResults): PollResults };
  moderation?: {
    schema: z.ZodType<unknown, unknown>;
    actionSchema: z.ZodType<unknown, unknown>;
    apply(state: unknown, action: unknown): unknown;
    view(result: PollResults, state: unknown, viewer: "audience" | "moderator"): PollResults;
    awaitingReview(result: PollResults): number;
  };
}

function kindOf(poll: { type: string }): AnyKind {
  const kind = POLL_KINDS[poll.type as PollType];
  if (!kind) throw new Error(`Unknown poll type: ${poll.type}`);
  return kind as unknown as AnyKind;
}

/** The settings of its kind out of a moderator's input, for storing. */
export function pollConfigOf(input: PollInput): PollConfig {
  return kindOf(input).configOf(input);
}

/** A stored poll's settings, checked against its kind's schema; throws on a value that does not fit. */
export function parsePollConfig(type: string, stored: unknown): PollConfig {
  return kindOf({ type }).configSchema.parse(stored);
}

/** Checks a ballot against the poll it is cast in; never throws for a known poll type. */
export function validateBallot(poll: PollShape, ballot: Ballot): BallotValidation {
  const validate = kindOf(poll).validate;
  if (ballot.type !== poll.type || !validate) return { ok: false, reason: "wrong_poll_type" };
  const checked = validate(poll, ballot);
  return checked.ok ? { ok: true, ballot: checked.response } : checked;
}

/** Whether the poll's content comes as entries (open answers, questions) rather than ballots. */
export const collectsEntries = (poll: { type: string }) => kindOf(poll).collects === "entries";

/** Whether phones offer the poll, while open, beside whatever poll is live (a Q&A). */
export const runsAlongside = (poll: { type: string }) => kindOf(poll).runsAlongside === true;

/** The rules for new entries of a poll; null for kinds that take ballots. */
export function entryRulesOf(poll: { type: string; config: PollConfig; moderation: unknown }): EntryRules | null {
  return kindOf(poll).entryRules?.(poll.config, poll.moderation) ?? null;
}

/** What a poll's aggregate counts: ballots, or entries for the kinds that collect them. */
export type Response = Ballot | TextEntry;

/** An empty, incremental result of the poll; add and remove responses as they change. */
export function createPollAggregate(poll: PollShape): Aggregate<Response, PollResults> {
  return kindOf(poll).createAggregate(poll);
}

/** Aggregates stored responses from scratch. Responses of another kind are skipped. */
export function tallyPoll(poll: PollShape, ballots: Iterable<Response>): PollResults {
  const aggregate = createPollAggregate(poll);
  for (const ballot of ballots) if (ballot.type === poll.type) aggregate.add(ballot);
  return aggregate.result();
}

/** Seconds from opening until voting closes by itself: the kind's own time limit, else the moderator's countdown. */
export function countdownSecondsOf(poll: PollShape & { timerSeconds: number | null }): number | null {
  return kindOf(poll).countdownSeconds?.(poll.config as PollConfig) ?? poll.timerSeconds;
}

/** Whether the kind has an answer to reveal (a quiz). */
export const hasAnswerToReveal = (poll: { type: string }) => kindOf(poll).concealed !== undefined;

/** The settings as the audience may see them: without the answer until it is revealed. */
export function audienceConfig(poll: PollShape & { answerRevealed: boolean }): PollConfig {
  const concealed = kindOf(poll).concealed;
  return concealed && !poll.answerRevealed ? concealed.config(poll.config as PollConfig) : (poll.config as PollConfig);
}

/**
 * The result as `viewer` may see it: with the moderator's decisions applied
 * (the audience sees no hidden or held content), and for the audience without
 * the answer until it is revealed.
 */
export function resultsForViewer(
  poll: { type: string; answerRevealed: boolean; moderation: unknown },
  results: PollResults,
  viewer: "audience" | "moderator",
): PollResults {
  const kind = kindOf(poll);
  const moderated = kind.moderation ? kind.moderation.view(results, poll.moderation, viewer) : results;
  return viewer === "audience" && kind.concealed && !poll.answerRevealed ? kind.concealed.result(moderated) : moderated;
}

/** How much of a moderator's view of the result waits for a decision; 0 for kinds without moderation. */
export function awaitingReview(poll: { type: string }, moderatorResults: PollResults): number {
  return kindOf(poll).moderation?.awaitingReview(moderatorResults) ?? 0;
}

/** A stored poll's moderation decisions, checked against its kind's schema; null for kinds without moderation. */
export function parseModeration(type: string, stored: unknown): unknown {
  return kindOf({ type }).moderation?.schema.parse(stored) ?? null;
}

/**
 * The poll's moderation decisions after a moderator's action; null when the
 * action is not for this kind of poll.
 */
export function applyModeration(poll: { type: string; moderation: unknown }, action: ModerationAction): unknown {
  const moderation = kindOf(poll).moderation;
  if (!moderation || action.type !== poll.type) return null;
  return moderation.apply(poll.moderation, action);
}

/** How the poll's kind counts and breaks ties, for the people who recount an export. */
export const countingRulesOf = (poll: { type: string }): CountingRules => kindOf(poll).counting;

/** The result as rows for exports: one per item, per statement and value, per word or per entry. */
export const tabulateResults = (poll: { type: string }, results: PollResults): ResultRow[] => kindOf(poll).tabulate(results);

/** Whether polls of this kind can be followed over time across events (the barometer). */
export const followsOverTime = (poll: { type: string }) => kindOf(poll).seriesResult !== undefined;

/** The result as places and scores, for a series; null for kinds that cannot be followed over time. */
export const seriesResultOf = (poll: { type: string }, results: PollResults): SeriesResult | null => kindOf(poll).seriesResult?.(results) ?? null;
