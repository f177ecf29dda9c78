import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "@/lib/realtime/contract";

export type BarometerServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type BarometerSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Socket.IO rooms of an event, one per audience of its messages. */
export const rooms = {
  everyone: (eventId: string) => `event:${eventId}`,
  attendees: (eventId: string) => `event:${eventId}:attendees`,
  presenters: (eventId: string) => `event:${eventId}:presenters`,
  moderators: (eventId: string) => `event:${eventId}:moderators`,
};
