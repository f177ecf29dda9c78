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

export function createEntryRepository(db: Database) {
  return {
    async listEntries(poll: { id: string; type: string }): Promise<TextEntry[]> {
      const rows = await db.entry.findMany({ where: { pollId: poll.id }, orderBy: { createdAt: "asc" } });
      return rows.map((row) => toEntry(poll.type, row));
    },

    async countEntriesOf(args: { pollId: string; participantKey: string }): Promise<number> {
      return db.entry.count({ where: args });
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

    /** Stores a new entry under the id the phone made for it. */
    async insertEntry(args: {
      id: string;
      poll: { id: string; type: string };
      participantKey: string;
      text: string;
      authorName: string | null;
      status: EntryStatus;
      createdAt: Date;
    }): Promise<TextEntry> {
      const row = await db.entry.create({
        data: {
          id: args.id,
          pollId: args.poll.id,
          participantKey: args.participantKey,
          text: args.text,
          authorName: args.authorName,
          status: args.status,
          createdAt: args.createdAt,
        },
      });
      return toEntry(args.poll.type, row);
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
     * Adds or takes back one participant's upvote, at most one each. Returns
     * the entry's upvotes after it, or null when nothing changed (already
     * upvoted, or nothing to take back).
     */
    async setUpvote(args: { entryId: string; participantKey: string; up: boolean }): Promise<number | null> {
      const key = { entryId: args.entryId, participantKey: args.participantKey };
      return db.$transaction(async (tx) => {
        const existing = await tx.entryUpvote.findUnique({ where: { entryId_participantKey: key } });
        if (Boolean(existing) === args.up) return null;
        if (args.up) await tx.entryUpvote.create({ data: key });
        else await tx.entryUpvote.delete({ where: { entryId_participantKey: key } });
        const entry = await tx.entry.update({
          where: { id: args.entryId },
          data: { upvotes: args.up ? { increment: 1 } : { decrement: 1 } },
          select: { upvotes: true },
        });
        return entry.upvotes;
      });
    },

    async deleteEntries(pollId: string): Promise<void> {
      await db.entry.deleteMany({ where: { pollId } });
    },
  };
}

export type EntryRepository = ReturnType<typeof createEntryRepository>;
