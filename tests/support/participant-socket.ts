/** A Socket.IO client that is a phone of its own: it brings a participant token as the server issues them. */
import { io } from "socket.io-client";
import type { ClientSocket } from "@/lib/realtime/request";
import { PARTICIPANT_COOKIE } from "@/server/realtime/participant-cookie";
import { createParticipantTokens } from "@/server/security/participant-token";

/** The secret test servers sign participant tokens with, so that tests can make tokens as the server does. */
export const TEST_PARTICIPANT_SECRET = "test-participant-secret-of-at-least-32-characters";
const tokens = createParticipantTokens(Buffer.from(TEST_PARTICIPANT_SECRET, "utf8"));

/** A fresh token, signed as a test server signs them; the same token is the same phone. */
export function newParticipantToken(): string {
  return tokens.issue();
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
