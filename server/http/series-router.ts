/**
 * The barometer over time, for the event's moderators:
 * GET    /api/events/CODE/polls/POLL/series             the series as it stands
 * POST   /api/events/CODE/polls/POLL/series/candidates  { earlier } → that event's rankings
 * POST   /api/events/CODE/polls/POLL/series             { earlier, earlierPollId } links them
 * PUT    /api/events/CODE/polls/POLL/series/matches     { round, matches } for renamed items
 * DELETE /api/events/CODE/polls/POLL/series             unlinks
 * `earlier` proves the moderator's right to the earlier event: its secret
 * token, or (signed in) its code.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { SERIES_MAX_ROUNDS } from "@/lib/domain/series/series";
import { z } from "@/lib/domain/zod";
import type { EventService } from "../events/event-service";
import { zodIssues } from "../realtime/respond";
import type { SeriesService } from "../series/series-service";
import { readJsonBody, sendError, sendJson } from "./json";
import type { ModeratorAccess } from "./moderator-access";

const SERIES_PATH = /^\/api\/events\/([^/]+)\/polls\/([^/]+)\/series(\/candidates|\/matches)?$/;

const earlierSchema = z
  .object({ token: z.string().min(1).max(200).optional(), code: z.string().min(1).max(20).optional() })
  .refine((earlier) => earlier.token || earlier.code, { message: "token or code required" });
const candidatesSchema = z.object({ earlier: earlierSchema });
const linkSchema = z.object({ earlier: earlierSchema, earlierPollId: z.string().min(1).max(64) });
const matchesSchema = z.object({
  round: z.number().int().min(0).max(SERIES_MAX_ROUNDS),
  matches: z.record(z.string().max(200), z.string().max(200).nullable()).refine((matches) => Object.keys(matches).length <= 50),
});

async function parseBody<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJsonBody(req));
  if (!parsed.success) throw new InvalidBody(zodIssues(parsed.error));
  return parsed.data;
}

class InvalidBody extends Error {
  constructor(readonly issues: unknown) {
    super("invalid body");
  }
}

export function createSeriesRouter(deps: { events: EventService; series: SeriesService; access: ModeratorAccess }) {
  return async function handleSeries(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const match = SERIES_PATH.exec(url.pathname);
    if (!match?.[1] || !match[2]) return false;
    const [, code = "", pollId = "", sub] = match;
    const event = await deps.events.findEventByCode(decodeURIComponent(code));
    await deps.access.requireModerator(req, event);
    const route = `${req.method} ${sub ?? ""}`;
    try {
      if (route === "GET ") sendJson(res, 200, { ok: true, ...(await deps.series.state(event, pollId)) });
      else if (route === "POST /candidates") {
        const { earlier } = await parseBody(req, candidatesSchema);
        const other = await deps.access.otherEvent(req, earlier);
        sendJson(res, 200, { ok: true, event: { code: other.code, title: other.title }, polls: await deps.series.candidates(other) });
      } else if (route === "POST ") {
        const body = await parseBody(req, linkSchema);
        const earlier = await deps.access.otherEvent(req, body.earlier);
        await deps.series.link({ event, pollId, earlier, earlierPollId: body.earlierPollId });
        sendJson(res, 200, { ok: true, ...(await deps.series.state(event, pollId)) });
      } else if (route === "PUT /matches") {
        const body = await parseBody(req, matchesSchema);
        await deps.series.setMatches({ event, pollId, ...body });
        sendJson(res, 200, { ok: true, ...(await deps.series.state(event, pollId)) });
      } else if (route === "DELETE ") {
        await deps.series.unlink(event, pollId);
        sendJson(res, 200, { ok: true, ...(await deps.series.state(event, pollId)) });
      } else sendError(res, 405, "INVALID_PAYLOAD", { reason: "method_not_allowed" });
    } catch (error) {
      if (error instanceof InvalidBody) sendError(res, 400, "INVALID_PAYLOAD", { issues: error.issues });
      else throw error;
    }
    return true;
  };
}
