/**
 * Use cases of events and polls: creating them, moderating them, reading their
 * state and results. Combines the repositories with the domain core; knows no transport.
 */
import { randomInt } from "node:crypto";
import { AppError } from "@/lib/domain/errors";
import { createJoinCode, normalizeJoinCode } from "@/lib/domain/join-code";
import {
  applyModeration,
  countdownSecondsOf,
  type EventInput,
  hasAnswerToReveal,
  type ModerationAction,
  type PollInput,
  type PollResults,
  type PollStatus,
  pollConfigOf,
  runsAlongside,
  tallyPoll,
} from "@/lib/domain/poll";
import type { EntryRepository } from "../entries/entry-repository";
import type { ResultsProjection } from "../results/projection";
import { deletionDateOf } from "../retention/retention";
import { createSecretToken, hashSecretToken } from "../security/secret-token";
import type { BallotRepository } from "../votes/ballot-repository";
import type { VoteWriter } from "../votes/vote-writer";
import type { EventRepository, StoredEvent, StoredPoll } from "./event-repository";

export interface CreatedEvent {
  event: StoredEvent;
  /** Shown once; only its hash is stored. */
  moderatorToken: string;
}

export interface PollWithResults {
  poll: StoredPoll;
  results: PollResults;
}

export interface LiveState {
  event: StoredEvent;
  /** When retention deletes the event with everything in it. */
  deletesOn: Date;
  livePoll: StoredPoll | null;
  /** The event's first open poll of a kind that runs alongside (a Q&A): phones offer it beside the live poll. */
  qaPoll: StoredPoll | null;
}

export interface EventOverview {
  event: StoredEvent;
  deletesOn: Date;
  polls: PollWithResults[];
}

export function createEventService(deps: {
  events: EventRepository;
  ballots: Pick<BallotRepository, "deleteVotes">;
  entries: Pick<EntryRepository, "deleteEntries">;
  projection: Pick<ResultsProjection, "view" | "invalidate">;
  writer: Pick<VoteWriter, "exclusive">;
  /** The clock countdowns are measured by; tests move it. */
  now: () => Date;
  /** RETENTION_DAYS: how long an event lives after it was created. */
  retentionDays: number;
}) {
  const { events, ballots, entries, projection, writer, now: clock } = deps;

  async function findUnusedJoinCode(): Promise<string> {
    // 31^6 ≈ 887 million codes: a clash is rare, ten in a row is a bug.
    for (let attempt = 0; attempt < 10; attempt++) {
      const code = createJoinCode(randomInt);
      if (!(await events.isCodeTaken(code))) return code;
    }
    throw new Error("Could not find an unused join code");
  }

  async function requireEvent(eventId: string): Promise<StoredEvent> {
    const event = await events.findEventById(eventId);
    if (!event) throw new AppError("EVENT_NOT_FOUND");
    return event;
  }

  /** The poll, if it belongs to the event; POLL_NOT_FOUND otherwise, so ids of other events reveal nothing. */
  async function requirePollOfEvent(eventId: string, pollId: string): Promise<StoredPoll> {
    const poll = await events.findPoll(pollId);
    if (!poll || poll.eventId !== eventId) throw new AppError("POLL_NOT_FOUND");
    return poll;
  }

  async function findOpenQa(eventId: string): Promise<StoredPoll | null> {
    return (await events.listPolls(eventId)).find((poll) => runsAlongside(poll) && poll.status === "open") ?? null;
  }

  /** The poll's results from the projection in memory. */
  async function tally(poll: StoredPoll): Promise<PollResults> {
    const view = await projection.view(poll.id);
    return view?.results ?? tallyPoll(poll, []);
  }

  return {
    tally,
    findPoll: (pollId: string) => events.findPoll(pollId),

    async createEvent(input: EventInput & { code?: string }): Promise<CreatedEvent> {
      const moderatorToken = createSecretToken();
      const event = await events.createEvent({
        code: input.code ?? (await findUnusedJoinCode()),
        title: input.title,
        moderatorTokenHash: hashSecretToken(moderatorToken),
        polls: input.polls,
      });
      return { event, moderatorToken };
    },

    /** Issues a new moderator link for an event; the old one stops working. */
    async rotateModeratorToken(eventId: string): Promise<string> {
      const moderatorToken = createSecretToken();
      await events.setModeratorTokenHash({ eventId, moderatorTokenHash: hashSecretToken(moderatorToken) });
      return moderatorToken;
    },

    async findEventByCode(rawCode: string): Promise<StoredEvent> {
      const code = normalizeJoinCode(rawCode);
      const event = code ? await events.findEventByCode(code) : null;
      if (!event) throw new AppError("EVENT_NOT_FOUND");
      return event;
    },

    /** The event a moderator token opens; FORBIDDEN for a missing or forged token. */
    async authorizeModerator(token: string): Promise<StoredEvent> {
      const event = await events.findEventByModeratorTokenHash(hashSecretToken(token));
      if (!event) throw new AppError("FORBIDDEN");
      return event;
    },

    /** The id of the poll the event shows, or null; one indexed read, for the hot path of result updates. */
    async findLivePollId(eventId: string): Promise<string | null> {
      return (await events.findEventById(eventId))?.livePollId ?? null;
    },

    /** The event, the poll it shows and its open Q&A, if any. */
    async getLiveState(eventId: string): Promise<LiveState> {
      const event = await requireEvent(eventId);
      const livePoll = event.livePollId ? await events.findPoll(event.livePollId) : null;
      return { event, deletesOn: deletionDateOf(event.createdAt, deps.retentionDays), livePoll, qaPoll: await findOpenQa(eventId) };
    },

    findOpenQa,

    /** The event with every poll and its results, in the event's order (what moderators and the HTTP API show). */
    async getEventOverview(eventId: string): Promise<EventOverview> {
      const event = await requireEvent(eventId);
      const polls = await events.listPolls(eventId);
      return { event, deletesOn: deletionDateOf(event.createdAt, deps.retentionDays), polls: await Promise.all(polls.map(async (poll) => ({ poll, results: await tally(poll) }))) };
    },

    async updateTitle(args: { eventId: string; title: string }): Promise<StoredEvent> {
      return events.updateEventTitle(args);
    },

    async addPoll(args: { eventId: string; input: PollInput }): Promise<StoredPoll> {
      return events.appendPoll(args);
    },

    /**
     * Changes a poll. Its kind, items and kind settings may only change while
     * it has no ballots or entries, since those were judged by them:
     * POLL_HAS_BALLOTS otherwise. The question and common settings may always change.
     */
    async updatePoll(args: { eventId: string; pollId: string; input: PollInput }): Promise<void> {
      const poll = await requirePollOfEvent(args.eventId, args.pollId);
      const itemsChanged =
        poll.type !== args.input.type ||
        poll.items.length !== args.input.items.length ||
        poll.items.some((item, i) => item.label !== args.input.items[i]);
      const shapeChanged = itemsChanged || JSON.stringify(poll.config) !== JSON.stringify(pollConfigOf(args.input));
      if (shapeChanged && (await tally(poll)).ballotCount > 0) throw new AppError("POLL_HAS_BALLOTS");
      await events.updatePoll({ pollId: poll.id, input: args.input, replaceItems: itemsChanged });
      if (shapeChanged) projection.invalidate(poll.id);
    },

    async deletePoll(args: { eventId: string; pollId: string }): Promise<void> {
      await requirePollOfEvent(args.eventId, args.pollId);
      await events.deletePoll(args.pollId);
      projection.invalidate(args.pollId);
    },

    /** `pollIds` must list each of the event's polls exactly once. */
    async reorderPolls(args: { eventId: string; pollIds: string[] }): Promise<void> {
      const current = (await events.listPolls(args.eventId)).map((p) => p.id);
      const proposed = new Set(args.pollIds);
      if (proposed.size !== current.length || args.pollIds.length !== current.length || current.some((id) => !proposed.has(id))) {
        throw new AppError("INVALID_PAYLOAD", "pollIds must list every poll of the event once");
      }
      await events.reorderPolls(args);
    },

    /** Shows a poll on every phone and projector of the event, or none (null). */
    async goLive(args: { eventId: string; pollId: string | null }): Promise<void> {
      if (args.pollId) await requirePollOfEvent(args.eventId, args.pollId);
      await events.setLivePoll({ ...args, at: clock() });
    },

    /**
     * Opens or closes voting. Opening a poll with a countdown starts it afresh
     * and returns when it runs out, so the caller can arm a timer; closing clears it.
     */
    async setStatus(args: {
      eventId: string;
      pollId: string;
      status: Exclude<PollStatus, "draft">;
    }): Promise<{ closesAt: Date | null }> {
      const poll = await requirePollOfEvent(args.eventId, args.pollId);
      const now = clock();
      if (args.status === "closed") {
        await events.setPollState({ pollId: args.pollId, status: "closed", closesAt: null });
        return { closesAt: null };
      }
      const seconds = countdownSecondsOf(poll);
      const closesAt = seconds === null ? null : new Date(now.getTime() + seconds * 1000);
      // Opening (again) starts afresh: a quiz question's answer is a secret until revealed anew.
      await events.setPollState({ pollId: args.pollId, status: "open", closesAt, openedAt: now, answerRevealed: false });
      return { closesAt };
    },

    /**
     * Closes the poll if its countdown has run out: "closed"; "early" with the
     * deadline when it has not (a timer may fire a millisecond before the wall
     * clock reaches it); "none" when it was closed, reopened without a
     * countdown, or deleted meanwhile.
     */
    async closeExpiredPoll(args: { pollId: string }): Promise<{ outcome: "closed" | "none" } | { outcome: "early"; closesAt: Date }> {
      const poll = await events.findPoll(args.pollId);
      if (poll?.status !== "open" || poll.closesAt === null) return { outcome: "none" };
      const closesAt = new Date(poll.closesAt);
      if (closesAt.getTime() > clock().getTime()) return { outcome: "early", closesAt };
      await events.setPollState({ pollId: poll.id, status: "closed", closesAt: null });
      return { outcome: "closed" };
    },

    listCountdowns: () => events.listCountdowns(),

    /** The clock countdowns are measured by. */
    now: clock,

    async setResultsVisible(args: { eventId: string; pollId: string; visible: boolean }): Promise<void> {
      await requirePollOfEvent(args.eventId, args.pollId);
      await events.setPollState({ pollId: args.pollId, resultsVisible: args.visible });
    },

    /**
     * Shows or hides a quiz's correct answer to the audience. Revealing closes
     * voting first, so nobody answers after seeing it. INVALID_PAYLOAD for a
     * kind without an answer.
     */
    async setAnswerRevealed(args: { eventId: string; pollId: string; revealed: boolean }): Promise<void> {
      const poll = await requirePollOfEvent(args.eventId, args.pollId);
      if (!hasAnswerToReveal(poll)) throw new AppError("INVALID_PAYLOAD", "this kind of poll has no answer to reveal");
      await events.setPollState({
        pollId: poll.id,
        answerRevealed: args.revealed,
        ...(args.revealed && poll.status === "open" ? { status: "closed" as const, closesAt: null } : {}),
      });
    },

    /** Applies a moderator's decision on a poll's content (a word hidden or approved); INVALID_PAYLOAD for a poll of another kind. */
    async moderatePoll(args: { eventId: string; pollId: string; action: ModerationAction }): Promise<void> {
      const poll = await requirePollOfEvent(args.eventId, args.pollId);
      const moderation = applyModeration(poll, args.action);
      if (moderation === null) throw new AppError("INVALID_PAYLOAD", "this kind of poll has nothing to moderate");
      await events.setPollState({ pollId: poll.id, moderation });
    },

    /** Deletes a poll's votes and entries between two vote batches, so none slips in between the deletion and the rebuilt results. */
    async resetVotes(args: { eventId: string; pollId: string }): Promise<void> {
      await requirePollOfEvent(args.eventId, args.pollId);
      await writer.exclusive(async () => {
        await ballots.deleteVotes(args.pollId);
        await entries.deleteEntries(args.pollId);
        projection.invalidate(args.pollId);
      });
      // A fresh start: a quiz question's answer is a secret again.
      await events.setPollState({ pollId: args.pollId, answerRevealed: false });
    },
  };
}

export type EventService = ReturnType<typeof createEventService>;
