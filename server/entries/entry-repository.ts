/** Entries (open answers, questions) and their upvotes in the database. The only module of server/entries that knows Prisma. */
import type { EntryStatus, TextEntry } from "@/lib/domain/entries/text-entry";
import type { Database } from "../db/client";

interface EntryRow {
  id: string;
  text: string;
  authorName: string | null;
  status: string;
  answered: boolean;
  upvotes: number;
  createdAt: Date;
}

const toEntry = (type: string, row: EntryRow): TextEntry => ({
  type,
  id: row.id,
  text: row.text,
  authorName: row.authorName,
  status: row.status as EntryStatus,
  answered: row.answered,
  upvotes: row.upvotes,
  createdAt: row.createdAt.toISOString(),
});

export interface UpvoteCommand {
  poll: { id: string; type: string };
  entryId: string;
  participantKey: string;
  up: boolean;
}

/** The entry after the upvote (changed: whether the upvote changed anything), or null for no approved entry of the poll. */
export type UpvoteOutcome = { entry: TextEntry; changed: boolean } | null;

export function createEntryRepository(db: Database) {
  return {
    async listEntries(poll: { id: string; type: string }): Promise<TextEntry[]> {
      const rows = await db.entry.findMany({ where: { pollId: poll.id }, orderBy: { createdAt: "asc" } });
      return rows.map((row) => toEntry(poll.type, row));
    },

    /** How many entries each of these phones sent to each of these polls, by "pollId/participantKey". */
    async countEntriesOf(pairs: readonly { pollId: string; participantKey: string }[]): Promise<Map<string, number>> {
      if (pairs.length === 0) return new Map();
      const rows = await db.entry.groupBy({
        by: ["pollId", "participantKey"],
        where: { pollId: { in: [...new Set(pairs.map((pair) => pair.pollId))] }, participantKey: { in: [...new Set(pairs.map((pair) => pair.participantKey))] } },
        _count: true,
      });
      return new Map(rows.map((row) => [`${row.pollId}/${row.participantKey}`, row._count]));
    },

    /** Entries by id, with their poll and who sent them (to recognise a retried entry). */
    async findEntries(entryIds: readonly string[]): Promise<Map<string, { pollId: string; participantKey: string; entry: TextEntry }>> {
      if (entryIds.length === 0) return new Map();
      const rows = await db.entry.findMany({ where: { id: { in: [...entryIds] } }, include: { poll: { select: { type: true } } } });
      return new Map(rows.map((row) => [row.id, { pollId: row.pollId, participantKey: row.participantKey, entry: toEntry(row.poll.type, row) }]));
    },

    /** A phone's own entries (newest first) and the entries it upvoted, in one poll. */
    async listOwn(args: { poll: { id: string; type: string }; participantKey: string }): Promise<{ entries: TextEntry[]; upvoted: string[] }> {
      const [rows, upvotes] = await Promise.all([
        db.entry.findMany({ where: { pollId: args.poll.id, participantKey: args.participantKey }, orderBy: { createdAt: "desc" } }),
        db.entryUpvote.findMany({
          where: { participantKey: args.participantKey, entry: { pollId: args.poll.id } },
          select: { entryId: true },
        }),
      ]);
      return { entries: rows.map((row) => toEntry(args.poll.type, row)), upvoted: upvotes.map((upvote) => upvote.entryId) };
    },

    /** Every entry of a poll with who sent it, and every upvote: what an export anonymises. */
    async listForExport(pollId: string): Promise<{
      entries: { participantKey: string; id: string; text: string; authorName: string | null }[];
      upvotes: { participantKey: string; entryId: string }[];
    }> {
      const [entries, upvotes] = await Promise.all([
        db.entry.findMany({ where: { pollId }, select: { id: true, participantKey: true, text: true, authorName: true }, orderBy: { createdAt: "asc" } }),
        db.entryUpvote.findMany({ where: { entry: { pollId } }, select: { entryId: true, participantKey: true } }),
      ]);
      return { entries, upvotes };
    },

    /** Stores new entries, each under the id its phone made, in one statement (one fsync for the batch). */
    async insertEntries(rows: readonly { pollId: string; participantKey: string; entry: TextEntry }[]): Promise<void> {
      if (rows.length === 0) return;
      await db.entry.createMany({
        data: rows.map(({ pollId, participantKey, entry }) => ({
          id: entry.id,
          pollId,
          participantKey,
          text: entry.text,
          authorName: entry.authorName,
          status: entry.status,
          createdAt: new Date(entry.createdAt),
        })),
      });
    },

    /** An entry with who sent it, or null. */
    async findEntry(args: { poll: { id: string; type: string }; entryId: string }): Promise<(TextEntry & { participantKey: string }) | null> {
      const row = await db.entry.findUnique({ where: { id: args.entryId } });
      return row && row.pollId === args.poll.id ? { ...toEntry(args.poll.type, row), participantKey: row.participantKey } : null;
    },

    async setState(args: { entryId: string; status: EntryStatus; answered: boolean }): Promise<void> {
      await db.entry.update({ where: { id: args.entryId }, data: { status: args.status, answered: args.answered } });
    },

    /**
     * Adds or takes back upvotes in one transaction (one fsync for the batch),
     * deciding each in order: at most one upvote per participant and entry,
     * only on approved entries of the command's poll. Answers each command
     * with the entry as it stands after it, or null for an entry that is not there to upvote.
     */
    async storeUpvoteBatch(commands: readonly UpvoteCommand[]): Promise<UpvoteOutcome[]> {
      if (commands.length === 0) return [];
      return db.$transaction(async (tx) => {
        const entryIds = [...new Set(commands.map((command) => command.entryId))];
        const rows = new Map((await tx.entry.findMany({ where: { id: { in: entryIds } } })).map((row) => [row.id, row]));
        const pair = (entryId: string, participantKey: string) => `${entryId}/${participantKey}`;
        const existing = await tx.entryUpvote.findMany({
          where: { entryId: { in: entryIds }, participantKey: { in: [...new Set(commands.map((command) => command.participantKey))] } },
          select: { entryId: true, participantKey: true },
        });
        const upvoted = new Set(existing.map((row) => pair(row.entryId, row.participantKey)));
        const added = new Map<string, { entryId: string; participantKey: string }>();
        const removed = new Map<string, { entryId: string; participantKey: string }>();
        const counts = new Map<string, number>();

        const outcomes = commands.map((command): UpvoteOutcome => {
          const row = rows.get(command.entryId);
          if (!row || row.pollId !== command.poll.id || row.status !== "approved") return null;
          const key = pair(command.entryId, command.participantKey);
          const before = counts.get(row.id) ?? row.upvotes;
          const changed = upvoted.has(key) !== command.up;
          if (changed) {
            const target = { entryId: command.entryId, participantKey: command.participantKey };
            if (command.up) {
              upvoted.add(key);
              if (!removed.delete(key)) added.set(key, target);
            } else {
              upvoted.delete(key);
              if (!added.delete(key)) removed.set(key, target);
            }
            counts.set(row.id, before + (command.up ? 1 : -1));
          }
          return { entry: toEntry(command.poll.type, { ...row, upvotes: counts.get(row.id) ?? before }), changed };
        });

        // A row another process added meanwhile fails the insert (its key is unique); one it removed fails the count below:
        // either way the batch rolls back and goes again one upvote at a time (votes/commit-or-split.ts).
        if (added.size > 0) await tx.entryUpvote.createMany({ data: [...added.values()] });
        if (removed.size > 0 && (await tx.entryUpvote.deleteMany({ where: { OR: [...removed.values()] } })).count !== removed.size) {
          throw new Error("an upvote was taken back by another process meanwhile");
        }
        // Counters move by this batch's difference, never to a value read before: other processes count too.
        const drift = new Map<string, number>();
        for (const [entryId, upvotes] of counts) {
          const difference = upvotes - (rows.get(entryId)?.upvotes ?? 0);
          const updated = await tx.entry.update({ where: { id: entryId }, data: { upvotes: { increment: difference } }, select: { upvotes: true } });
          drift.set(entryId, updated.upvotes - upvotes);
        }
        return outcomes.map((outcome) => {
          const offset = outcome ? (drift.get(outcome.entry.id) ?? 0) : 0;
          return outcome && offset !== 0 ? { ...outcome, entry: { ...outcome.entry, upvotes: outcome.entry.upvotes + offset } } : outcome;
        });
      });
    },

    async deleteEntries(pollId: string): Promise<void> {
      await db.entry.deleteMany({ where: { pollId } });
    },
  };
}

export type EntryRepository = ReturnType<typeof createEntryRepository>;
