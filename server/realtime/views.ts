/**
 * Turns the services' domain values into the views the realtime contract
 * sends. Storage details (event ids, positions) stay on the server.
 */
import type { Poll } from "@/lib/domain/poll";
import { resultsForViewer } from "@/lib/domain/poll";
import type { EventSummary, ModeratorView, PublicEventState } from "@/lib/realtime/contract";
import type { StoredEvent, StoredPoll } from "../events/event-repository";
import type { EventOverview, LiveState } from "../events/event-service";
import { type Viewer, visibleConfig } from "../results/visibility";

export function eventSummary(event: StoredEvent): EventSummary {
  return { code: event.code, title: event.title };
}

/** A poll as `viewer` may see it: the audience learns a quiz's answer only once it is revealed. */
export function pollView({ eventId: _, position: __, moderation: ___, ...poll }: StoredPoll, viewer: Viewer): Poll {
  return { ...poll, config: visibleConfig(poll, viewer) };
}

export function publicEventState({ event, deletesOn, livePoll, qaPoll }: LiveState): PublicEventState {
  return { event: eventSummary(event), deletesOn: deletesOn.toISOString(), livePoll: livePoll && pollView(livePoll, "audience"), qaPoll: qaPoll && pollView(qaPoll, "audience") };
}

export function moderatorView({ event, deletesOn, polls }: EventOverview, audience: number): ModeratorView {
  return {
    event: eventSummary(event),
    deletesOn: deletesOn.toISOString(),
    livePollId: event.livePollId,
    polls: polls.map(({ poll, results }) => ({ ...pollView(poll, "moderator"), position: poll.position, ballotCount: results.ballotCount })),
    results: Object.fromEntries(polls.map(({ poll, results }) => [poll.id, resultsForViewer(poll, results, "moderator")])),
    audience,
  };
}
