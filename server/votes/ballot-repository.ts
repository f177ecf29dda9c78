/** Votes and ballots in the database. The only module of server/votes that knows Prisma. */
import { type Ballot, ballotSchema } from "@/lib/domain/poll";
import type { Database } from "../db/client";

export interface StoredVote {
  pollId: string;
  participantKey: string;
  ballot: Ballot;
  storedAt: Date;
}

export type StoreVoteOutcome =
  | { kind: "stored"; storedAt: Date }
  /** A vote with this id exists already; it is returned unchanged. */
  | { kind: "duplicate"; vote: StoredVote }
  /** The participant has a ballot and `mayReplace` was false; nothing was written. */
  | { kind: "ballot-exists" };

function parseBallot(payload: string): Ballot | null {
  const parsed = ballotSchema.safeParse(JSON.parse(payload));
  return parsed.success ? parsed.data : null;
}

function toStoredVote(row: { pollId: string; participantKey: string; payload: string; createdAt: Date }): StoredVote | null {
  const ballot = parseBallot(row.payload);
  return ballot && { pollId: row.pollId, participantKey: row.participantKey, ballot, storedAt: row.createdAt };
}

export function createBallotRepository(db: Database) {
  return {
    /**
     * Stores a vote and makes it the participant's ballot, atomically: the vote
     * log and the ballot change together or not at all.
     */
    async storeVote(args: {
      voteId: string;
      pollId: string;
      participantKey: string;
      ballot: Ballot;
      mayReplace: boolean;
    }): Promise<StoreVoteOutcome> {
      const payload = JSON.stringify(args.ballot);
      return db.$transaction(async (tx): Promise<StoreVoteOutcome> => {
        const earlierRow = await tx.vote.findUnique({ where: { id: args.voteId } });
        const earlier = earlierRow && toStoredVote(earlierRow);
        if (earlier) return { kind: "duplicate", vote: earlier };
        const key = { pollId_participantKey: { pollId: args.pollId, participantKey: args.participantKey } };
        if (!args.mayReplace && (await tx.ballot.findUnique({ where: key, select: { id: true } }))) {
          return { kind: "ballot-exists" };
        }
        const vote = await tx.vote.create({
          data: { id: args.voteId, pollId: args.pollId, participantKey: args.participantKey, payload },
        });
        await tx.ballot.upsert({
          where: key,
          create: { pollId: args.pollId, participantKey: args.participantKey, payload, voteId: args.voteId },
          update: { payload, voteId: args.voteId },
        });
        return { kind: "stored", storedAt: vote.createdAt };
      });
    },

    async findVote(voteId: string): Promise<StoredVote | null> {
      const row = await db.vote.findUnique({ where: { id: voteId } });
      return row && toStoredVote(row);
    },

    async findBallot(args: { pollId: string; participantKey: string }): Promise<Ballot | null> {
      const row = await db.ballot.findUnique({
        where: { pollId_participantKey: args },
        select: { payload: true },
      });
      return row ? parseBallot(row.payload) : null;
    },

    /** Every ballot of a poll with the participant who cast it. */
    async listBallots(pollId: string): Promise<{ participantKey: string; ballot: Ballot }[]> {
      const rows = await db.ballot.findMany({ where: { pollId }, select: { payload: true, participantKey: true } });
      return rows.flatMap((row) => {
        const ballot = parseBallot(row.payload);
        return ballot ? [{ participantKey: row.participantKey, ballot }] : [];
      });
    },

    async countBallots(pollId: string): Promise<number> {
      return db.ballot.count({ where: { pollId } });
    },

    /** Deletes a poll's ballots and its vote log. */
    async deleteVotes(pollId: string): Promise<void> {
      await db.$transaction([
        db.ballot.deleteMany({ where: { pollId } }),
        db.vote.deleteMany({ where: { pollId } }),
      ]);
    },
  };
}

export type BallotRepository = ReturnType<typeof createBallotRepository>;
