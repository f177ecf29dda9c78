/**
 * Who is signed in, and who moderates an event, for HTTP: the secret moderator token as
 * `Authorization: Bearer TOKEN`, or the session of a signed-in account with a
 * role in the event. The policy module decides what each role may do.
 */
import type { IncomingMessage } from "node:http";
import { can } from "@/lib/domain/access/policy";
import { AppError } from "@/lib/domain/errors";
import type { Sessions } from "../auth/sessions";
import type { StoredEvent } from "../events/event-repository";
import type { TeamService } from "../team/team-service";

export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  return match?.[1];
}

export function createModeratorAccess(deps: { team: TeamService; sessions: Sessions }) {
  /** A token must open this very event (FORBIDDEN otherwise, even if it opens another). */
  async function moderatesByToken(token: string, eventId: string): Promise<boolean> {
    const access = await deps.team.accessByToken(token);
    if (access.event.id !== eventId || !can(access.role, "moderate")) throw new AppError("FORBIDDEN");
    return true;
  }

  async function moderatesByAccount(req: IncomingMessage, code: string): Promise<boolean> {
    const accountId = deps.sessions.accountOf(req);
    if (!accountId) return false;
    const access = await deps.team.accessByAccount(code, accountId).catch(() => null);
    return access !== null && can(access.role, "moderate");
  }

  /** Whether the request comes from a moderator of the event; a token for anything else is FORBIDDEN. */
  async function isModerator(req: IncomingMessage, event: StoredEvent): Promise<boolean> {
    const token = bearerToken(req);
    return token ? moderatesByToken(token, event.id) : moderatesByAccount(req, event.code);
  }

  return {
    isModerator,

    /** The account of a signed-in request that still exists; null otherwise. */
    async signedInAccount(req: IncomingMessage): Promise<string | null> {
      const accountId = deps.sessions.accountOf(req);
      return accountId && (await deps.team.findAccount(accountId)) ? accountId : null;
    },

    /**
     * Another event the same person moderates, proved by its secret token or
     * by the signed-in account's role in it (by code); FORBIDDEN otherwise.
     */
    async otherEvent(req: IncomingMessage, proof: { token?: string; code?: string }): Promise<StoredEvent> {
      if (proof.token) {
        const access = await deps.team.accessByToken(proof.token);
        if (!can(access.role, "moderate")) throw new AppError("FORBIDDEN");
        return access.event;
      }
      const accountId = deps.sessions.accountOf(req);
      if (!proof.code || !accountId) throw new AppError("FORBIDDEN", "credentials_required");
      const access = await deps.team.accessByAccount(proof.code, accountId);
      if (!can(access.role, "moderate")) throw new AppError("FORBIDDEN");
      return access.event;
    },

    /** FORBIDDEN unless the request comes from a moderator of the event; reason "credentials_required" when it brought none. */
    async requireModerator(req: IncomingMessage, event: StoredEvent): Promise<void> {
      if (await isModerator(req, event)) return;
      throw new AppError("FORBIDDEN", bearerToken(req) || deps.sessions.accountOf(req) ? undefined : "credentials_required");
    },
  };
}

export type ModeratorAccess = ReturnType<typeof createModeratorAccess>;
