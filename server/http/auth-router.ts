/**
 * Sign-in, sign-out and what the signed-in moderator has: /auth/login,
 * /auth/callback, /auth/logout, /api/me, /api/me/events and accepting an
 * invitation. Without OIDC settings sign-in is simply not offered; the
 * secret links keep working either way.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { EventCreationMode } from "@/lib/domain/access/policy";
import { AppError } from "@/lib/domain/errors";
import { linkOrigin, type OriginConfig } from "@/lib/http/origin";
import { type Oidc, safeReturnPath } from "../auth/oidc";
import type { Sessions } from "../auth/sessions";
import type { Logger } from "../logging/logger";
import type { TeamService } from "../team/team-service";
import type { ModeratorAccess } from "./moderator-access";
import { readJsonBody, sendError, sendJson } from "./json";
import { requestFacts } from "./request-facts";
import { isSecureRequest } from "./security-headers";

const acceptInviteSchema = z.object({ token: z.string().min(16).max(128) });

function redirect(res: ServerResponse, location: string, cookies: string[] = []): void {
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  res.writeHead(303, { location, "cache-control": "no-store" }).end();
}

export function createAuthRouter(deps: {
  oidc: Oidc | null;
  sessions: Sessions;
  team: TeamService;
  access: Pick<ModeratorAccess, "signedInAccount">;
  origins: OriginConfig;
  eventCreation: EventCreationMode;
}) {
  const { oidc, sessions, team, origins } = deps;

  async function requireAccount(req: IncomingMessage): Promise<string> {
    const accountId = await deps.access.signedInAccount(req);
    if (!accountId) throw new AppError("FORBIDDEN", "sign_in_required");
    return accountId;
  }

  async function login(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (!oidc) return sendJson(res, 404, { ok: false, error: "NOT_FOUND" });
    const secure = isSecureRequest(req, origins);
    const { location, cookie } = await oidc.start({ origin: linkOrigin(requestFacts(req), origins), returnTo: safeReturnPath(url.searchParams.get("returnTo")), secure });
    redirect(res, location, [cookie]);
  }

  async function callback(req: IncomingMessage, res: ServerResponse, url: URL, log: Logger) {
    if (!oidc) return sendJson(res, 404, { ok: false, error: "NOT_FOUND" });
    const secure = isSecureRequest(req, origins);
    const pending = oidc.pending.read(req);
    if (!pending) return redirect(res, "/signin-failed");
    try {
      const callbackUrl = new URL(`${url.pathname}${url.search}`, linkOrigin(requestFacts(req), origins));
      const identity = await oidc.finish({ callbackUrl, pending });
      const account = await team.signIn(identity);
      redirect(res, pending.returnTo, [sessions.cookie.serialize({ accountId: account.id }, secure), oidc.pending.clear(secure)]);
    } catch (error) {
      // The provider's answer did not hold (wrong state, replayed code, bad token): no session. Its details stay in the log.
      log.warn({ err: error instanceof Error ? error.message : String(error) }, "sign-in failed");
      redirect(res, "/signin-failed", [oidc.pending.clear(secure)]);
    }
  }

  async function me(req: IncomingMessage, res: ServerResponse) {
    const accountId = sessions.accountOf(req);
    const account = accountId ? await team.findAccount(accountId) : null;
    sendJson(res, 200, { ok: true, account, signInAvailable: oidc !== null, eventCreation: deps.eventCreation });
  }

  return async function handleAuth(req: IncomingMessage, res: ServerResponse, url: URL, log: Logger): Promise<boolean> {
    const method = req.method ?? "GET";
    const path = url.pathname;
    if (path === "/auth/login" && method === "GET") await login(req, res, url);
    else if (path === "/auth/callback" && method === "GET") await callback(req, res, url, log);
    else if (path === "/auth/logout" && method === "POST") redirect(res, "/", [sessions.cookie.clear(isSecureRequest(req, origins))]);
    else if (path === "/api/me" && method === "GET") await me(req, res);
    else if (path === "/api/me/events" && method === "GET") sendJson(res, 200, { ok: true, events: await team.eventsOf(await requireAccount(req)) });
    else if (path === "/api/invites/accept" && method === "POST") {
      const accountId = await requireAccount(req);
      const parsed = acceptInviteSchema.safeParse(await readJsonBody(req));
      if (!parsed.success) sendError(res, 400, "INVALID_PAYLOAD");
      else sendJson(res, 200, { ok: true, ...(await team.acceptInvite(parsed.data.token, accountId)) });
    } else return false;
    return true;
  };
}
