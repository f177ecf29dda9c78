/**
 * The contract of a poll kind. Everything that differs between kinds (what a
 * moderator sets, what a phone sends, how it is checked and counted) lives
 * behind this interface; the rest of the system dispatches through the
 * registry and never looks inside a kind's values.
 */

import type { EntryRules, TextEntry } from "../entries/text-entry";
import type { CountingRules, ResultRow } from "../exports/result-row";
import type { SeriesResult } from "../series/series";
import type { z } from "../zod";
import type { PollItem } from "./common";

/** The parts of a poll a kind needs to judge and count its responses. */
export interface PollShape<Config = unknown> {
  type: string;
  items: readonly PollItem[];
  /** The kind's own settings, as its `configSchema` parsed them. */
  config: Config;
}

export type ResponseValidation<Response, Problem extends string> =
  | { ok: true; response: Response }
  | { ok: false; reason: Problem; itemId?: string };

/**
 * A poll's result, kept up to date one response at a time. A changed answer
 * is `remove(old)` then `add(new)`; kinds with many responses per participant
 * (word clouds, questions) add each one. The caller removes exactly what it added.
 */
export interface Aggregate<Response, Result> {
  add(response: Response): void;
  remove(response: Response): void;
  /** How many responses are in the aggregate. */
  readonly count: number;
  /** The result as it stands; costs O(items), never O(responses). */
  result(): Result;
}

export interface PollKind<
  Input extends { type: string; items: string[] },
  Config,
  Response extends { type: string },
  Result,
  Problem extends string,
  ModerationState = never,
  ModerationAction = never,
> {
  type: Input["type"];
  /** What a moderator submits to create or replace a poll of this kind: the common fields plus the kind's own. */
  inputSchema: z.ZodType<Input, unknown>;
  /** The kind's own settings as stored with a poll; parses what `configOf` returned. */
  configSchema: z.ZodType<Config, unknown>;
  /** The kind's own settings out of a parsed input. */
  configOf(input: Input): Config;
  /** What a phone sends; checked against the poll by `validate`. */
  responseSchema: z.ZodType<Response, unknown>;
  /** Checks a response against the poll it is cast in; never throws. */
  validate(poll: PollShape<Config>, response: Response): ResponseValidation<Response, Problem>;
  createAggregate(poll: PollShape<Config>): Aggregate<Response, Result>;
  counting: CountingRules;
  /** The result as rows for exports, in the moderator's view: one per item (or statement and value, word, entry). */
  tabulate(result: Result): ResultRow[];
  /** Kinds that can be followed over time across events (the ranking): the result as places and scores. */
  seriesResult?(result: Result): SeriesResult;
  /** Kinds with a time limit of their own (a quiz): the countdown started when the poll opens. */
  countdownSeconds?(config: Config): number;
  /**
   * Kinds with a correct answer (a quiz): the settings and the result as the
   * audience may see them until the moderator reveals the answer.
   */
  concealed?: { config(config: Config): Config; result(result: Result): Result };
  /**
   * Kinds whose content the moderator reviews (free text): the decisions
   * stored with the poll, the commands that change them, and the result as
   * each viewer may see it under them.
   */
  moderation?: PollModeration<Result, ModerationState, ModerationAction>;
}

export interface PollModeration<Result, State, Action> {
  schema: z.ZodType<State, unknown>;
  actionSchema: z.ZodType<Action, unknown>;
  apply(state: State, action: Action): State;
  view(result: Result, state: State, viewer: "audience" | "moderator"): Result;
  /** How much of the moderator's view of the result waits for a decision (held words, pending entries). */
  awaitingReview(result: Result): number;
}

/**
 * A kind whose content comes as entries (open answers, questions): many per
 * phone, each sent on its own and reviewed by the moderator on its own. The
 * entries are the responses its aggregate counts; the server stores and
 * checks them by `entryRules` (see entries/text-entry.ts).
 */
export interface EntryPollKind<Input extends { type: string; items: string[] }, Config, Result, ModerationState, ModerationAction> {
  type: Input["type"];
  collects: "entries";
  inputSchema: z.ZodType<Input, unknown>;
  configSchema: z.ZodType<Config, unknown>;
  configOf(input: Input): Config;
  /** The rules new entries are checked by, under the poll's settings and the moderator's decisions. */
  entryRules(config: Config, moderation: ModerationState): EntryRules;
  createAggregate(poll: PollShape<Config>): Aggregate<TextEntry, Result>;
  moderation: PollModeration<Result, ModerationState, ModerationAction>;
  counting: CountingRules;
  tabulate(result: Result): ResultRow[];
  /** Kinds that run for the whole event (Q&A): phones offer an open poll of the kind beside whatever poll is live. */
  runsAlongside?: boolean;
}
