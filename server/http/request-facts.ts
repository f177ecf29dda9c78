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
