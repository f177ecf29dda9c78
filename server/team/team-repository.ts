/** Accounts, their roles in events, invitations and the audit log, in the database. */
import type { Role } from "@/lib/domain/access/policy";
import type { Database } from "../db/client";

export interface Account {
  id: string;
  name: string;
}

export interface Member extends Account {
  role: Role;
}

export interface AuditEntry {
  id: string;
  at: string;
  /** Null when the secret link acted. */
  actorAccountId: string | null;
  actorName: string;
  action: string;
  detail: Record<string, unknown>;
}

export function createTeamRepository(db: Database) {
  return {
    /** The account of an identity provider's user, created on first sign-in; the name follows the provider's. */
    async upsertAccount(args: { issuer: string; subject: string; name: string; at: Date }): Promise<Account> {
      return db.account.upsert({
        where: { issuer_subject: { issuer: args.issuer, subject: args.subject } },
        create: { issuer: args.issuer, subject: args.subject, name: args.name, lastSignInAt: args.at },
        update: { name: args.name, lastSignInAt: args.at },
        select: { id: true, name: true },
      });
    },

    findAccount(id: string): Promise<Account | null> {
      return db.account.findUnique({ where: { id }, select: { id: true, name: true } });
    },

    async roleIn(eventId: string, accountId: string): Promise<Role | null> {
      const row = await db.eventRole.findUnique({ where: { eventId_accountId: { eventId, accountId } }, select: { role: true } });
      return (row?.role as Role | undefined) ?? null;
    },

    async hasOwner(eventId: string): Promise<boolean> {
      return (await db.eventRole.count({ where: { eventId, role: "owner" } })) > 0;
    },

    /** Gives an account a role; an owner stays owner (an invitation never demotes). */
    async grantRole(args: { eventId: string; accountId: string; role: Role }): Promise<Role> {
      const current = await this.roleIn(args.eventId, args.accountId);
      if (current === "owner") return current;
      await db.eventRole.upsert({
        where: { eventId_accountId: { eventId: args.eventId, accountId: args.accountId } },
        create: args,
        update: { role: args.role },
      });
      return args.role;
    },

    async removeRole(args: { eventId: string; accountId: string }): Promise<boolean> {
      const { count } = await db.eventRole.deleteMany({ where: { eventId: args.eventId, accountId: args.accountId, role: { not: "owner" } } });
      return count > 0;
    },

    async listMembers(eventId: string): Promise<Member[]> {
      const rows = await db.eventRole.findMany({
        where: { eventId },
        orderBy: [{ role: "desc" }, { createdAt: "asc" }],
        select: { role: true, account: { select: { id: true, name: true } } },
      });
      return rows.map((row) => ({ ...row.account, role: row.role as Role }));
    },

    async eventsOf(accountId: string) {
      const rows = await db.eventRole.findMany({
        where: { accountId },
        orderBy: { event: { createdAt: "desc" } },
        select: { role: true, event: { select: { code: true, title: true, createdAt: true } } },
      });
      return rows.map((row) => ({ code: row.event.code, title: row.event.title, createdAt: row.event.createdAt.toISOString(), role: row.role as Role }));
    },

    async hasModeratorLink(eventId: string): Promise<boolean> {
      const event = await db.event.findUnique({ where: { id: eventId }, select: { moderatorTokenHash: true } });
      return Boolean(event?.moderatorTokenHash);
    },

    async createInvite(args: { eventId: string; tokenHash: string; role: Role; expiresAt: Date }): Promise<void> {
      await db.eventInvite.create({ data: args });
    },

    /** Uses up an invitation: answers its event and role once, if it has not expired. */
    async takeInvite(tokenHash: string, now: Date): Promise<{ eventId: string; role: Role } | null> {
      const invite = await db.eventInvite.findUnique({ where: { tokenHash } });
      if (!invite) return null;
      const { count } = await db.eventInvite.deleteMany({ where: { id: invite.id } });
      if (count === 0 || invite.expiresAt <= now) return null;
      return { eventId: invite.eventId, role: invite.role as Role };
    },

    async listInvites(eventId: string, now: Date) {
      const rows = await db.eventInvite.findMany({ where: { eventId, expiresAt: { gt: now } }, orderBy: { createdAt: "asc" } });
      return rows.map((row) => ({ id: row.id, role: row.role as Role, expiresAt: row.expiresAt.toISOString() }));
    },

    async deleteInvite(args: { eventId: string; inviteId: string }): Promise<void> {
      await db.eventInvite.deleteMany({ where: { id: args.inviteId, eventId: args.eventId } });
    },

    async recordAudit(args: { eventId: string; actorAccountId: string | null; actorName: string; action: string; detail: Record<string, unknown> }) {
      await db.auditEntry.create({ data: { ...args, detail: JSON.stringify(args.detail) } });
    },

    async listAudit(eventId: string, limit = 200): Promise<AuditEntry[]> {
      const rows = await db.auditEntry.findMany({ where: { eventId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
      return rows.map((row) => ({
        id: row.id,
        at: row.createdAt.toISOString(),
        actorAccountId: row.actorAccountId,
        actorName: row.actorName,
        action: row.action,
        detail: JSON.parse(row.detail) as Record<string, unknown>,
      }));
    },
  };
}

export type TeamRepository = ReturnType<typeof createTeamRepository>;
