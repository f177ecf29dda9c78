/**
 * Attendees have no account: a phone is known by a token the server issues
 * in an HttpOnly cookie on the Socket.IO handshake, signed so that only
 * tokens this server issued count (see security/participant-token.ts). Only
 * its hash reaches the database. No personal data is involved, so no consent banner is needed.
 */
import type { IncomingMessage } from "node:http";
import { parse, serialize } from "cookie";
import type { ParticipantTokens } from "../security/participant-token";
import { hashSecretToken } from "../security/secret-token";

export const PARTICIPANT_COOKIE = "barometer_participant";
const MAX_AGE_SECONDS = 60 * 60 * 24 * 180;

type HandshakeRequest = IncomingMessage & { participantToken?: string };

export function createParticipantCookies(tokens: ParticipantTokens) {
  function tokenIn(cookieHeader: string | undefined): string | undefined {
    const token = parse(cookieHeader ?? "")[PARTICIPANT_COOKIE];
    return token && tokens.verify(token) ? token : undefined;
  }
  const readToken = (request: IncomingMessage) => tokenIn(request.headers.cookie);

  return {
    /** Whether a handshake brings a token this server issued. */
    carriesToken: (request: IncomingMessage) => readToken(request) !== undefined,

    /**
     * For engine.io's `initial_headers`: issues a token to a browser that has
     * none (or one this server did not issue) and remembers it on the request for the middleware.
     */
    issue(headers: Record<string, string | string[]>, request: IncomingMessage): void {
      if (readToken(request)) return;
      const token = tokens.issue();
      (request as HandshakeRequest).participantToken = token;
      const secure = request.headers["x-forwarded-proto"] === "https" || "encrypted" in request.socket;
      headers["set-cookie"] = serialize(PARTICIPANT_COOKIE, token, {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        maxAge: MAX_AGE_SECONDS,
        secure,
      });
    },

    /** The participant key (hash of the token) of a handshake, or undefined if it carries none. */
    keyOf(request: IncomingMessage): string | undefined {
      const token = (request as HandshakeRequest).participantToken ?? readToken(request);
      return token ? hashSecretToken(token) : undefined;
    },

    /** The participant key of a page request's cookies, or undefined before the phone's first handshake. */
    keyOfCookies(cookieHeader: string | undefined): string | undefined {
      const token = tokenIn(cookieHeader);
      return token ? hashSecretToken(token) : undefined;
    },
  };
}
