/**
 * Who is signed in: a signed cookie with the account's id, good for twelve
 * hours. Nothing else about the person is in it or on the server beyond the
 * account (issuer, subject, name).
 */
import type { IncomingMessage } from "node:http";
import { z } from "zod";
import { createSignedCookie, deriveKey } from "./signed-cookie";

export const SESSION_COOKIE = "barometer_session";
const SESSION_HOURS = 12;

export function createSessions(secret: Buffer) {
  const cookie = createSignedCookie({
    name: SESSION_COOKIE,
    key: deriveKey(secret, "session"),
    maxAgeSeconds: SESSION_HOURS * 3600,
    schema: z.object({ accountId: z.string().min(1).max(64) }),
  });
  return {
    cookie,
    accountOf: (req: Pick<IncomingMessage, "headers">): string | null => cookie.read(req)?.accountId ?? null,
  };
}

export type Sessions = ReturnType<typeof createSessions>;
