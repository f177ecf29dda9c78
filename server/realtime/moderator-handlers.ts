/**
 * Events of the moderator screen. `moderator:join` proves the secret token
 * once; every later command acts on the event that token opened, and answers
 * FORBIDDEN on a socket that never proved one.
 */
import {
  eventUpdatePayloadSchema,
  moderatorJoinPayloadSchema,
  pollCreatePayloadSchema,
  pollGoLivePayloadSchema,
  pollRefPayloadSchema,
  pollReorderPayloadSchema,
  pollResultsVisibilityPayloadSchema,
  pollStatusPayloadSchema,
  pollUpdatePayloadSchema,
} from "@/lib/realtime/contract";
import type { EventService } from "../events/event-service";
import type { Broadcaster } from "./broadcaster";
import type { Membership } from "./membership";
import type { Presence } from "./presence";
import { respond } from "./respond";
import type { BarometerSocket } from "./types";

export interface ModeratorHandlerDeps {
  events: EventService;
  broadcaster: Broadcaster;
  membership: Membership;
  presence: Presence;
}

export function registerModeratorHandlers(socket: BarometerSocket, deps: ModeratorHandlerDeps): void {
  const { events, broadcaster, membership, presence } = deps;

  /** Runs a change on the moderated event, then tells every screen of the event. */
  async function change<T>(run: (eventId: string) => Promise<T>): Promise<T> {
    const eventId = membership.requireEvent(socket, "moderator");
    const result = await run(eventId);
    await broadcaster.eventChanged(eventId);
    return result;
  }

  socket.on(
    "moderator:join",
    respond(moderatorJoinPayloadSchema, async ({ token }) => {
      const event = await events.authorizeModerator(token);
      membership.enter(socket, event.id, "moderator");
      return { ...(await events.getModeratorView(event.id)), audience: presence.count(event.id) };
    }),
  );

  socket.on(
    "event:update",
    respond(eventUpdatePayloadSchema, ({ title }) =>
      change(async (eventId) => {
        const event = await events.updateTitle({ eventId, title });
        return { code: event.code, title: event.title };
      }),
    ),
  );

  socket.on(
    "poll:create",
    respond(pollCreatePayloadSchema, ({ poll }) =>
      change(async (eventId) => ({ pollId: (await events.addPoll({ eventId, input: poll })).id })),
    ),
  );

  socket.on(
    "poll:update",
    respond(pollUpdatePayloadSchema, ({ pollId, poll }) =>
      change(async (eventId) => {
        await events.updatePoll({ eventId, pollId, input: poll });
        return { pollId };
      }),
    ),
  );

  socket.on(
    "poll:delete",
    respond(pollRefPayloadSchema, ({ pollId }) =>
      change(async (eventId) => {
        await events.deletePoll({ eventId, pollId });
        return null;
      }),
    ),
  );

  socket.on(
    "poll:reorder",
    respond(pollReorderPayloadSchema, ({ pollIds }) =>
      change(async (eventId) => {
        await events.reorderPolls({ eventId, pollIds });
        return null;
      }),
    ),
  );

  socket.on(
    "poll:go-live",
    respond(pollGoLivePayloadSchema, ({ pollId }) =>
      change(async (eventId) => {
        await events.goLive({ eventId, pollId });
        return null;
      }),
    ),
  );

  socket.on(
    "poll:set-status",
    respond(pollStatusPayloadSchema, ({ pollId, status }) =>
      change(async (eventId) => {
        await events.setStatus({ eventId, pollId, status });
        return null;
      }),
    ),
  );

  socket.on(
    "poll:set-results-visible",
    respond(pollResultsVisibilityPayloadSchema, ({ pollId, visible }) =>
      change(async (eventId) => {
        await events.setResultsVisible({ eventId, pollId, visible });
        return null;
      }),
    ),
  );

  socket.on(
    "poll:reset-votes",
    respond(pollRefPayloadSchema, ({ pollId }) =>
      change(async (eventId) => {
        await events.resetVotes({ eventId, pollId });
        broadcaster.votesReset(eventId, pollId);
        return null;
      }),
    ),
  );
}
