/**
 * Who may open a socket. A page of another site gets none (it would vote or
 * moderate through its visitors' browsers). A new connection counts against
 * its address's handshake limit and connection cap, and one without a
 * participant token against the address's limit of new participants: a script
 * that drops its cookie to mint ballots runs into that. A refused handshake
 * gets no token and fails with RATE_LIMITED and a retry hint.
 */
import type { IncomingMessage } from "node:http";
import { AppError } from "@/lib/domain/errors";
import { isAllowedOrigin, type OriginConfig } from "@/lib/http/origin";
import { clientAddress, requestFacts } from "../http/request-facts";
import { type Limits, rateLimited } from "../security/limits";

/** Socket.IO's connect_error carries `message` and `data` to the client. */
export type ConnectRefusal = Error & { data: { retryAfterMs?: number } };

export function createAdmission(deps: {
  limits: Limits;
  origins: OriginConfig;
  connectionsPerIp: number;
  carriesParticipantToken: (req: IncomingMessage) => boolean;
}) {
  const refusals = new WeakMap<IncomingMessage, AppError>();
  const openConnections = new Map<string, number>();
  const addressOf = (req: IncomingMessage) => clientAddress(req, deps.origins.trustProxy);

  async function admit(req: IncomingMessage): Promise<void> {
    const address = addressOf(req);
    if ((openConnections.get(address) ?? 0) >= deps.connectionsPerIp) throw rateLimited(10_000);
    await deps.limits.take("handshakesPerIp", address);
    if (!deps.carriesParticipantToken(req)) await deps.limits.take("newParticipantsPerIp", address);
  }

  return {
    addressOf,

    /** For engine.io's allowRequest: checks the origin of every request and the limits of each new connection. */
    allowRequest(req: IncomingMessage, callback: (error: string | null | undefined, success: boolean) => void): void {
      if (!isAllowedOrigin(req.headers.origin, requestFacts(req), deps.origins)) callback("origin not allowed", false);
      // Requests of an established connection carry its sid; only a handshake opens a new one.
      else if (new URL(req.url ?? "/", "http://localhost").searchParams.has("sid")) callback(null, true);
      else
        admit(req).then(
        () => callback(null, true),
        (error: unknown) => {
          // Let the handshake through to the middleware, which refuses it with a code the client can read.
          refusals.set(req, error instanceof AppError ? error : rateLimited(1_000));
          callback(null, true);
        },
      );
    },

    isRefused: (req: IncomingMessage) => refusals.has(req),

    /** For the connection middleware: the refusal of this handshake, if it had one. */
    refusalOf(req: IncomingMessage): ConnectRefusal | undefined {
      const refusal = refusals.get(req);
      if (!refusal) return undefined;
      return Object.assign(new Error(refusal.code), { data: { retryAfterMs: refusal.retryAfterMs } });
    },

    connected(address: string): void {
      openConnections.set(address, (openConnections.get(address) ?? 0) + 1);
    },

    disconnected(address: string): void {
      const left = (openConnections.get(address) ?? 1) - 1;
      if (left > 0) openConnections.set(address, left);
      else openConnections.delete(address);
    },
  };
}
