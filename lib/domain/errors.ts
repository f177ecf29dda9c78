/**
 * Every error code a client can receive, over Socket.IO acks and HTTP alike.
 * Codes are stable API: clients translate them, tests assert them.
 */
export const ERROR_CODES = [
  "INVALID_PAYLOAD",
  "EVENT_NOT_FOUND",
  "POLL_NOT_FOUND",
  "POLL_NOT_OPEN",
  "POLL_HAS_BALLOTS",
  "INVALID_BALLOT",
  "VOTE_CHANGE_NOT_ALLOWED",
  "VOTE_ID_CONFLICT",
  "INVALID_ENTRY",
  "ENTRY_NOT_FOUND",
  "ENTRY_ID_CONFLICT",
  "INVALID_NICKNAME",
  "RATE_LIMITED",
  "MISSING_PARTICIPANT",
  "FORBIDDEN",
  "NOT_JOINED",
  "DATABASE_UNAVAILABLE",
  "INTERNAL_ERROR",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure of a use case; transports turn it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** A machine-readable refinement, e.g. why a ballot or an entry was refused ("duplicate_item", "text_too_long"). */
  readonly reason: string | undefined;
  /** For RATE_LIMITED: how long until the same request will be accepted. */
  readonly retryAfterMs: number | undefined;

  constructor(code: ErrorCode, reason?: string, details: { retryAfterMs?: number } = {}) {
    super(reason ? `${code}: ${reason}` : code);
    this.name = "AppError";
    this.code = code;
    this.reason = reason;
    this.retryAfterMs = details.retryAfterMs;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}
