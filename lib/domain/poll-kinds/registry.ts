/**
 * Every poll kind, and the dispatchers the rest of the system uses instead of
 * knowing any kind: input and response schemas, validation, aggregation.
 * A new kind is a folder beside ranking/ and one line in POLL_KINDS.
 */
import { z } from "zod";
import type { Aggregate, PollShape } from "./kind";
import { type RankingBallot, type RankingConfig, type RankingPollResults, rankingBallotSchema, rankingInputSchema, rankingKind } from "./ranking/kind";

export const POLL_KINDS = { ranking: rankingKind } as const;
export type PollType = keyof typeof POLL_KINDS;
export const POLL_TYPES = Object.keys(POLL_KINDS) as [PollType, ...PollType[]];

/** What a moderator submits to create or replace a poll. */
export const pollInputSchema = z.discriminatedUnion("type", [rankingInputSchema]);
export type PollInput = z.infer<typeof pollInputSchema>;

/** What an attendee submits. */
export const ballotSchema = z.discriminatedUnion("type", [rankingBallotSchema]);
export type Ballot = RankingBallot;

export type PollResults = RankingPollResults;

/** A poll's settings of its own kind (stored as JSON beside the common fields). */
export type PollConfig = RankingConfig;

/** Why a ballot was refused: a kind's own reasons, or a ballot of another kind. */
export type BallotProblem = "wrong_poll_type" | Exclude<ReturnType<(typeof POLL_KINDS)[PollType]["validate"]>, { ok: true }>["reason"];

export type BallotValidation = { ok: true; ballot: Ballot } | { ok: false; reason: BallotProblem; itemId?: string };

function kindOf(poll: { type: string }) {
  const kind = POLL_KINDS[poll.type as PollType];
  if (!kind) throw new Error(`Unknown poll type: ${poll.type}`);
  return kind;
}

/** The settings of its kind out of a moderator's input, for storing. */
export function pollConfigOf(input: PollInput): PollConfig {
  return kindOf(input).configOf(input as never);
}

/** A stored poll's settings, checked against its kind's schema; throws on a value that does not fit. */
export function parsePollConfig(type: string, stored: unknown): PollConfig {
  return kindOf({ type }).configSchema.parse(stored);
}

/** Checks a ballot against the poll it is cast in; never throws for a known poll type. */
export function validateBallot(poll: PollShape, ballot: Ballot): BallotValidation {
  if (ballot.type !== poll.type) return { ok: false, reason: "wrong_poll_type" };
  const checked = kindOf(poll).validate(poll as PollShape<never>, ballot);
  return checked.ok ? { ok: true, ballot: checked.response } : checked;
}

/** An empty, incremental result of the poll; add and remove ballots as they change. */
export function createPollAggregate(poll: PollShape): Aggregate<Ballot, PollResults> {
  return kindOf(poll).createAggregate(poll as PollShape<never>);
}

/** Aggregates stored ballots from scratch. Ballots of another kind are skipped. */
export function tallyPoll(poll: PollShape, ballots: Iterable<Ballot>): PollResults {
  const aggregate = createPollAggregate(poll);
  for (const ballot of ballots) if (ballot.type === poll.type) aggregate.add(ballot);
  return aggregate.result();
}
