/**
 * The phone's outbox: a vote is written here, under its vote id, before it is
 * sent, and removed only once the server has acknowledged it (or refused it for
 * good). Because the id travels with it, resending after a reconnect or a
 * reload is safe: the server stores a vote id once. Also keeps the unfinished
 * answer of each poll (in whatever shape its kind's input gives) and the event
 * as last seen, so a reload loses nothing, even without a connection.
 *
 * Storage is injected (localStorage in the browser); when it is unavailable or
 * full, the outbox still works for the life of the page.
 */

import { type Ballot, ballotSchema } from "../domain/poll";
import { z } from "../domain/zod";
import type { PublicEventState } from "./contract";

export interface PendingVote {
  /** The event the poll belongs to, so a phone that joined several events sends each vote to its own. */
  eventCode: string;
  pollId: string;
  voteId: string;
  ballot: Ballot;
  /** When the attendee submitted it (ms since epoch). */
  savedAt: number;
}

export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const pendingVoteSchema = z.object({
  eventCode: z.string().min(1),
  pollId: z.string().min(1),
  voteId: z.string().min(1),
  ballot: ballotSchema,
  savedAt: z.number(),
});
/** An unfinished answer larger than this is not worth keeping: no input of any kind comes near it. */
const DRAFT_MAX_CHARACTERS = 20_000;
/** Only the shape the phone relies on; anything else in a remembered state is carried as it was stored. */
const rememberedPollSchema = z
  .object({ id: z.string(), question: z.string(), status: z.string(), items: z.array(z.object({ id: z.string(), label: z.string() })) })
  .loose()
  .nullable();
const rememberedEventSchema = z.object({
  event: z.object({ code: z.string(), title: z.string() }),
  /** Remembered before the deletion date was sent: unknown (""). */
  deletesOn: z.string().default(""),
  livePoll: rememberedPollSchema,
  qaPoll: rememberedPollSchema.default(null),
});

const PREFIX = "barometer:";
const pendingKey = (pollId: string) => `${PREFIX}outbox:${pollId}`;
const draftKey = (pollId: string) => `${PREFIX}draft:${pollId}`;
const eventKey = (code: string) => `${PREFIX}event:${code.toUpperCase()}`;
/** The poll ids with a waiting vote: storage cannot be listed portably, so the outbox keeps its own index. */
const INDEX_KEY = `${PREFIX}outbox`;
const indexSchema = z.array(z.string().min(1)).max(500);

export function createVoteOutbox(storage: KeyValueStorage | null) {
  const memory = new Map<string, string>();

  function read(key: string): unknown {
    let text: string | null | undefined;
    try {
      text = storage?.getItem(key);
    } catch {
      text = undefined;
    }
    text ??= memory.get(key) ?? null;
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }

  function write(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    memory.set(key, text);
    try {
      storage?.setItem(key, text);
    } catch {
      // Private mode or a full quota: the copy in memory still covers reconnects.
    }
  }

  function remove(key: string): void {
    memory.delete(key);
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing to do: the entry was never stored there.
    }
  }

  const index = (): string[] => {
    const parsed = indexSchema.safeParse(read(INDEX_KEY));
    return parsed.success ? parsed.data : [];
  };

  return {
    /** Keeps a vote until it is acknowledged; a newer vote for the same poll replaces an older one. */
    keep(vote: PendingVote): void {
      write(pendingKey(vote.pollId), vote);
      if (!index().includes(vote.pollId)) write(INDEX_KEY, [...index(), vote.pollId]);
    },

    /** Every vote waiting for the event, oldest poll first. */
    pendingForEvent(eventCode: string): PendingVote[] {
      return index()
        .map((pollId) => this.pending(pollId))
        .filter((vote): vote is PendingVote => vote?.eventCode.toUpperCase() === eventCode.toUpperCase());
    },

    /** The vote waiting for the poll, if any; a corrupt entry counts as none. */
    pending(pollId: string): PendingVote | null {
      const parsed = pendingVoteSchema.safeParse(read(pendingKey(pollId)));
      return parsed.success && parsed.data.pollId === pollId ? parsed.data : null;
    },

    /** Forgets the vote, but only if it is still the one with this id (a newer one may have replaced it). */
    settle(pollId: string, voteId: string): void {
      if (this.pending(pollId)?.voteId !== voteId) return;
      remove(pendingKey(pollId));
      write(
        INDEX_KEY,
        index().filter((id) => id !== pollId),
      );
    },

    /** Keeps an unfinished answer; null forgets it. The poll kind's input checks what it gets back. */
    saveDraft(pollId: string, draft: unknown): void {
      if (draft === null || draft === undefined || JSON.stringify(draft).length > DRAFT_MAX_CHARACTERS) remove(draftKey(pollId));
      else write(draftKey(pollId), draft);
    },

    draft(pollId: string): unknown {
      return read(draftKey(pollId)) ?? null;
    },

    clearDraft(pollId: string): void {
      remove(draftKey(pollId));
    },

    /** The event as last seen, so a reload without a connection still shows the poll and its waiting vote. */
    rememberEvent(code: string, state: PublicEventState): void {
      write(eventKey(code), state);
    },

    rememberedEvent(code: string): PublicEventState | null {
      const parsed = rememberedEventSchema.safeParse(read(eventKey(code)));
      return parsed.success ? (parsed.data as unknown as PublicEventState) : null;
    },
  };
}

export type VoteOutbox = ReturnType<typeof createVoteOutbox>;
