/** Attaches Socket.IO to the HTTP server and wires every connection to its handlers. */
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { isAllowedOrigin, type OriginConfig } from "@/lib/http/origin";
import type { EntryService } from "../entries/entry-service";
import type { EventService } from "../events/event-service";
import { requestFacts } from "../http/request-facts";
import type { QuizService } from "../quiz/quiz-service";
import type { ResultsProjection } from "../results/projection";
import { createParticipantTokens } from "../security/participant-token";
import type { VoteService } from "../votes/vote-service";
import { registerAudienceHandlers } from "./audience-handlers";
import { createBroadcaster } from "./broadcaster";
import { createMembership } from "./membership";
import { registerModeratorHandlers } from "./moderator-handlers";
import { createParticipantCookies } from "./participant-cookie";
import { createPollCountdowns } from "./poll-countdowns";
import { createPresence } from "./presence";
import { createRateLimiter } from "./rate-limit";
import type { BarometerServer } from "./types";

/** Votes one participant may send to one poll per minute, in a burst at most. */
export const VOTES_PER_MINUTE = 30;
/** Entries (answers, questions) one participant may send to one poll per minute: a person types, a script floods. */
export const ENTRIES_PER_MINUTE = 10;
/** Upvotes (and taking them back) one participant may send per minute, across the event. */
export const UPVOTES_PER_MINUTE = 60;

export function createSocketServer(
  httpServer: HttpServer,
  deps: { events: EventService; votes: VoteService; entries: EntryService; quiz: QuizService; projection: ResultsProjection },
  options: { origins: OriginConfig; participantSecret: Buffer },
) {
  const io: BarometerServer = new Server(httpServer, {
    // A page of another site gets no socket: it would vote or moderate through its visitors' browsers.
    allowRequest: (req, callback) => callback(null, isAllowedOrigin(req.headers.origin, requestFacts(req), options.origins)),
    // Payloads are small; a large one is an attack or a bug.
    maxHttpBufferSize: 64 * 1024,
    // Phones on flaky Wi-Fi: notice dead connections within ~45 s, not minutes.
    pingInterval: 20_000,
    pingTimeout: 25_000,
  });
  const presence = createPresence();
  const broadcaster = createBroadcaster({ io, events: deps.events, quiz: deps.quiz, projection: deps.projection, presence });
  const membership = createMembership({ presence, broadcaster });
  const countdowns = createPollCountdowns({ events: deps.events, broadcaster });
  // Per participant: votes and entries per poll (a person changes a vote a few times; retries after a reconnect fit easily),
  // upvotes, and nickname changes.
  const limits = {
    votes: createRateLimiter({ perMinute: VOTES_PER_MINUTE }),
    entries: createRateLimiter({ perMinute: ENTRIES_PER_MINUTE }),
    upvotes: createRateLimiter({ perMinute: UPVOTES_PER_MINUTE }),
    nicknames: createRateLimiter({ perMinute: 10 }),
  };
  countdowns.restore().catch((error: unknown) => console.error("[countdown] could not restore countdowns", error));

  const cookies = createParticipantCookies(createParticipantTokens(options.participantSecret));
  io.engine.on("initial_headers", cookies.issue);

  io.use((socket, next) => {
    const participantKey = cookies.keyOf(socket.request);
    if (!participantKey) return next(new Error("MISSING_PARTICIPANT"));
    socket.data.participantKey = participantKey;
    next();
  });

  io.on("connection", (socket) => {
    registerAudienceHandlers(socket, { ...deps, broadcaster, membership, presence, limits });
    registerModeratorHandlers(socket, { ...deps, broadcaster, membership, presence, countdowns });
    socket.on("disconnect", () => membership.leave(socket));
  });

  return {
    io,
    countdowns,
    async close(): Promise<void> {
      broadcaster.dispose();
      countdowns.dispose();
      await io.close();
    },
  };
}
