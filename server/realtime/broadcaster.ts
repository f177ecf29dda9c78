/**
 * Everything the server pushes to an event's rooms. Results and audience
 * counts are coalesced (at most ~10 and ~4 messages a second), never one
 * message per vote; state changes made by moderators go out at once.
 */
import type { PollResults } from "@/lib/domain/poll";
import type { ResultsSnapshot } from "@/lib/realtime/contract";
import type { EventService } from "../events/event-service";
import { createCoalescer } from "./coalescer";
import type { Presence } from "./presence";
import { type BarometerServer, rooms } from "./types";

export const RESULTS_INTERVAL_MS = 100;
export const AUDIENCE_INTERVAL_MS = 250;

export function createBroadcaster(deps: { io: BarometerServer; events: EventService; presence: Presence }) {
  const { io, events, presence } = deps;

  /** What a projector may see of a poll's results: the count always, the scores only while visible. */
  const forPresenter = (poll: { id: string; resultsVisible: boolean }, tally: PollResults): ResultsSnapshot => ({
    pollId: poll.id,
    ballotCount: tally.ballotCount,
    results: poll.resultsVisible ? tally : null,
  });

  async function presenterSnapshot(pollId: string): Promise<ResultsSnapshot | null> {
    const poll = await events.findPoll(pollId);
    return poll && forPresenter(poll, await events.tally(poll));
  }

  const results = createCoalescer(RESULTS_INTERVAL_MS, async (key: string) => {
    const [eventId, pollId] = key.split("/") as [string, string];
    const poll = await events.findPoll(pollId);
    if (!poll) return;
    const tally = await events.tally(poll);
    io.to(rooms.moderators(eventId)).emit("results:update", { pollId, ballotCount: tally.ballotCount, results: tally });
    if ((await events.findLivePollId(eventId)) === pollId) {
      io.to(rooms.presenters(eventId)).emit("results:update", forPresenter(poll, tally));
    }
  });

  const audience = createCoalescer(AUDIENCE_INTERVAL_MS, async (eventId: string) => {
    const connected = presence.count(eventId);
    io.to(rooms.presenters(eventId)).to(rooms.moderators(eventId)).emit("audience:update", { connected });
  });

  return {
    presenterSnapshot,

    /** A poll's ballots changed: refresh its results on projectors and moderator screens. */
    resultsChanged(eventId: string, pollId: string): void {
      results.schedule(`${eventId}/${pollId}`);
    },

    audienceChanged(eventId: string): void {
      audience.schedule(eventId);
    },

    /**
     * The event changed (title, polls, live poll, a poll's state): send every
     * room its new view at once, and the projector the live poll's results.
     */
    async eventChanged(eventId: string): Promise<void> {
      const state = await events.getPublicState(eventId);
      io.to(rooms.everyone(eventId)).emit("event:state", state);
      const view = await events.getModeratorView(eventId);
      io.to(rooms.moderators(eventId)).emit("moderator:state", { ...view, audience: presence.count(eventId) });
      // The moderator view has just tallied every poll; the projector's snapshot reuses that tally.
      const liveTally = state.livePoll && view.results[state.livePoll.id];
      if (state.livePoll && liveTally) {
        io.to(rooms.presenters(eventId)).emit("results:update", forPresenter(state.livePoll, liveTally));
      }
    },

    votesReset(eventId: string, pollId: string): void {
      io.to(rooms.attendees(eventId)).emit("poll:votes-reset", { pollId });
    },

    dispose(): void {
      results.dispose();
      audience.dispose();
    },
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
