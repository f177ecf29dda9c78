/**
 * Events of the moderator screen. `moderator:join` proves the secret token
 * once; every later command acts on the event that token opened, and answers
 * FORBIDDEN on a socket that never proved one.
 */

import type { IncomingMessage } from "node:http";
import type { z } from "zod";
import { AppError } from "@/lib/domain/errors";
import {
  entryModeratePayloadSchema,
  eventUpdatePayloadSchema,
  moderatorJoinPayloadSchema,
  pollCreatePayloadSchema,
  pollGoLivePayloadSchema,
  pollModeratePayloadSchema,
  pollRefPayloadSchema,
  pollReorderPayloadSchema,
  pollResultsVisibilityPayloadSchema,
  pollRevealPayloadSchema,
  pollStatusPayloadSchema,
  pollUpdatePayloadSchema,
} from "@/lib/realtime/contract";
import type { EntryService } from "../entries/entry-service";
import type { EventService } from "../events/event-service";
import { logger } from "../logging/logger";
import type { QuizService } from "../quiz/quiz-service";
import { leaderboardView } from "../quiz/quiz-views";
import { type AuditAction, LINK_ACTOR, type TeamService } from "../team/team-service";
import type { Broadcaster } from "./broadcaster";
import type { Membership } from "./membership";
import type { PollCountdowns } from "./poll-countdowns";
import type { Presence } from "./presence";
import { respond } from "./respond";
import type { BarometerSocket } from "./types";
import { eventSummary, moderatorView } from "./views";

export interface ModeratorHandlerDeps {
  events: EventService;
  team: TeamService;
  /** The signed-in account of a handshake, if any (auth/sessions.ts). */
  accountOf: (request: IncomingMessage) => string | null;
  entries: EntryService;
  quiz: QuizService;
  broadcaster: Broadcaster;
  membership: Membership;
  presence: Presence;
  countdowns: PollCountdowns;
}

export function registerModeratorHandlers(socket: BarometerSocket, deps: ModeratorHandlerDeps): void {
  const { events, team, entries, quiz, broadcaster, membership, countdowns } = deps;

  /**
   * Runs a change on the moderated event, then tells every screen of the event.
   * The change is stored once `run` resolves, so a failed broadcast is logged,
   * not reported as a failed change; screens catch up on their next snapshot.
   */
  async function change<T>(run: (eventId: string) => Promise<T>): Promise<T> {
    const eventId = membership.requireEvent(socket, "moderator");
    const result = await run(eventId);
    await broadcaster.eventChanged(eventId).catch((error: unknown) => logger.error({ err: error }, "broadcast failed"));
    return result;
  }

  /**
   * By code, the signed-in account's role lets a console in; by the secret link, the link does, and a
   * signed-in account with a role in the event then acts as itself (its name in the audit log, an owner as owner).
   */
  async function accessOf(payload: { token: string } | { code: string }, accountId: string | null) {
    if ("code" in payload) {
      if (!accountId) throw new AppError("FORBIDDEN", "sign_in_required");
      return team.accessByAccount(payload.code, accountId);
    }
    const byLink = await team.accessByToken(payload.token);
    if (!accountId) return byLink;
    return team.accessByAccount(byLink.event.code, accountId).catch(() => byLink);
  }

  /** Writes what this socket's moderator did to the event's audit log. */
  const audit = (eventId: string, action: AuditAction, detail: Record<string, unknown>) =>
    team.record(eventId, socket.data.access?.actor ?? LINK_ACTOR, action, detail);

  async function questionOf(eventId: string, pollId: string): Promise<string> {
    return (await events.getEventOverview(eventId)).polls.find(({ poll }) => poll.id === pollId)?.poll.question ?? "";
  }

  /** A change that answers nothing but success. */
  function command<S extends z.ZodType>(schema: S, run: (eventId: string, payload: z.output<S>) => Promise<unknown>) {
    return respond(schema, (payload) =>
      change(async (eventId) => {
        await run(eventId, payload);
        return null;
      }),
    );
  }

  socket.on(
    "moderator:join",
    respond(moderatorJoinPayloadSchema, async (payload) => {
      const accountId = deps.accountOf(socket.request);
      const { event, role, via, actor } = await accessOf(payload, accountId);
      membership.enter(socket, event.id, "moderator");
      socket.data.access = { role, via, actor };
      return {
        ...moderatorView(await events.getEventOverview(event.id), broadcaster.audienceOf(event.id)),
        leaderboard: leaderboardView(await quiz.leaderboard(event.id)),
        access: { role, via, name: actor.name },
      };
    }),
  );

  socket.on(
    "event:update",
    respond(eventUpdatePayloadSchema, ({ title }) =>
      change(async (eventId) => {
        const event = await events.updateTitle({ eventId, title });
        return eventSummary(event);
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
    command(pollRefPayloadSchema, async (eventId, { pollId }) => {
      const question = await questionOf(eventId, pollId);
      await events.deletePoll({ eventId, pollId });
      await audit(eventId, "poll-deleted", { pollId, question });
    }),
  );
  socket.on(
    "poll:reorder",
    command(pollReorderPayloadSchema, (eventId, { pollIds }) => events.reorderPolls({ eventId, pollIds })),
  );
  socket.on(
    "poll:go-live",
    command(pollGoLivePayloadSchema, (eventId, { pollId }) => events.goLive({ eventId, pollId })),
  );
  socket.on(
    "poll:set-status",
    command(pollStatusPayloadSchema, async (eventId, { pollId, status }) => {
      const { closesAt } = await events.setStatus({ eventId, pollId, status });
      countdowns.arm({ eventId, pollId, closesAt });
      if (status === "closed") await audit(eventId, "poll-closed", { pollId, question: await questionOf(eventId, pollId) });
    }),
  );
  socket.on(
    "poll:set-results-visible",
    command(pollResultsVisibilityPayloadSchema, (eventId, { pollId, visible }) =>
      events.setResultsVisible({ eventId, pollId, visible }),
    ),
  );
  socket.on(
    "poll:reveal-answer",
    command(pollRevealPayloadSchema, async (eventId, { pollId, revealed }) => {
      await events.setAnswerRevealed({ eventId, pollId, revealed });
      // Revealing closes voting: the countdown has nothing left to close.
      if (revealed) countdowns.arm({ eventId, pollId, closesAt: null });
    }),
  );
  socket.on(
    "poll:moderate",
    command(pollModeratePayloadSchema, async (eventId, { pollId, action }) => {
      await events.moderatePoll({ eventId, pollId, action });
      // What the audience sees of the result changed: a new snapshot, as after a vote.
      broadcaster.resultsChanged(eventId, pollId);
    }),
  );
  socket.on(
    "entry:moderate",
    // The poll itself does not change: only its results, which go out as after an entry.
    respond(entryModeratePayloadSchema, async ({ pollId, entryId, action }) => {
      const eventId = membership.requireEvent(socket, "moderator");
      const { entry, authorKey } = await entries.moderateEntry({ eventId, pollId, entryId, action });
      await broadcaster.entriesChanged(eventId, pollId);
      await broadcaster.entryUpdated(eventId, authorKey, { pollId, entry });
      return null;
    }),
  );
  socket.on(
    "poll:reset-votes",
    command(pollRefPayloadSchema, async (eventId, { pollId }) => {
      await events.resetVotes({ eventId, pollId });
      broadcaster.votesReset(eventId, pollId);
      await audit(eventId, "poll-reset", { pollId, question: await questionOf(eventId, pollId) });
    }),
  );
}
