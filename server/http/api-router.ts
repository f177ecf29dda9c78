/**
 * The HTTP API for automation (docs/api.md). Plain Node handlers in front of
 * Next: routes here are thin, the use cases live in the services.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type EventCreationMode, mayCreateEvent } from "@/lib/domain/access/policy";
import { AppError, type ErrorCode } from "@/lib/domain/errors";
import { eventInputSchema } from "@/lib/domain/poll";
import { linkOrigin, type OriginConfig } from "@/lib/http/origin";
import { FAULT_COOL_DOWN_MS, isDatabaseUnavailable } from "../db/faults";
import type { EventService } from "../events/event-service";
import type { Logger } from "../logging/logger";
import { registry } from "../observability/metrics";
import type { QuizService } from "../quiz/quiz-service";
import { leaderboardView } from "../quiz/quiz-views";
import { zodIssues } from "../realtime/respond";
import { visibleConfig, visibleResults } from "../results/visibility";
import type { Limits } from "../security/limits";
import type { TeamService } from "../team/team-service";
import type { createAuthRouter } from "./auth-router";
import { BodyError, readJsonBody, sendError, sendJson } from "./json";
import { eventLinks } from "./links";
import { bearerToken, type ModeratorAccess } from "./moderator-access";
import { clientAddress, requestFacts } from "./request-facts";

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  INVALID_PAYLOAD: 400,
  EVENT_NOT_FOUND: 404,
  POLL_NOT_FOUND: 404,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

function sendAppError(res: ServerResponse, error: AppError): void {
  if (error.retryAfterMs !== undefined) {
    res.setHeader("retry-after", String(Math.ceil(error.retryAfterMs / 1000)));
    sendError(res, 429, error.code, { retryAfterMs: error.retryAfterMs });
  } else if (error.reason === "credentials_required") {
    res.setHeader("www-authenticate", "Bearer");
    sendError(res, 401, error.code, { reason: error.reason });
  } else sendError(res, STATUS_OF[error.code] ?? 409, error.code, error.reason ? { reason: error.reason } : {});
}

/** Compares a presented secret with the configured one in constant time; no configured secret matches nothing. */
function sameSecret(given: string | string[] | undefined, expected: string | undefined): boolean {
  if (!expected || typeof given !== "string") return false;
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export function createApiRouter(deps: {
  events: EventService;
  quiz: QuizService;
  checkDatabase: () => Promise<void>;
  /** Without Redis, none: health says "off". */
  checkRedis?: () => Promise<void>;
  metricsToken?: string;
  origins: OriginConfig;
  limits: Limits;
  team: TeamService;
  auth: ReturnType<typeof createAuthRouter>;
  /** Routers of their own parts of /api/ (exports, series): each answers true when it handled the request. */
  routers: ((req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>)[];
  access: ModeratorAccess;
  /** Who may create events (EVENT_CREATION), and the key for "key". */
  eventCreation: { mode: EventCreationMode; key?: string };
}) {
  const { events, quiz } = deps;

  async function health(res: ServerResponse) {
    const statusOf = (check: (() => Promise<void>) | undefined) =>
      check ? check().then(() => "ok" as const, () => "unavailable" as const) : Promise.resolve("off" as const);
    const [database, redis] = await Promise.all([statusOf(deps.checkDatabase), statusOf(deps.checkRedis)]);
    const ok = database === "ok" && redis !== "unavailable";
    sendJson(res, ok ? 200 : 503, { status: ok ? "ok" : "error", database, redis, uptimeSeconds: Math.round(process.uptime()) });
  }

  /** Prometheus text; with METRICS_TOKEN set, only for `Authorization: Bearer` with it. */
  async function metrics(req: IncomingMessage, res: ServerResponse) {
    if (deps.metricsToken && !sameSecret(bearerToken(req), deps.metricsToken)) {
      res.writeHead(401, { "www-authenticate": "Bearer", "content-type": "text/plain" }).end("Unauthorized");
      return;
    }
    const text = await registry.metrics();
    res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" }).end(text);
  }

  async function createEvent(req: IncomingMessage, res: ServerResponse) {
    const accountId = await deps.access.signedInAccount(req);
    const signedIn = accountId !== null;
    const keyMatches = sameSecret(req.headers["x-creation-key"], deps.eventCreation.key);
    if (!mayCreateEvent(deps.eventCreation.mode, { signedIn, keyMatches })) {
      throw new AppError("FORBIDDEN", deps.eventCreation.mode === "key" ? "creation_key_required" : "sign_in_required");
    }
    await deps.limits.take("eventCreationsPerIp", clientAddress(req, deps.origins.trustProxy));
    const parsed = eventInputSchema.safeParse(await readJsonBody(req));
    if (!parsed.success) return sendError(res, 400, "INVALID_PAYLOAD", { issues: zodIssues(parsed.error) });
    const { event, moderatorToken } = await events.createEvent(parsed.data);
    if (accountId) await deps.team.makeOwner(event.id, accountId);
    const { polls } = await events.getEventOverview(event.id);
    sendJson(res, 201, {
      ok: true,
      code: event.code,
      title: event.title,
      moderatorToken,
      links: eventLinks(linkOrigin(requestFacts(req), deps.origins), event.code, moderatorToken),
      polls: polls.map(({ poll }) => ({
        id: poll.id,
        type: poll.type,
        question: poll.question,
        items: poll.items,
        ...poll.config,
      })),
    });
  }

  /** Hidden results are left out unless the moderator token (or a moderator's sign-in) comes along. */
  async function results(req: IncomingMessage, res: ServerResponse, code: string) {
    const event = await events.findEventByCode(code);
    const isModerator = await deps.access.isModerator(req, event);
    const viewer = isModerator ? "moderator" : "audience";
    // The audience sees what has been on screen or open; a prepared draft is the moderator's until shown.
    const polls = (await events.getEventOverview(event.id)).polls.filter(
      ({ poll }) => isModerator || poll.status !== "draft" || poll.id === event.livePollId,
    );
    sendJson(res, 200, {
      ok: true,
      event: { code: event.code, title: event.title },
      livePollId: event.livePollId,
      polls: polls.map(({ poll, results }) => ({
        id: poll.id,
        type: poll.type,
        question: poll.question,
        status: poll.status,
        items: poll.items,
        // A quiz's answer only once revealed, unless the moderator asks.
        ...visibleConfig(poll, viewer),
        answerRevealed: poll.answerRevealed,
        ballotCount: results.ballotCount,
        resultsVisible: poll.resultsVisible,
        results: visibleResults(poll, results, viewer),
      })),
      leaderboard: leaderboardView(await quiz.leaderboard(event.id)),
    });
  }

  /** Handles the request if it is for /api/; returns false to let Next have it. */
  return async function handleApi(req: IncomingMessage, res: ServerResponse, log: Logger): Promise<boolean> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/metrics" && req.method === "GET") return metrics(req, res).then(() => true);
    if (!url.pathname.startsWith("/api/") && !url.pathname.startsWith("/auth/")) return false;
    const method = req.method ?? "GET";
    try {
      if (await deps.auth(req, res, url, log)) return true;
      for (const route of deps.routers) if (await route(req, res, url)) return true;
      const resultsMatch = /^\/api\/events\/([^/]+)\/results$/.exec(url.pathname);
      if (url.pathname === "/api/health" && method === "GET") await health(res);
      else if (url.pathname === "/api/events" && method === "POST") await createEvent(req, res);
      else if (resultsMatch?.[1] && method === "GET") await results(req, res, decodeURIComponent(resultsMatch[1]));
      else sendJson(res, 404, { ok: false, error: "NOT_FOUND" });
    } catch (error) {
      if (error instanceof BodyError) {
        // An upload the client gave up on has nobody left to answer, and is no error of ours.
        if (!error.aborted) sendError(res, error.status, error.code, { message: error.message });
      } else if (isDatabaseUnavailable(error)) {
        log.warn("database unavailable: a request was refused");
        res.setHeader("retry-after", String(Math.ceil(FAULT_COOL_DOWN_MS / 1000)));
        sendError(res, 503, "DATABASE_UNAVAILABLE");
      } else if (error instanceof AppError) sendAppError(res, error);
      else {
        log.error({ err: error }, "request failed");
        sendError(res, 500, "INTERNAL_ERROR");
      }
    }
    return true;
  };
}
