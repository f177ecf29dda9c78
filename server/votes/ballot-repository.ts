/** Votes and ballots in the database. The only module of server/votes that knows Prisma. */
import { randomUUID } from "node:crypto";
import { type Ballot, ballotSchema } from "@/lib/domain/poll";
import { type Database, dialectOf } from "../db/client";
import { Prisma } from "../db/generated/client";

export interface StoredVote {
  pollId: string;
  participantKey: string;
  ballot: Ballot;
  storedAt: Date;
}

export interface VoteCommand {
  voteId: string;
  pollId: string;
  participantKey: string;
  ballot: Ballot;
  /** Whether the participant's existing ballot may be replaced (the poll allows vote changes). */
  mayReplace: boolean;
  /** When the server received the vote; becomes the ballot's answer time (a quiz's speed is measured by it). */
  receivedAt: Date;
}

/** Rows per multi-row upsert: 7 parameters each stays far below SQLite's 32,766. */
const UPSERT_CHUNK = 200;

/** DateTime as Prisma writes it to SQLite, so raw and Prisma-written rows read back alike; PostgreSQL takes the Date. */
const timestampFor = (db: Database) => (date: Date) => (dialectOf(db) === "sqlite" ? date.toISOString().replace("Z", "+00:00") : date);

/**
 * Another process stored a first ballot for the same participant and poll
 * between this batch's check and its write (PostgreSQL with several servers).
 * The batch rolls back and goes again one vote at a time, which then sees that ballot.
 */
export class BallotRaceError extends Error {
  constructor() {
    super("a ballot that may not change was stored by another process meanwhile");
  }
}

type BallotRow = { pollId: string; participantKey: string; payload: string; voteId: string; receivedAt: Date; mayReplace: boolean };

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
  const timestamp = timestampFor(db);

  /** One multi-row upsert, in whichever SQL the database speaks (Prisma.sql writes the placeholders). */
  function upsertBallots(rows: BallotRow[], onConflict: "replace" | "keep"): Prisma.Sql {
    const values = Prisma.join(
      rows.map((row) => {
        const stamp = timestamp(row.receivedAt);
        return Prisma.sql`(${randomUUID()}, ${row.pollId}, ${row.participantKey}, ${row.payload}, ${row.voteId}, ${stamp}, ${stamp})`;
      }),
    );
    const conflict =
      onConflict === "replace"
        ? Prisma.sql`DO UPDATE SET payload = excluded.payload, vote_id = excluded.vote_id, updated_at = excluded.updated_at`
        : Prisma.sql`DO NOTHING`;
    return Prisma.sql`INSERT INTO ballots (id, poll_id, participant_key, payload, vote_id, created_at, updated_at) VALUES ${values} ON CONFLICT (poll_id, participant_key) ${conflict}`;
  }

  return {
    /**
     * Stores a batch of votes in one transaction (one fsync), deciding each in
     * order: a known vote id is a duplicate (also when repeated within the
     * batch); a participant who has a ballot on a poll that allows no change
     * gets `ballot-exists` (also for a second first vote within the batch);
     * anything else is stored and becomes the participant's ballot. The vote
     * log and the ballots change together or not at all.
     */
    async storeVoteBatch(commands: readonly VoteCommand[]): Promise<StoreVoteOutcome[]> {
      if (commands.length === 0) return [];
      try {
        return await db.$transaction(async (tx) => {
        const earlier = new Map<string, StoredVote>();
        const ids = [...new Set(commands.map((command) => command.voteId))];
        for (const row of await tx.vote.findMany({ where: { id: { in: ids } } })) {
          const vote = toStoredVote(row);
          if (vote) earlier.set(row.id, vote);
        }
        const keyOf = (command: { pollId: string; participantKey: string }) => `${command.pollId}\n${command.participantKey}`;
        const unchangeable = commands.filter((command) => !command.mayReplace);
        const hasBallot = new Set(
          unchangeable.length === 0
            ? []
            : (
                await tx.ballot.findMany({
                  where: { OR: unchangeable.map(({ pollId, participantKey }) => ({ pollId, participantKey })) },
                  select: { pollId: true, participantKey: true },
                })
              ).map(keyOf),
        );

        const storedAt = new Date();
        const votes: { id: string; pollId: string; participantKey: string; payload: string; createdAt: Date }[] = [];
        const ballots = new Map<string, BallotRow>();
        const outcomes = commands.map((command): StoreVoteOutcome => {
          const prior = earlier.get(command.voteId);
          if (prior) return { kind: "duplicate", vote: prior };
          const key = keyOf(command);
          if (!command.mayReplace && hasBallot.has(key)) return { kind: "ballot-exists" };
          const payload = JSON.stringify(command.ballot);
          votes.push({ id: command.voteId, pollId: command.pollId, participantKey: command.participantKey, payload, createdAt: storedAt });
          // The last vote of a participant in the batch is the ballot.
          ballots.set(key, {
            pollId: command.pollId,
            participantKey: command.participantKey,
            payload,
            voteId: command.voteId,
            receivedAt: command.receivedAt,
            mayReplace: command.mayReplace,
          });
          hasBallot.add(key);
          earlier.set(command.voteId, { pollId: command.pollId, participantKey: command.participantKey, ballot: command.ballot, storedAt });
          return { kind: "stored", storedAt };
        });

        if (votes.length > 0) await tx.vote.createMany({ data: votes });
        const rows = [...ballots.values()];
        for (let start = 0; start < rows.length; start += UPSERT_CHUNK) {
          const chunk = rows.slice(start, start + UPSERT_CHUNK);
          const replaceable = chunk.filter((row) => row.mayReplace);
          const firstOnly = chunk.filter((row) => !row.mayReplace);
          if (replaceable.length > 0) await tx.$executeRaw(upsertBallots(replaceable, "replace"));
          // A ballot that may not change is only ever inserted: if another process got there first, nothing is written.
          if (firstOnly.length > 0 && (await tx.$executeRaw(upsertBallots(firstOnly, "keep"))) < firstOnly.length) throw new BallotRaceError();
        }
        return outcomes;
        });
      } catch (error) {
        // Alone in its batch, a vote that lost the race to a first ballot is simply too late.
        if (error instanceof BallotRaceError && commands.length === 1) return [{ kind: "ballot-exists" }];
        throw error;
      }
    },

    async findVote(voteId: string): Promise<StoredVote | null> {
      const row = await db.vote.findUnique({ where: { id: voteId } });
      return row && toStoredVote(row);
    },

    /** Every ballot of a poll with the participant who cast it. */
    async listBallots(pollId: string): Promise<{ participantKey: string; ballot: Ballot }[]> {
      const rows = await db.ballot.findMany({ where: { pollId }, select: { payload: true, participantKey: true } });
      return rows.flatMap((row) => {
        const ballot = parseBallot(row.payload);
        return ballot ? [{ participantKey: row.participantKey, ballot }] : [];
      });
    },

    /** Every ballot of the given polls with when its vote arrived (for a quiz's speed bonus). */
    async listTimedBallots(pollIds: string[]): Promise<{ pollId: string; participantKey: string; ballot: Ballot; answeredAt: Date }[]> {
      if (pollIds.length === 0) return [];
      const rows = await db.ballot.findMany({
        where: { pollId: { in: pollIds } },
        select: { pollId: true, participantKey: true, payload: true, updatedAt: true },
      });
      return rows.flatMap((row) => {
        const ballot = parseBallot(row.payload);
        return ballot ? [{ pollId: row.pollId, participantKey: row.participantKey, ballot, answeredAt: row.updatedAt }] : [];
      });
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
