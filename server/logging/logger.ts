/**
 * The server's structured log (pino): one JSON line per message, with a
 * level, and a request id where a request caused it. It never carries
 * personal data: no IP addresses, no participant or moderator tokens, no
 * text the audience typed. LOG_LEVEL sets the level (default "info"; tests run "silent").
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  base: { service: "barometer" },
  // If an error object ever carries a request, its secrets stay out.
  redact: { paths: ["*.headers.cookie", "*.headers.authorization", "req.url"], remove: true },
});

export type Logger = typeof logger;

/** Paths that carry a secret (the moderator link) are logged as their route only. */
export function routeOf(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0] ?? "/";
  return path.replace(/^\/moderate\/[^/]+/, "/moderate/:token").replace(/^\/invite\/[^/]+/, "/invite/:token");
}

/** A request id: the proxy's, when it sent a plausible one, else a fresh one. */
export function requestIdOf(req: IncomingMessage, trustProxy: boolean): string {
  const given = trustProxy ? req.headers["x-request-id"] : undefined;
  return typeof given === "string" && /^[\w.-]{8,128}$/.test(given) ? given : randomUUID();
}
