/**
 * The owner's side of the console: co-moderators, invitations, the secret
 * link and the audit log. Every call asks the policy for "manage"; a
 * moderator who is not the owner gets FORBIDDEN.
 */
import { can } from "@/lib/domain/access/policy";
import { AppError } from "@/lib/domain/errors";
import { emptyPayloadSchema, teamInvitePayloadSchema, teamMemberPayloadSchema } from "@/lib/realtime/contract";
import type { TeamService } from "../team/team-service";
import type { Membership } from "./membership";
import { respond } from "./respond";
import { type BarometerServer, type BarometerSocket, rooms } from "./types";

export function registerTeamHandlers(socket: BarometerSocket, deps: { io: BarometerServer; team: TeamService; membership: Membership }): void {
  const { io, team, membership } = deps;

  function requireOwner(): { eventId: string; actor: { accountId: string | null; name: string } } {
    const eventId = membership.requireEvent(socket, "moderator");
    const access = socket.data.access;
    if (!access || !can(access.role, "manage")) throw new AppError("FORBIDDEN");
    return { eventId, actor: access.actor };
  }

  /** Moderator consoles of the event that lost their access: closed, so they must come in again. */
  async function disconnectModerators(eventId: string, lostAccess: (access: NonNullable<BarometerSocket["data"]["access"]>) => boolean) {
    for (const other of await io.in(rooms.moderators(eventId)).fetchSockets()) {
      if (other.id !== socket.id && other.data.access && lostAccess(other.data.access)) other.disconnect(true);
    }
  }

  socket.on(
    "team:view",
    respond(emptyPayloadSchema, async () => team.view(requireOwner().eventId)),
  );

  socket.on(
    "team:invite",
    respond(emptyPayloadSchema, async () => {
      const { eventId, actor } = requireOwner();
      return team.invite(eventId, actor);
    }),
  );

  socket.on(
    "team:revoke-invite",
    respond(teamInvitePayloadSchema, async ({ inviteId }) => {
      await team.revokeInvite(requireOwner().eventId, inviteId);
      return null;
    }),
  );

  socket.on(
    "team:remove-member",
    respond(teamMemberPayloadSchema, async ({ accountId }) => {
      const { eventId, actor } = requireOwner();
      await team.removeMember(eventId, actor, accountId);
      await disconnectModerators(eventId, (access) => access.actor.accountId === accountId);
      return null;
    }),
  );

  socket.on(
    "link:rotate",
    respond(emptyPayloadSchema, async () => {
      const { eventId, actor } = requireOwner();
      const token = await team.rotateLink(eventId, actor);
      await disconnectModerators(eventId, (access) => access.via === "link");
      return { token };
    }),
  );

  socket.on(
    "link:revoke",
    respond(emptyPayloadSchema, async () => {
      const { eventId, actor } = requireOwner();
      await team.revokeLink(eventId, actor);
      await disconnectModerators(eventId, (access) => access.via === "link");
      return null;
    }),
  );
}
