/**
 * Everything the server pushes to an event's rooms, on this process. Results and audience
 * counts are coalesced (at most ~10 and ~4 messages a second; to phones one
 * a second), never one message per vote; state changes made by moderators go out at once.
 */
import type { TextEntry } from "@/lib/domain/entries/text-entry";
import type { Poll, PollResults } from "@/lib/domain/poll";
import type { ResultsSnapshot } from "@/lib/realtime/contract";
import type { Cluster } from "../cluster/cluster";
import type { StoredPoll } from "../events/event-repository";
import type { EventService } from "../events/event-service";
import type { QuizService } from "../quiz/quiz-service";
import { leaderboardView, standingView } from "../quiz/quiz-views";
import type { ResultsProjection } from "../results/projection";
import { type Viewer, visibleResults } from "../results/visibility";
import { createCoalescer } from "./coalescer";
import type { Presence } from "./presence";
import { type BarometerServer, rooms } from "./types";
import { moderatorView, publicEventState } from "./views";

export const RESULTS_INTERVAL_MS = 100;
/**
 * Phones get results at most once a second: a list read on a phone needs no
 * more, and a Q&A's questions to thousands of phones ten times a second would
 * cost the server more than all its votes.
 */
export const PHONE_RESULTS_INTERVAL_MS = 1000;
export const AUDIENCE_INTERVAL_MS = 250;

/** A poll's snapshot as `viewer` may see it (see visibleResults). */
function snapshotFor(
  viewer: Viewer,
  poll: Pick<StoredPoll, "id" | "type" | "resultsVisible" | "answerRevealed" | "moderation">,
  view: { results: PollResults; version: number },
  connectedVoters: number,
): ResultsSnapshot {
  const { results, version } = view;
  return { pollId: poll.id, version, ballotCount: results.ballotCount, connectedVoters, results: visibleResults(poll, results, viewer) };
}

export function createBroadcaster(deps: {
  io: BarometerServer;
  events: EventService;
  quiz: QuizService;
  projection: Pick<ResultsProjection, "view">;
  presence: Presence;
  cluster: Cluster;
}) {
  const { io, events, quiz, projection, presence, cluster } = deps;
  /**
   * This process's own screens. Each process renders the screens connected to
   * it from the shared database (cluster.ts), so results and state go to local
   * sockets only; what carries no result (a reset, an author's entry) reaches every process's sockets.
   */
  const screens = io.local;
  const audienceOf = (eventId: string) => presence.count(eventId) + cluster.remoteAudience(eventId);
  /** The leaderboard each event's screens last got, so an unchanged one is not sent again to every phone. */
  const sentBoards = new Map<string, string>();

  /** What moderators see (everything) and what the audience may see, from the projection: O(items + voters). */
  async function snapshotsOf(eventId: string, poll: Pick<StoredPoll, "id" | "type" | "resultsVisible" | "answerRevealed" | "moderation">) {
    const view = await projection.view(poll.id);
    if (!view) return null;
    const connectedVoters = presence.countConnected(eventId, view.voters);
    return {
      full: snapshotFor("moderator", poll, view, connectedVoters),
      public: snapshotFor("audience", poll, view, connectedVoters),
    };
  }

  /** What the audience of the live poll sees: projectors always, phones only if the poll shows results to voters. */
  function sendToAudience(eventId: string, poll: Poll, snapshot: ResultsSnapshot): void {
    const target = poll.showResultsToVoters
      ? screens.to(rooms.presenters(eventId)).to(rooms.attendees(eventId))
      : screens.to(rooms.presenters(eventId));
    target.emit("results:update", snapshot);
  }

  async function publicSnapshotOf(eventId: string, pollId: string): Promise<ResultsSnapshot | null> {
    const poll = await events.findPoll(pollId);
    return poll && ((await snapshotsOf(eventId, poll))?.public ?? null);
  }

  const results = createCoalescer(RESULTS_INTERVAL_MS, async (key: string) => {
    const [eventId, pollId] = key.split("/") as [string, string];
    const poll = await events.findPoll(pollId);
    const snapshots = poll && (await snapshotsOf(eventId, poll));
    if (!poll || !snapshots) return;
    screens.to(rooms.moderators(eventId)).emit("results:update", snapshots.full);
    const isLive = (await events.findLivePollId(eventId)) === pollId;
    if (isLive) screens.to(rooms.presenters(eventId)).emit("results:update", snapshots.public);
    // Phones see the live poll's results if it shows them to voters, and the open Q&A's questions, live or not.
    if ((isLive && poll.showResultsToVoters) || (await events.findOpenQa(eventId))?.id === pollId) phoneResults.schedule(key);
  });

  const phoneResults = createCoalescer(PHONE_RESULTS_INTERVAL_MS, async (key: string) => {
    const [eventId, pollId] = key.split("/") as [string, string];
    const snapshot = await publicSnapshotOf(eventId, pollId);
    if (snapshot) screens.to(rooms.attendees(eventId)).emit("results:update", snapshot);
  });

  /** Events whose audience changed on this process since the last notice: the other processes hear of it. */
  const locallyChanged = new Set<string>();
  const audience = createCoalescer(AUDIENCE_INTERVAL_MS, async (eventId: string) => {
    if (locallyChanged.delete(eventId)) cluster.announce({ kind: "audience", eventId, connected: presence.count(eventId) });
    const connected = audienceOf(eventId);
    screens.to(rooms.presenters(eventId)).to(rooms.moderators(eventId)).emit("audience:update", { connected });
    // Who of the connected has voted changes with who is connected.
    const livePollId = await events.findLivePollId(eventId);
    if (livePollId) results.schedule(`${eventId}/${livePollId}`);
  });

  /**
   * The quiz leaderboard may have changed: projectors and moderators get the
   * top, each phone its own place, unless nothing changed since last time.
   * `namesOnly` when only a nickname changed: no score moves, so the kept
   * board is used and phones need nothing.
   */
  async function quizChanged(eventId: string, options: { namesOnly: boolean } = { namesOnly: false }): Promise<void> {
    if (!options.namesOnly) quiz.invalidate(eventId);
    const board = await quiz.leaderboard(eventId);
    const top = leaderboardView(board);
    if (!top) return;
    const key = JSON.stringify([top, board.standings]);
    if (sentBoards.get(eventId) === key) return;
    sentBoards.set(eventId, key);
    screens.to(rooms.presenters(eventId)).to(rooms.moderators(eventId)).emit("quiz:leaderboard", top);
    if (options.namesOnly) return;
    for (const socket of await screens.in(rooms.attendees(eventId)).fetchSockets()) {
      const standing = standingView(board, socket.data.participantKey);
      if (standing) socket.emit("quiz:standing", standing);
    }
  }

  return {
    /** The live poll's results as a projector may see them. */
    presenterSnapshot: publicSnapshotOf,

    /** The live poll's results for a phone: null unless the poll shows them to voters. */
    async attendeeSnapshot(eventId: string, poll: Poll): Promise<ResultsSnapshot | null> {
      return poll.showResultsToVoters ? publicSnapshotOf(eventId, poll.id) : null;
    },

    /** A poll's ballots changed: refresh its results on projectors and moderator screens. */
    resultsChanged(eventId: string, pollId: string): void {
      results.schedule(`${eventId}/${pollId}`);
    },

    /** The Q&A's questions as phones see them, when it is open; null otherwise. */
    async qaSnapshot(eventId: string, qaPoll: Poll | null): Promise<ResultsSnapshot | null> {
      return qaPoll ? publicSnapshotOf(eventId, qaPoll.id) : null;
    },

    /**
     * An entry came in or a moderator decided on one: moderators see their
     * queue change at once, the audience with the next coalesced snapshot.
     */
    async entriesChanged(eventId: string, pollId: string): Promise<void> {
      const poll = await events.findPoll(pollId);
      const snapshots = poll && (await snapshotsOf(eventId, poll));
      if (snapshots) screens.to(rooms.moderators(eventId)).emit("results:update", snapshots.full);
      results.schedule(`${eventId}/${pollId}`);
    },

    /** The event's audience changed: on this process (a phone came or went), or, `local: false`, on another one. */
    audienceChanged(eventId: string, options: { local: boolean } = { local: true }): void {
      if (options.local) locallyChanged.add(eventId);
      audience.schedule(eventId);
    },

    /** Phones connected to the event, on every process. */
    audienceOf,

    /**
     * The event changed (title, polls, live poll, a poll's state): send every
     * room its new view at once, and the audience the live poll's results.
     */
    async eventChanged(eventId: string, options: { announce: boolean } = { announce: true }): Promise<void> {
      if (options.announce) cluster.announce({ kind: "event-changed", eventId });
      const state = publicEventState(await events.getLiveState(eventId));
      screens.to(rooms.everyone(eventId)).emit("event:state", state);
      const overview = await events.getEventOverview(eventId);
      screens.to(rooms.moderators(eventId)).emit("moderator:state", moderatorView(overview, audienceOf(eventId)));
      if (state.livePoll) {
        const snapshot = await publicSnapshotOf(eventId, state.livePoll.id);
        if (snapshot) sendToAudience(eventId, state.livePoll, snapshot);
      }
      if (state.qaPoll) {
        const snapshot = await publicSnapshotOf(eventId, state.qaPoll.id);
        if (snapshot) screens.to(rooms.attendees(eventId)).emit("results:update", snapshot);
      }
      await quizChanged(eventId);
    },

    quizChanged,

    /** Tells an entry's author (each of their phones in the event, on any process) what the moderator decided. */
    async entryUpdated(eventId: string, authorKey: string, update: { pollId: string; entry: TextEntry }): Promise<void> {
      for (const socket of await io.in(rooms.attendees(eventId)).fetchSockets()) {
        if (socket.data.participantKey === authorKey) socket.emit("entry:updated", update);
      }
    },

    votesReset(eventId: string, pollId: string): void {
      io.to(rooms.attendees(eventId)).emit("poll:votes-reset", { pollId });
    },

    dispose(): void {
      results.dispose();
      phoneResults.dispose();
      audience.dispose();
    },
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
