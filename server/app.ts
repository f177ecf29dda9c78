/**
 * Builds the whole server around a database: services, HTTP API, Socket.IO,
 * and (optionally) Next for the pages. Tests build it without Next.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Redis } from "ioredis";
import type { EventCreationMode } from "@/lib/domain/access/policy";
import { collectsEntries } from "@/lib/domain/poll";
import type { OriginConfig } from "@/lib/http/origin";
import { createOidc, type OidcSettings } from "./auth/oidc";
import { createSessions } from "./auth/sessions";
import { type Cluster, createSoloCluster } from "./cluster/cluster";
import { CLUSTER_NOTICE_INTERVAL_MS } from "./cluster/follow-cluster";
import type { Database } from "./db/client";
import { probeWrite } from "./db/health";
import { createEntryRepository } from "./entries/entry-repository";
import { createEntryService } from "./entries/entry-service";
import { createCachedEventRepository } from "./events/cached-event-repository";
import { createEventRepository } from "./events/event-repository";
import { createEventService } from "./events/event-service";
import { createExportService } from "./exports/export-service";
import { createApiRouter } from "./http/api-router";
import { createAuthRouter } from "./http/auth-router";
import { createExportRouter } from "./http/export-router";
import { hasMalformedPath, sendMalformedPath } from "./http/malformed-url";
import { createModeratorAccess } from "./http/moderator-access";
import { setPagePolicy, setSecurityHeaders } from "./http/security-headers";
import { createSeriesRouter } from "./http/series-router";
import { logger, requestIdOf, routeOf } from "./logging/logger";
import { createQuizPlayerRepository } from "./quiz/quiz-player-repository";
import { createQuizService } from "./quiz/quiz-service";
import { createCoalescer } from "./realtime/coalescer";
import { createSocketServer } from "./realtime/socket-server";
import { pingRedis } from "./redis/connect";
import { createResultsProjection, type ResultsProjection } from "./results/projection";
import { createRetention, DEFAULT_RETENTION_DAYS } from "./retention/retention";
import { createLimits, DEFAULT_CONNECTIONS_PER_IP, type Rates } from "./security/limits";
import { createSeriesRepository } from "./series/series-repository";
import { createSeriesService } from "./series/series-service";
import { createTeamRepository } from "./team/team-repository";
import { createTeamService } from "./team/team-service";
import { createBallotRepository } from "./votes/ballot-repository";
import { createVoteService } from "./votes/vote-service";
import { createVoteWriter } from "./votes/vote-writer";

export type PageHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The one service graph of a process: repositories, the vote writer, the results projection, the use cases. */
export function createServices(db: Database, options: { now?: () => Date; retentionDays?: number; cluster?: Cluster } = {}) {
  const now = options.now ?? (() => new Date());
  const cluster = options.cluster ?? createSoloCluster();
  const events = createCachedEventRepository(createEventRepository(db));
  const ballots = createBallotRepository(db);
  const entries = createEntryRepository(db);
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  let projection: ResultsProjection | undefined;
  // Other processes hear of committed votes at most ten times a second per poll: they read the poll anew each time.
  const announceChange = createCoalescer(CLUSTER_NOTICE_INTERVAL_MS, async (pollId: string) => {
    const poll = await events.findPoll(pollId);
    if (poll) cluster.announce({ kind: "poll-changed", eventId: poll.eventId, pollId });
  });
  const writer = createVoteWriter({ ballots, onCommitted: (votes) => projection?.applyCommitted(votes) });
  projection = createResultsProjection({
    findPoll: events.findPoll,
    async listResponses(poll) {
      if (collectsEntries(poll)) return (await entries.listEntries(poll)).map((entry) => ({ key: entry.id, response: entry }));
      return (await ballots.listBallots(poll.id)).map(({ participantKey, ballot }) => ({ key: participantKey, response: ballot }));
    },
    writer,
    onChange: (pollIds) => {
      for (const pollId of pollIds) announceChange.schedule(pollId);
    },
    onInvalidate: (pollId) => cluster.announce({ kind: "poll-invalidated", pollId }),
  });
  const eventService = createEventService({ events, ballots, entries, projection, writer, now, retentionDays });
  return {
    cluster,
    caches: events,
    projection,
    writer,
    events: eventService,
    votes: createVoteService({ events, ballots, writer, projection, now }),
    entries: createEntryService({ events, entries, projection, writer, now }),
    quiz: createQuizService({ events, ballots, players: createQuizPlayerRepository(db) }),
    team: createTeamService({ team: createTeamRepository(db), events, now }),
    retention: createRetention({ events, retentionDays, now }),
    series: createSeriesService({ events: eventService, series: createSeriesRepository(db) }),
    exports: createExportService({ events: eventService, ballots, entries, retentionDays, now }),
    retentionDays,
    now,
  };
}

export type Services = ReturnType<typeof createServices>;

export function createApplication(deps: {
  db: Database;
  services?: Services;
  pages?: PageHandler;
  /** PUBLIC_URL, TRUST_PROXY and ALLOWED_ORIGINS; by default none, no proxy trusted, the app's own host only. */
  origins?: Partial<OriginConfig>;
  /** What participant tokens are signed with (security/participant-secret.ts). */
  participantSecret: Buffer;
  /** Rate limits and the connection cap; by default security/limits.ts's, counted in this process. */
  limits?: { rates?: Partial<Rates>; connectionsPerIp?: number; redis?: Redis; namespace?: string };
  /** Joins this process's Socket.IO to the others' (the cluster itself comes with the services: createServices). */
  redis?: Redis;
  /** When set, /metrics answers only `Authorization: Bearer METRICS_TOKEN`. */
  metricsToken?: string;
  /** Sign-in with OpenID Connect (off without settings), and who may create events (by default anyone, rate-limited). */
  auth?: { oidc?: OidcSettings; eventCreation?: EventCreationMode; creationKey?: string };
}) {
  const origins: OriginConfig = { trustProxy: false, allowedOrigins: [], ...deps.origins };
  const services = deps.services ?? createServices(deps.db);
  const limits = createLimits(deps.limits);
  const sessions = createSessions(deps.participantSecret);
  const eventCreation = { mode: deps.auth?.eventCreation ?? "anyone", key: deps.auth?.creationKey };
  const access = createModeratorAccess({ team: services.team, sessions });
  const auth = createAuthRouter({
    access,
    oidc: deps.auth?.oidc ? createOidc(deps.auth.oidc, deps.participantSecret) : null,
    sessions,
    team: services.team,
    origins,
    eventCreation: eventCreation.mode,
  });
  const handleApi = createApiRouter({
    access,
    routers: [
      createExportRouter({ events: services.events, exports: services.exports, access, now: services.now }),
      createSeriesRouter({ events: services.events, series: services.series, access }),
    ],
    events: services.events,
    quiz: services.quiz,
    origins,
    limits,
    team: services.team,
    auth,
    eventCreation,
    // Through the writers' gate: right after a fault, the answer comes at once, without touching the database.
    checkDatabase: () => services.writer.gate.write(() => probeWrite(deps.db)),
    checkRedis: deps.redis ? () => pingRedis(deps.redis as Redis) : undefined,
    metricsToken: deps.metricsToken,
  });

  const httpServer = createServer((req, res) => {
    const requestId = requestIdOf(req, origins.trustProxy);
    const log = logger.child({ requestId, method: req.method, route: routeOf(req.url) });
    res.setHeader("x-request-id", requestId);
    setSecurityHeaders(req, res, origins);
    if (hasMalformedPath(req.url)) return sendMalformedPath(req, res);
    handleApi(req, res, log)
      .then(async (handled) => {
        if (handled) return;
        if (deps.pages) {
          setPagePolicy(req, res, { dev: process.env.NODE_ENV !== "production" });
          return deps.pages(req, res);
        }
        res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      })
      .catch((error: unknown) => {
        log.error({ err: error }, "request failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end();
      });
  });
  const realtime = createSocketServer(httpServer, services, {
    origins,
    participantSecret: deps.participantSecret,
    limits,
    connectionsPerIp: deps.limits?.connectionsPerIp ?? DEFAULT_CONNECTIONS_PER_IP,
    sessions,
    redis: deps.redis,
    redisPrefix: deps.limits?.namespace,
  });

  return {
    httpServer,
    io: realtime.io,
    countdowns: realtime.countdowns,
    services,
    attendeeViewOf: realtime.attendeeViewOf,
    /** Stops accepting connections and waits for them to close. */
    async close(): Promise<void> {
      await realtime.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

export type Application = ReturnType<typeof createApplication>;
