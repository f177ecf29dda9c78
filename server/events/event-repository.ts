/** Events and polls in the database. The only module of server/events that knows Prisma. */
import { type Poll, type PollInput, type PollStatus, type PollType, parseModeration, parsePollConfig, pollConfigOf } from "@/lib/domain/poll";
import type { Database } from "../db/client";
import type { Prisma } from "../db/generated/client";

const pollWithItems = { items: { orderBy: { position: "asc" } } } satisfies Prisma.PollInclude;
type PollRow = Prisma.PollGetPayload<{ include: typeof pollWithItems }>;

export interface StoredPoll extends Poll {
  eventId: string;
  position: number;
  /** The moderator's decisions on the poll's content (kinds with moderation); null for other kinds. Never sent to the audience. */
  moderation: unknown;
  /** ISO time the moderator last moved on from this poll; null if it never was live or still is. */
  leftLiveAt: string | null;
}

export interface StoredEvent {
  id: string;
  code: string;
  title: string;
  livePollId: string | null;
  /** Retention counts from here. */
  createdAt: Date;
}

function toPoll(row: PollRow): StoredPoll {
  return {
    id: row.id,
    eventId: row.eventId,
    position: row.position,
    type: row.type as PollType,
    question: row.question,
    items: row.items.map((item) => ({ id: item.id, label: item.label })),
    config: parsePollConfig(row.type, JSON.parse(row.config)),
    status: row.status as PollStatus,
    allowVoteChange: row.allowVoteChange,
    resultsVisible: row.resultsVisible,
    showResultsToVoters: row.showResultsToVoters,
    timerSeconds: row.timerSeconds,
    closesAt: row.closesAt?.toISOString() ?? null,
    openedAt: row.openedAt?.toISOString() ?? null,
    answerRevealed: row.answerRevealed,
    moderation: parseModeration(row.type, JSON.parse(row.moderation)),
    leftLiveAt: row.leftLiveAt?.toISOString() ?? null,
  };
}

const eventFields = { id: true, code: true, title: true, livePollId: true, createdAt: true } satisfies Prisma.EventSelect;

function pollData(input: PollInput) {
  return {
    type: input.type,
    question: input.question,
    config: JSON.stringify(pollConfigOf(input)),
    allowVoteChange: input.allowVoteChange,
    showResultsToVoters: input.showResultsToVoters,
    timerSeconds: input.timerSeconds,
    items: { create: input.items.map((label, position) => ({ label, position })) },
  };
}

export function createEventRepository(db: Database) {
  return {
    async createEvent(args: {
      code: string;
      title: string;
      moderatorTokenHash: string;
      polls: PollInput[];
    }): Promise<StoredEvent> {
      return db.event.create({
        data: {
          code: args.code,
          title: args.title,
          moderatorTokenHash: args.moderatorTokenHash,
          polls: { create: args.polls.map((poll, position) => ({ position, ...pollData(poll) })) },
        },
        select: eventFields,
      });
    },

    /** Deletes events created before `before`, with everything of theirs (polls, ballots, the vote log, entries, roles, the audit log). */
    async deleteEventsCreatedBefore(before: Date): Promise<number> {
      const { count } = await db.event.deleteMany({ where: { createdAt: { lt: before } } });
      return count;
    },

    async isCodeTaken(code: string): Promise<boolean> {
      return (await db.event.count({ where: { code } })) > 0;
    },

    findEventByCode(code: string): Promise<StoredEvent | null> {
      return db.event.findUnique({ where: { code }, select: eventFields });
    },

    findEventById(id: string): Promise<StoredEvent | null> {
      return db.event.findUnique({ where: { id }, select: eventFields });
    },

    findEventByModeratorTokenHash(moderatorTokenHash: string): Promise<StoredEvent | null> {
      return db.event.findUnique({ where: { moderatorTokenHash }, select: eventFields });
    },

    /** A new hash replaces the link; null revokes it. */
    async setModeratorTokenHash(args: { eventId: string; moderatorTokenHash: string | null }): Promise<void> {
      await db.event.update({
        where: { id: args.eventId },
        data: { moderatorTokenHash: args.moderatorTokenHash },
      });
    },

    async updateEventTitle(args: { eventId: string; title: string }): Promise<StoredEvent> {
      return db.event.update({ where: { id: args.eventId }, data: { title: args.title }, select: eventFields });
    },

    /** Puts a poll on screen (or none); the poll it replaces remembers when, for votes still on their way. */
    async setLivePoll(args: { eventId: string; pollId: string | null; at: Date }): Promise<void> {
      await db.$transaction([
        db.poll.updateMany({
          where: { liveIn: { is: { id: args.eventId } }, ...(args.pollId ? { NOT: { id: args.pollId } } : {}) },
          data: { leftLiveAt: args.at },
        }),
        db.event.update({ where: { id: args.eventId }, data: { livePollId: args.pollId } }),
      ]);
    },

    async listPolls(eventId: string): Promise<StoredPoll[]> {
      const rows = await db.poll.findMany({
        where: { eventId },
        include: pollWithItems,
        orderBy: { position: "asc" },
      });
      return rows.map(toPoll);
    },

    async findPoll(pollId: string): Promise<StoredPoll | null> {
      const row = await db.poll.findUnique({ where: { id: pollId }, include: pollWithItems });
      return row ? toPoll(row) : null;
    },

    async appendPoll(args: { eventId: string; input: PollInput }): Promise<StoredPoll> {
      return db.$transaction(async (tx) => {
        const last = await tx.poll.aggregate({ where: { eventId: args.eventId }, _max: { position: true } });
        const row = await tx.poll.create({
          data: { eventId: args.eventId, position: (last._max.position ?? -1) + 1, ...pollData(args.input) },
          include: pollWithItems,
        });
        return toPoll(row);
      });
    },

    /** Replaces question and settings; items are replaced only when `replaceItems` is set. */
    async updatePoll(args: { pollId: string; input: PollInput; replaceItems: boolean }): Promise<void> {
      const { items, ...fields } = pollData(args.input);
      await db.$transaction(async (tx) => {
        if (args.replaceItems) await tx.pollItem.deleteMany({ where: { pollId: args.pollId } });
        await tx.poll.update({
          where: { id: args.pollId },
          data: args.replaceItems ? { ...fields, items } : fields,
        });
      });
    },

    /** Changes the given fields of a poll's state; `closesAt: null` clears a countdown. */
    async setPollState(args: {
      pollId: string;
      status?: PollStatus;
      resultsVisible?: boolean;
      closesAt?: Date | null;
      openedAt?: Date;
      answerRevealed?: boolean;
      moderation?: unknown;
    }): Promise<void> {
      const { pollId, moderation, ...state } = args;
      await db.poll.update({
        where: { id: pollId },
        data: moderation === undefined ? state : { ...state, moderation: JSON.stringify(moderation) },
      });
    },

    /** Open polls whose countdown is running, for re-arming their timers after a restart. */
    async listCountdowns(): Promise<{ pollId: string; eventId: string; closesAt: Date }[]> {
      const rows = await db.poll.findMany({
        where: { status: "open", closesAt: { not: null } },
        select: { id: true, eventId: true, closesAt: true },
      });
      return rows.flatMap((row) => (row.closesAt ? [{ pollId: row.id, eventId: row.eventId, closesAt: row.closesAt }] : []));
    },

    /** Deletes a poll and closes the gap it leaves in the order. */
    async deletePoll(pollId: string): Promise<void> {
      await db.$transaction(async (tx) => {
        const poll = await tx.poll.delete({ where: { id: pollId } });
        await tx.poll.updateMany({
          where: { eventId: poll.eventId, position: { gt: poll.position } },
          data: { position: { decrement: 1 } },
        });
      });
    },

    /** Sets the order of an event's polls; `pollIds` must be exactly its polls. */
    async reorderPolls(args: { eventId: string; pollIds: string[] }): Promise<void> {
      await db.$transaction(
        args.pollIds.map((id, position) =>
          db.poll.update({ where: { id, eventId: args.eventId }, data: { position } }),
        ),
      );
    },
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
