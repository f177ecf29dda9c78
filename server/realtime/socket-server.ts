/** Attaches Socket.IO to the HTTP server and wires every connection to its handlers. */

import type { Server as HttpServer, IncomingMessage } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import type { Redis } from "ioredis";
import { Server } from "socket.io";
import { AppError } from "@/lib/domain/errors";
import type { OriginConfig } from "@/lib/http/origin";
import { type AttendeeView, joinPayloadSchema } from "@/lib/realtime/contract";
import type { Sessions } from "../auth/sessions";
import type { Cluster } from "../cluster/cluster";
import { followCluster } from "../cluster/follow-cluster";
import type { EntryService } from "../entries/entry-service";
import type { EventService } from "../events/event-service";
import { logger } from "../logging/logger";
import { countSocketsWith } from "../observability/metrics";
import type { QuizService } from "../quiz/quiz-service";
import type { ResultsProjection } from "../results/projection";
import type { Limits } from "../security/limits";
import { createParticipantTokens } from "../security/participant-token";
import type { TeamService } from "../team/team-service";
import type { VoteService } from "../votes/vote-service";
import { createAdmission } from "./admission";
import { attendeeView } from "./attendee-view";
import { registerAudienceHandlers } from "./audience-handlers";
import { createBroadcaster } from "./broadcaster";
import { createMembership } from "./membership";
import { limitMessages } from "./message-limits";
import { registerModeratorHandlers } from "./moderator-handlers";
import { createParticipantCookies } from "./participant-cookie";
import { createPollCountdowns } from "./poll-countdowns";
import { createPresence } from "./presence";
import { registerTeamHandlers } from "./team-handlers";
import type { BarometerServer } from "./types";

const ifNotFound = (error: unknown) => {
  if (error instanceof AppError && error.code === "EVENT_NOT_FOUND") return null;
  throw error;
};

export function createSocketServer(
  httpServer: HttpServer,
  deps: {
    events: EventService;
    votes: VoteService;
    entries: EntryService;
    quiz: QuizService;
    team: TeamService;
    projection: ResultsProjection;
    cluster: Cluster;
    caches: { clear(): void };
  },
  options: {
    origins: OriginConfig;
    participantSecret: Buffer;
    limits: Limits;
    connectionsPerIp: number;
    sessions: Sessions;
    /** With Redis, the Socket.IO processes are joined: rooms and sockets reach across them. */
    redis?: Redis;
    redisPrefix?: string;
  },
) {
  const cookies = createParticipantCookies(createParticipantTokens(options.participantSecret));
  const admission = createAdmission({
    limits: options.limits,
    origins: options.origins,
    connectionsPerIp: options.connectionsPerIp,
    carriesParticipantToken: cookies.carriesToken,
  });
  const io: BarometerServer = new Server(httpServer, {
    allowRequest: admission.allowRequest,
    // Payloads are small; a large one is an attack or a bug.
    maxHttpBufferSize: 64 * 1024,
    // Phones on flaky Wi-Fi: notice dead connections within ~45 s, not minutes.
    pingInterval: 20_000,
    pingTimeout: 25_000,
  });
  // Reaching another process's sockets (an entry's author, consoles that lost their access) needs the adapter;
  // results and state never go through it: each process renders its own screens (cluster/cluster.ts).
  const adapterClients: Redis[] = [];
  if (options.redis) {
    const connection = { lazyConnect: false, enableOfflineQueue: true };
    adapterClients.push(options.redis.duplicate(connection), options.redis.duplicate(connection));
    io.adapter(createAdapter(adapterClients[0], adapterClients[1], { key: `${options.redisPrefix ?? "barometer"}:socket.io` }));
  }
  const presence = createPresence();
  const broadcaster = createBroadcaster({ io, events: deps.events, quiz: deps.quiz, projection: deps.projection, presence, cluster: deps.cluster });
  deps.cluster.reportAudience(presence.counts);
  countSocketsWith(() => {
    const byRole: Record<string, number> = { attendee: 0, presenter: 0, moderator: 0, none: 0 };
    for (const socket of io.of("/").sockets.values()) {
      const role = socket.data.role ?? "none";
      byRole[role] = (byRole[role] ?? 0) + 1;
    }
    return byRole;
  });
  const following = followCluster({ cluster: deps.cluster, projection: deps.projection, caches: deps.caches, broadcaster });
  const membership = createMembership({ presence, broadcaster });
  const countdowns = createPollCountdowns({ events: deps.events, broadcaster });
  countdowns.restore().catch((error: unknown) => logger.error({ err: error }, "could not restore countdowns"));

  io.engine.on("initial_headers", (headers: Record<string, string | string[]>, req: IncomingMessage) => {
    if (!admission.isRefused(req)) cookies.issue(headers, req);
  });

  io.use((socket, next) => {
    const refusal = admission.refusalOf(socket.request);
    if (refusal) return next(refusal);
    const participantKey = cookies.keyOf(socket.request);
    if (!participantKey) return next(new Error("MISSING_PARTICIPANT"));
    socket.data.participantKey = participantKey;
    next();
  });

  io.on("connection", (socket) => {
    const address = admission.addressOf(socket.request);
    admission.connected(address);
    limitMessages(socket, options.limits, address);
    registerAudienceHandlers(socket, { ...deps, broadcaster, membership, presence, limits: options.limits });
    registerModeratorHandlers(socket, { ...deps, broadcaster, membership, presence, countdowns, accountOf: options.sessions.accountOf });
    registerTeamHandlers(socket, { io, team: deps.team, membership });
    socket.on("disconnect", () => {
      admission.disconnected(address);
      membership.leave(socket);
    });
  });

  return {
    io,
    countdowns,
    /**
     * The phone's view of an event, for its server-rendered page: the same as
     * the socket's join answers, for the participant the page's cookies name.
     * Null if no event has the code.
     */
    async attendeeViewOf(code: string, cookieHeader: string | undefined): Promise<AttendeeView | null> {
      const parsed = joinPayloadSchema.safeParse({ code });
      const event = parsed.success ? await deps.events.findEventByCode(parsed.data.code).catch(ifNotFound) : null;
      return event && attendeeView({ ...deps, broadcaster }, event.id, cookies.keyOfCookies(cookieHeader));
    },
    async close(): Promise<void> {
      broadcaster.dispose();
      following.dispose();
      countdowns.dispose();
      await io.close();
      for (const client of adapterClients) client.disconnect();
    },
  };
}
