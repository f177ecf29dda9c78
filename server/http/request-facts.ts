import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import type { RequestFacts } from "@/lib/http/origin";

/** What lib/http/origin.ts needs to know of a Node request. */
export function requestFacts(req: IncomingMessage): RequestFacts {
  return {
    header(name) {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    },
    encrypted: Boolean((req.socket as TLSSocket).encrypted),
  };
}

/**
 * The address a request came from, for rate limits. Behind a trusted proxy
 * it is the last X-Forwarded-For entry, the one the proxy itself appended:
 * entries before it are whatever the client sent.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers["x-forwarded-for"] : undefined;
  const last = (Array.isArray(forwarded) ? forwarded.join(",") : forwarded)?.split(",").at(-1)?.trim();
  return last || req.socket.remoteAddress || "unknown";
}
