/**
 * The event repository with its hot reads answered from memory: events by id
 * and by code, polls by id, and each event's poll list. A vote and a join
 * then cost no statement for the poll or the event. Every write through this repository drops what it
 * changes, so a read after a write sees the write.
 *
 * Misses are not cached, so random codes or ids sent by a script cannot grow
 * the cache. One process only: several servers need their writes announced
 * over pub/sub (a later step) before they may cache like this.
 */
import type { EventRepository, StoredEvent, StoredPoll } from "./event-repository";

export function createCachedEventRepository(events: EventRepository): EventRepository & { clear(): void } {
  const eventsById = new Map<string, Promise<StoredEvent | null>>();
  const eventIdByCode = new Map<string, string>();
  const pollsById = new Map<string, Promise<StoredPoll | null>>();
  const pollLists = new Map<string, Promise<StoredPoll[]>>();

  function remember<K, V>(cache: Map<K, Promise<V | null>>, key: K, load: () => Promise<V | null>): Promise<V | null> {
    const cached = cache.get(key);
    if (cached) return cached;
    const loading = load();
    cache.set(key, loading);
    loading.then(
      (value) => {
        if (value === null && cache.get(key) === loading) cache.delete(key);
      },
      () => {
        if (cache.get(key) === loading) cache.delete(key);
      },
    );
    return loading;
  }

  const forgetEvent = (eventId: string) => eventsById.delete(eventId);
  /** Writes of polls are a moderator's, and rare: any of them drops every event's list, which needs no event id. */
  const forgetPoll = (pollId: string) => {
    pollsById.delete(pollId);
    pollLists.clear();
  };
  const forgetAllEvents = () => {
    eventsById.clear();
    eventIdByCode.clear();
  };
  const forgetAllPolls = () => {
    pollsById.clear();
    pollLists.clear();
  };

  return {
    ...events,

    /** Forgets everything: another process changed an event (cluster.ts). */
    clear() {
      forgetAllEvents();
      forgetAllPolls();
    },

    findEventById: (id) => remember(eventsById, id, () => events.findEventById(id)),

    async findEventByCode(code) {
      const knownId = eventIdByCode.get(code);
      if (knownId) {
        const event = await remember(eventsById, knownId, () => events.findEventById(knownId));
        if (event?.code === code) return event;
      }
      const event = await events.findEventByCode(code);
      if (event) {
        eventIdByCode.set(code, event.id);
        eventsById.set(event.id, Promise.resolve(event));
      }
      return event;
    },

    findPoll: (pollId) => remember(pollsById, pollId, () => events.findPoll(pollId)),

    listPolls(eventId) {
      const cached = pollLists.get(eventId);
      if (cached) return cached;
      const loading = events.listPolls(eventId);
      pollLists.set(eventId, loading);
      loading.catch(() => {
        if (pollLists.get(eventId) === loading) pollLists.delete(eventId);
      });
      return loading;
    },

    async appendPoll(args) {
      const poll = await events.appendPoll(args);
      pollLists.clear();
      return poll;
    },

    async setModeratorTokenHash(args) {
      await events.setModeratorTokenHash(args);
      forgetEvent(args.eventId);
    },

    async updateEventTitle(args) {
      const event = await events.updateEventTitle(args);
      forgetEvent(args.eventId);
      return event;
    },

    async setLivePoll(args) {
      await events.setLivePoll(args);
      forgetEvent(args.eventId);
      // The poll moved on from now knows when; which one that was is not known here.
      forgetAllPolls();
    },

    async updatePoll(args) {
      await events.updatePoll(args);
      forgetPoll(args.pollId);
    },

    async setPollState(args) {
      await events.setPollState(args);
      forgetPoll(args.pollId);
    },

    async deletePoll(pollId) {
      await events.deletePoll(pollId);
      forgetPoll(pollId);
      // Deleting the live poll clears its event's live poll in the database (ON DELETE SET NULL).
      forgetAllEvents();
    },

    async deleteEventsCreatedBefore(before) {
      const count = await events.deleteEventsCreatedBefore(before);
      if (count > 0) {
        forgetAllEvents();
        forgetAllPolls();
      }
      return count;
    },

    async reorderPolls(args) {
      await events.reorderPolls(args);
      for (const pollId of args.pollIds) forgetPoll(pollId);
    },
  };
}
