/**
 * Which origin this server is reached by, and which browser origins may talk
 * to it. Links and QR codes point at PUBLIC_URL when it is set; forwarded
 * headers (X-Forwarded-Host, X-Forwarded-Proto) count only behind a proxy the
 * operator trusts (TRUST_PROXY), since any client can send them. Pure: the
 * server and the pages hand in the request's headers.
 */

export interface OriginConfig {
  /** The address people use, e.g. https://umfrage.example.de. */
  publicUrl?: string;
  /** Whether a reverse proxy in front sets X-Forwarded-Host and X-Forwarded-Proto. */
  trustProxy: boolean;
  /** Further origins whose pages may open a socket (another front end of the same instance). */
  allowedOrigins: readonly string[];
}

export interface RequestFacts {
  header(name: string): string | undefined;
  /** Whether the connection to this server is TLS. */
  encrypted: boolean;
}

const first = (value: string | undefined) => value?.split(",")[0]?.trim() || undefined;

/** The origin links should point at: PUBLIC_URL, else the request's own host (and, behind a trusted proxy, what the proxy says). */
export function linkOrigin(request: RequestFacts, config: Pick<OriginConfig, "publicUrl" | "trustProxy">): string {
  if (config.publicUrl) return new URL(config.publicUrl).origin;
  const forwardedHost = config.trustProxy ? first(request.header("x-forwarded-host")) : undefined;
  const forwardedProto = config.trustProxy ? first(request.header("x-forwarded-proto")) : undefined;
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : request.encrypted ? "https" : "http";
  return `${proto}://${forwardedHost ?? request.header("host") ?? "localhost"}`;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a browser page of `origin` may open a socket: the app's own origin
 * (PUBLIC_URL, else the host it was reached by) or one the operator allowed.
 * No Origin header means no browser page (a script, a native client): allowed,
 * the rate limits guard that path. "null" (sandboxed frames, file://) is not a page of ours.
 */
export function isAllowedOrigin(origin: string | undefined, request: RequestFacts, config: OriginConfig): boolean {
  if (origin === undefined) return true;
  const asked = originOf(origin);
  if (asked === null) return false;
  if (config.allowedOrigins.some((allowed) => originOf(allowed) === asked)) return true;
  if (config.publicUrl) return originOf(config.publicUrl) === asked;
  const host = (config.trustProxy ? first(request.header("x-forwarded-host")) : undefined) ?? request.header("host");
  return host !== undefined && new URL(asked).host === host;
}
