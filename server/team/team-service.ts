/**
 * Who moderates an event, and what they did: access by the secret link or by
 * an account's role, invitations for co-moderators, rotating and revoking the
 * link, and the audit log. Decisions on what a role may do are the policy's
 * (lib/domain/access/policy.ts); this service finds the facts it needs.
 */
import { type Role, roleOf } from "@/lib/domain/access/policy";
import { AppError } from "@/lib/domain/errors";
import type { EventRepository, StoredEvent } from "../events/event-repository";
import { createSecretToken, hashSecretToken } from "../security/secret-token";
import type { TeamRepository } from "./team-repository";

/** Who acted, for the audit log: an account, or the secret link (accountId null). */
export interface Actor {
  accountId: string | null;
  name: string;
}

export const LINK_ACTOR: Actor = { accountId: null, name: "moderator link" };
/** An invitation is good for a week, and once. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface EventAccess {
  event: StoredEvent;
  role: Role;
  via: "link" | "account";
  actor: Actor;
}

export type AuditAction = "poll-reset" | "poll-deleted" | "poll-closed" | "role-granted" | "role-removed" | "invite-created" | "link-rotated" | "link-revoked";

export function createTeamService(deps: {
  team: TeamRepository;
  events: Pick<EventRepository, "findEventByModeratorTokenHash" | "findEventById" | "findEventByCode" | "setModeratorTokenHash">;
  now: () => Date;
}) {
  const { team, events, now } = deps;

  async function record(eventId: string, actor: Actor, action: AuditAction, detail: Record<string, unknown> = {}): Promise<void> {
    await team.recordAudit({ eventId, actorAccountId: actor.accountId, actorName: actor.name, action, detail });
  }

  return {
    record,

    /** The event a secret link opens, and the role it gives. FORBIDDEN for a forged, rotated or revoked link. */
    async accessByToken(token: string): Promise<EventAccess> {
      const event = await events.findEventByModeratorTokenHash(hashSecretToken(token));
      if (!event) throw new AppError("FORBIDDEN");
      const role = roleOf({ via: "link", eventHasOwner: await team.hasOwner(event.id) }) as Role;
      return { event, role, via: "link", actor: LINK_ACTOR };
    },

    /** The event an account moderates by its code. FORBIDDEN without a role in it. */
    async accessByAccount(code: string, accountId: string): Promise<EventAccess> {
      const [event, account] = await Promise.all([events.findEventByCode(code), team.findAccount(accountId)]);
      if (!event || !account) throw new AppError("FORBIDDEN");
      const role = roleOf({ via: "account", role: await team.roleIn(event.id, accountId) });
      if (!role) throw new AppError("FORBIDDEN");
      return { event, role, via: "account", actor: { accountId, name: account.name } };
    },

    signIn: (args: { issuer: string; subject: string; name: string }) => team.upsertAccount({ ...args, at: now() }),
    findAccount: (accountId: string) => team.findAccount(accountId),
    eventsOf: (accountId: string) => team.eventsOf(accountId),

    /** The account that created an event owns it. */
    async makeOwner(eventId: string, accountId: string): Promise<void> {
      await team.grantRole({ eventId, accountId, role: "owner" });
    },

    async invite(eventId: string, actor: Actor): Promise<{ token: string; expiresAt: string }> {
      const token = createSecretToken();
      const expiresAt = new Date(now().getTime() + INVITE_LIFETIME_MS);
      await team.createInvite({ eventId, tokenHash: hashSecretToken(token), role: "moderator", expiresAt });
      await record(eventId, actor, "invite-created", { role: "moderator" });
      return { token, expiresAt: expiresAt.toISOString() };
    },

    /** Makes the signed-in account a co-moderator; answers the event's code. The invitation is used up. */
    async acceptInvite(token: string, accountId: string): Promise<{ code: string; role: Role }> {
      const invite = await team.takeInvite(hashSecretToken(token), now());
      const account = await team.findAccount(accountId);
      if (!invite || !account) throw new AppError("FORBIDDEN", "invite_invalid");
      const event = await events.findEventById(invite.eventId);
      if (!event) throw new AppError("EVENT_NOT_FOUND");
      const role = await team.grantRole({ eventId: event.id, accountId, role: invite.role });
      await record(event.id, { accountId, name: account.name }, "role-granted", { accountId, name: account.name, role });
      return { code: event.code, role };
    },

    async removeMember(eventId: string, actor: Actor, accountId: string): Promise<void> {
      const account = await team.findAccount(accountId);
      if (!(await team.removeRole({ eventId, accountId }))) throw new AppError("FORBIDDEN", "not_removable");
      await record(eventId, actor, "role-removed", { accountId, name: account?.name ?? "" });
    },

    async revokeInvite(eventId: string, inviteId: string): Promise<void> {
      await team.deleteInvite({ eventId, inviteId });
    },

    /** A new secret link; the old one stops working at once. */
    async rotateLink(eventId: string, actor: Actor): Promise<string> {
      const token = createSecretToken();
      await events.setModeratorTokenHash({ eventId, moderatorTokenHash: hashSecretToken(token) });
      await record(eventId, actor, "link-rotated");
      return token;
    },

    /** No secret link any more: only accounts with a role moderate. Refused while no account owns the event, which would lock everyone out. */
    async revokeLink(eventId: string, actor: Actor): Promise<void> {
      if (!(await team.hasOwner(eventId))) throw new AppError("FORBIDDEN", "no_owner_account");
      await events.setModeratorTokenHash({ eventId, moderatorTokenHash: null });
      await record(eventId, actor, "link-revoked");
    },

    async view(eventId: string) {
      const [members, invites, audit, linkActive] = await Promise.all([
        team.listMembers(eventId),
        team.listInvites(eventId, now()),
        team.listAudit(eventId),
        team.hasModeratorLink(eventId),
      ]);
      return { members, invites, audit, linkActive };
    },
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
