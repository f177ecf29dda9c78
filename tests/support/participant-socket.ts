/** A Socket.IO client that is a phone of its own: it brings a participant token as the server issues them. */
import { randomBytes } from "node:crypto";
import { io } from "socket.io-client";
import type { ClientSocket } from "@/lib/realtime/request";
import { PARTICIPANT_COOKIE } from "@/server/realtime/participant-cookie";

/** A fresh token; the same token is the same phone. */
export function newParticipantToken(): string {
  return randomBytes(32).toString("base64url");
}

export async function connectParticipant(url: string, participantToken = newParticipantToken()): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, {
    transports: ["websocket"],
    extraHeaders: { cookie: `${PARTICIPANT_COOKIE}=${participantToken}` },
    forceNew: true,
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return socket;
}
