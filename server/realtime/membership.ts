/** Which event and role a socket has joined; a socket is in one event, in one role, at a time. */
import { AppError } from "@/lib/domain/errors";
import type { SocketData } from "@/lib/realtime/contract";
import type { Broadcaster } from "./broadcaster";
import type { Presence } from "./presence";
import { type BarometerSocket, rooms } from "./types";

type Role = NonNullable<SocketData["role"]>;

const roomsOf = (eventId: string, role: Role) => [
  rooms.everyone(eventId),
  role === "attendee" ? rooms.attendees(eventId) : role === "presenter" ? rooms.presenters(eventId) : rooms.moderators(eventId),
];

export function createMembership(deps: { presence: Presence; broadcaster: Broadcaster }) {
  const { presence, broadcaster } = deps;

  function leave(socket: BarometerSocket): void {
    const { eventId, role } = socket.data;
    if (!eventId || !role) return;
    for (const room of roomsOf(eventId, role)) socket.leave(room);
    if (role === "attendee") {
      presence.leave(eventId, socket.data.participantKey);
      broadcaster.audienceChanged(eventId);
    }
    socket.data.eventId = undefined;
    socket.data.role = undefined;
  }

  return {
    enter(socket: BarometerSocket, eventId: string, role: Role): void {
      if (socket.data.eventId === eventId && socket.data.role === role) return;
      leave(socket);
      socket.data.eventId = eventId;
      socket.data.role = role;
      socket.join(roomsOf(eventId, role));
      if (role === "attendee") {
        presence.join(eventId, socket.data.participantKey);
        broadcaster.audienceChanged(eventId);
      }
    },

    leave,

    /** The event this socket joined in `role`; NOT_JOINED (or FORBIDDEN for moderation) otherwise. */
    requireEvent(socket: BarometerSocket, role: Role): string {
      if (socket.data.eventId && socket.data.role === role) return socket.data.eventId;
      throw new AppError(role === "moderator" ? "FORBIDDEN" : "NOT_JOINED");
    },
  };
}

export type Membership = ReturnType<typeof createMembership>;
