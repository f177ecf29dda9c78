/**
 * Poll kinds, their inputs, ballots and results. Each poll type plugs into the
 * three dispatchers at the bottom (validate a ballot, tally ballots); the rest
 * of the system only sees the unions. Today there is one type, "ranking".
 */
import { z } from "zod";
import {
  type PollItem,
  type RankingBallotProblem,
  type RankingResults,
  rankByBorda,
  validateRankingBallot,
} from "./ranking";

export const POLL_TYPES = ["ranking"] as const;
export type PollType = (typeof POLL_TYPES)[number];

/** draft: being prepared; open: accepting votes; closed: votes kept, no new ones. */
export const POLL_STATUSES = ["draft", "open", "closed"] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

export const RANKING_MIN_ITEMS = 2;
export const RANKING_MAX_ITEMS = 10;
export const QUESTION_MAX_LENGTH = 200;
export const ITEM_LABEL_MAX_LENGTH = 120;
export const EVENT_TITLE_MAX_LENGTH = 120;
/** Bounds of the optional countdown that closes voting by itself. */
export const TIMER_MIN_SECONDS = 10;
export const TIMER_MAX_SECONDS = 60 * 60;

/** The message of the refinement below; clients match it to say it in their language. */
export const DUPLICATE_ITEMS_MESSAGE = "duplicate_items";

const trimmedText = (max: number) => z.string().trim().min(1).max(max);

export const rankingPollInputSchema = z.object({
  type: z.literal("ranking"),
  question: trimmedText(QUESTION_MAX_LENGTH),
  items: z
    .array(trimmedText(ITEM_LABEL_MAX_LENGTH))
    .min(RANKING_MIN_ITEMS)
    .max(RANKING_MAX_ITEMS)
    .refine((labels) => new Set(labels.map((l) => l.toLocaleLowerCase("de"))).size === labels.length, {
      message: DUPLICATE_ITEMS_MESSAGE,
    }),
  /** Whether attendees may change their ballot while the poll is open. */
  allowVoteChange: z.boolean().default(true),
  /** Seconds from opening until voting closes by itself; null for no countdown. */
  timerSeconds: z.number().int().min(TIMER_MIN_SECONDS).max(TIMER_MAX_SECONDS).nullable().default(null),
  /** Whether a phone sees the result once it has voted (if results are shown at all). */
  showResultsToVoters: z.boolean().default(false),
});

/** What a moderator submits to create or replace a poll. */
export const pollInputSchema = z.discriminatedUnion("type", [rankingPollInputSchema]);
export type PollInput = z.infer<typeof pollInputSchema>;

export const eventInputSchema = z.object({
  title: trimmedText(EVENT_TITLE_MAX_LENGTH),
  polls: z.array(pollInputSchema).max(50).default([]),
});
export type EventInput = z.infer<typeof eventInputSchema>;

/** A poll as the domain sees it, whatever stores it. */
export interface Poll {
  id: string;
  type: PollType;
  question: string;
  items: PollItem[];
  status: PollStatus;
  allowVoteChange: boolean;
  resultsVisible: boolean;
  showResultsToVoters: boolean;
  /** The countdown a moderator set, in seconds; null for none. */
  timerSeconds: number | null;
  /** ISO time at which an open poll with a countdown closes; null otherwise. */
  closesAt: string | null;
}

/**
 * Whether the poll takes votes at `now`: open, and its countdown (if any) not
 * run out. A vote that races the countdown is judged by the clock, not by
 * whether the timer that closes the poll has fired yet.
 */
export function isAcceptingVotes(poll: Pick<Poll, "status" | "closesAt">, now: Date): boolean {
  return poll.status === "open" && (poll.closesAt === null || now.getTime() < Date.parse(poll.closesAt));
}

export const rankingBallotSchema = z.object({
  type: z.literal("ranking"),
  /** Item ids, most preferred first. */
  ranking: z.array(z.string().min(1).max(64)).min(1).max(RANKING_MAX_ITEMS),
});

/** What an attendee submits. */
export const ballotSchema = z.discriminatedUnion("type", [rankingBallotSchema]);
export type Ballot = z.infer<typeof ballotSchema>;

export type BallotProblem = RankingBallotProblem | "wrong_poll_type";

export type BallotValidation =
  | { ok: true; ballot: Ballot }
  | { ok: false; reason: BallotProblem; itemId?: string };

/** Checks a ballot against the poll it is cast in; never throws. */
export function validateBallot(poll: Poll, ballot: Ballot): BallotValidation {
  if (ballot.type !== poll.type) return { ok: false, reason: "wrong_poll_type" };
  const checked = validateRankingBallot(poll.items, ballot.ranking);
  return checked.ok ? { ok: true, ballot: { type: "ranking", ranking: checked.ranking } } : checked;
}

export type PollResults = { type: "ranking" } & RankingResults;

/** Aggregates the stored ballots of a poll. Ballots of another type are skipped. */
export function tallyPoll(poll: Poll, ballots: readonly Ballot[]): PollResults {
  const rankings = ballots.filter((b) => b.type === "ranking").map((b) => b.ranking);
  return { type: "ranking", ...rankByBorda(poll.items, rankings) };
}
