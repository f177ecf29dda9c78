/** Casting votes: the one path by which a ballot is stored. */
import { AppError } from "@/lib/domain/errors";
import { type Ballot, isTakingVotes, validateBallot } from "@/lib/domain/poll";
import type { VoteReceipt } from "@/lib/realtime/contract";
import type { EventRepository } from "../events/event-repository";
import type { ResultsProjection } from "../results/projection";
import type { BallotRepository } from "./ballot-repository";
import type { VoteWriter } from "./vote-writer";

export interface RecordedVote {
  receipt: VoteReceipt;
  eventId: string;
  /** False when the vote was a repeat of one already stored: no tally changed. */
  changedBallot: boolean;
}

const sameBallot = (a: Ballot, b: Ballot) => JSON.stringify(a) === JSON.stringify(b);

export function createVoteService(deps: {
  events: Pick<EventRepository, "findPoll" | "findEventById">;
  ballots: Pick<BallotRepository, "findVote">;
  writer: Pick<VoteWriter, "write">;
  projection: Pick<ResultsProjection, "ballotOf">;
  /** The clock a countdown is judged by. */
  now: () => Date;
}) {
  const { events, ballots, writer, projection, now } = deps;

  return {
    /**
     * Validates and stores a vote; resolves only once it is durably stored.
     * Idempotent: a second vote with the same id from the same participant
     * returns the first receipt and changes nothing; the same id with another
     * ballot or participant is VOTE_ID_CONFLICT.
     */
    async recordVote(args: {
      participantKey: string;
      eventId: string;
      pollId: string;
      voteId: string;
      ballot: Ballot;
    }): Promise<RecordedVote> {
      const [poll, event] = await Promise.all([events.findPoll(args.pollId), events.findEventById(args.eventId)]);
      if (!poll || !event || poll.eventId !== args.eventId) throw new AppError("POLL_NOT_FOUND");

      const receiptFor = (ballot: Ballot, storedAt: Date): VoteReceipt => ({
        pollId: poll.id,
        voteId: args.voteId,
        ballot,
        storedAt: storedAt.toISOString(),
      });

      const receivedAt = now();
      if (!isTakingVotes(poll, event, receivedAt)) {
        // A retry of a vote that was stored before the poll closed still gets its receipt.
        const earlier = await ballots.findVote(args.voteId);
        const isRetry =
          earlier?.pollId === poll.id &&
          earlier.participantKey === args.participantKey &&
          sameBallot(earlier.ballot, args.ballot);
        if (earlier && isRetry) {
          return { receipt: receiptFor(earlier.ballot, earlier.storedAt), eventId: poll.eventId, changedBallot: false };
        }
        throw new AppError("POLL_NOT_OPEN");
      }

      const checked = validateBallot(poll, args.ballot);
      if (!checked.ok) throw new AppError("INVALID_BALLOT", checked.reason);

      const outcome = await writer.write({
        voteId: args.voteId,
        pollId: poll.id,
        participantKey: args.participantKey,
        ballot: checked.ballot,
        mayReplace: poll.allowVoteChange,
        receivedAt,
      });
      switch (outcome.kind) {
        case "stored":
          return { receipt: receiptFor(checked.ballot, outcome.storedAt), eventId: poll.eventId, changedBallot: true };
        case "ballot-exists":
          throw new AppError("VOTE_CHANGE_NOT_ALLOWED");
        case "duplicate": {
          const { vote } = outcome;
          const sameVote =
            vote.pollId === poll.id && vote.participantKey === args.participantKey && sameBallot(vote.ballot, checked.ballot);
          if (!sameVote) throw new AppError("VOTE_ID_CONFLICT");
          return { receipt: receiptFor(vote.ballot, vote.storedAt), eventId: poll.eventId, changedBallot: false };
        }
      }
    },

    async findOwnBallot(args: { participantKey: string; eventId: string; pollId: string }): Promise<Ballot | null> {
      const [poll, event] = await Promise.all([events.findPoll(args.pollId), events.findEventById(args.eventId)]);
      if (!poll || !event || poll.eventId !== args.eventId) throw new AppError("POLL_NOT_FOUND");
      return projection.ballotOf(poll.id, args.participantKey);
    },
  };
}

export type VoteService = ReturnType<typeof createVoteService>;
