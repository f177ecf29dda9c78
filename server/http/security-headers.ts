/**
 * Headers every response carries. Pages get a Content-Security-Policy with a
 * fresh nonce: Next puts it on its own scripts (it reads the nonce from the
 * request's policy header), so no inline script of anyone else runs. Nothing
 * loads or connects anywhere but this origin. Over TLS, HSTS keeps browsers
 * from ever trying plain HTTP again.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { OriginConfig } from "@/lib/http/origin";

export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code; the production build does not.
    `script-src 'self' 'nonce-${nonce}'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (positions of bars and words) cannot carry a nonce; styles run no code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // 'self' covers the app's own ws:// and wss:// as well.
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Whether the browser reached us over TLS: directly, or through a proxy we trust that says so. */
export function isSecureRequest(req: IncomingMessage, origins: Pick<OriginConfig, "trustProxy">): boolean {
  if ("encrypted" in req.socket && req.socket.encrypted) return true;
  const forwarded = req.headers["x-forwarded-proto"];
  return origins.trustProxy && (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() === "https";
}

export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse, origins: Pick<OriginConfig, "trustProxy">): void {
  // Moderator links carry their secret in the path: never leak it to other sites.
  res.setHeader("referrer-policy", "same-origin");
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("permissions-policy", "camera=(), microphone=(), geolocation=()");
  if (isSecureRequest(req, origins)) res.setHeader("strict-transport-security", "max-age=31536000");
}

/** For a page request: a fresh nonce in the response's policy, and in the request's, where Next looks for it. */
export function setPagePolicy(req: IncomingMessage, res: ServerResponse, options: { dev: boolean }): void {
  const policy = contentSecurityPolicy(randomBytes(16).toString("base64"), options);
  req.headers["content-security-policy"] = policy;
  res.setHeader("content-security-policy", policy);
}
