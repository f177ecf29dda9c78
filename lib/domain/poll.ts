/**
 * Polls as the domain sees them, whatever their kind: statuses, the event
 * input, and when a poll takes votes. Kind-specific rules live in
 * poll-kinds/; this module re-exports the registry's dispatchers so callers
 * have one place to import from.
 */

import { cleanedText, type PollItem } from "./poll-kinds/common";
import { type PollConfig, type PollType, pollInputSchema, runsAlongside } from "./poll-kinds/registry";
import { z } from "./zod";

export {
  cleanedText,
  DUPLICATE_ITEMS_MESSAGE,
  ITEM_LABEL_MAX_LENGTH,
  type PollItem,
  QUESTION_MAX_LENGTH,
  TIMER_MAX_SECONDS,
  TIMER_MIN_SECONDS,
} from "./poll-kinds/common";
export {
  applyModeration,
  audienceConfig,
  awaitingReview,
  type Ballot,
  type BallotProblem,
  type BallotValidation,
  ballotSchema,
  collectsEntries,
  countdownSecondsOf,
  countingRulesOf,
  createPollAggregate,
  entryRulesOf,
  followsOverTime,
  hasAnswerToReveal,
  type ModerationAction,
  moderationActionSchema,
  POLL_TYPES,
  type PollConfig,
  type PollInput,
  type PollResults,
  type PollType,
  parseModeration,
  parsePollConfig,
  pollConfigOf,
  pollInputSchema,
  type Response,
  resultsForViewer,
  runsAlongside,
  seriesResultOf,
  tabulateResults,
  tallyPoll,
  validateBallot,
} from "./poll-kinds/registry";

/** draft: being prepared; open: accepting votes; closed: votes kept, no new ones. */
export const POLL_STATUSES = ["draft", "open", "closed"] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

export const EVENT_TITLE_MAX_LENGTH = 120;

export const eventInputSchema = z.object({
  title: cleanedText(EVENT_TITLE_MAX_LENGTH),
  polls: z.array(pollInputSchema).max(50).default([]),
});
export type EventInput = z.infer<typeof eventInputSchema>;

/** A poll as the domain sees it, whatever stores it. */
export interface Poll {
  id: string;
  type: PollType;
  question: string;
  items: PollItem[];
  /** The settings of the poll's kind. */
  config: PollConfig;
  status: PollStatus;
  allowVoteChange: boolean;
  resultsVisible: boolean;
  showResultsToVoters: boolean;
  /** The countdown a moderator set, in seconds; null for none. */
  timerSeconds: number | null;
  /** ISO time at which an open poll with a countdown closes; null otherwise. */
  closesAt: string | null;
  /** ISO time voting last opened; null for a poll never opened. A quiz's speed is measured from it. */
  openedAt: string | null;
  /** Kinds with a correct answer (a quiz): whether the moderator has revealed it. */
  answerRevealed: boolean;
}

/**
 * Whether the poll takes votes at `now`: open, and its countdown (if any) not
 * run out. A vote that races the countdown is judged by the clock, not by
 * whether the timer that closes the poll has fired yet.
 */
export function isAcceptingVotes(poll: Pick<Poll, "status" | "closesAt">, now: Date): boolean {
  return poll.status === "open" && (poll.closesAt === null || now.getTime() < Date.parse(poll.closesAt));
}

/** How long a poll the moderator moved on from still takes votes: one sent over a weak connection just before the move counts. */
export const LATE_VOTE_GRACE_MS = 2 * 60_000;

/**
 * Whether the poll takes a vote of its event's audience at `now`: accepting
 * votes, and on screen. A poll that runs alongside (a Q&A) needs no screen;
 * one the moderator has just moved on from takes votes for LATE_VOTE_GRACE_MS
 * more. A draft, or a poll opened ahead of its turn, takes none.
 */
export function isTakingVotes(
  poll: Pick<Poll, "id" | "type" | "status" | "closesAt"> & { leftLiveAt: string | null },
  event: { livePollId: string | null },
  now: Date,
): boolean {
  if (!isAcceptingVotes(poll, now)) return false;
  if (poll.id === event.livePollId || runsAlongside(poll)) return true;
  return poll.leftLiveAt !== null && now.getTime() - Date.parse(poll.leftLiveAt) < LATE_VOTE_GRACE_MS;
}
