/**
 * Turns a use case into a Socket.IO handler: validates the payload, runs the
 * use case, and answers through the acknowledgement. Whatever happens, the
 * client gets `{ ok: true, data }` or `{ ok: false, error }` and the server keeps running.
 */
import type { z } from "zod";
import type { EntryProblem } from "@/lib/domain/entries/text-entry";
import { AppError } from "@/lib/domain/errors";
import type { BallotProblem } from "@/lib/domain/poll";
import type { Ack, AckCallback } from "@/lib/realtime/contract";
import { FAULT_COOL_DOWN_MS, isDatabaseUnavailable } from "../db/faults";
import { logger } from "../logging/logger";

export type Failure = Extract<Ack<never>, { ok: false }>;

export function toFailure(error: unknown): Failure {
  if (isDatabaseUnavailable(error)) {
    logger.warn("database unavailable: a socket call was refused");
    return { ok: false, error: "DATABASE_UNAVAILABLE", retryAfterMs: FAULT_COOL_DOWN_MS };
  }
  if (error instanceof AppError) {
    if ((error.code === "INVALID_BALLOT" || error.code === "INVALID_ENTRY") && error.reason) {
      return { ok: false, error: error.code, reason: error.reason as BallotProblem | EntryProblem };
    }
    if (error.retryAfterMs !== undefined) return { ok: false, error: error.code, retryAfterMs: error.retryAfterMs };
    return { ok: false, error: error.code };
  }
  logger.error({ err: error }, "socket call failed");
  return { ok: false, error: "INTERNAL_ERROR" };
}

/** At most this many issues go back, each cut short: a small request must not earn a large answer. */
const MAX_ISSUES = 10;
const MAX_ISSUE_TEXT = 200;

export function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.join(".").slice(0, MAX_ISSUE_TEXT),
    message: issue.message.slice(0, MAX_ISSUE_TEXT),
  }));
}

/** Socket.IO puts the acknowledgement last, however many arguments a client sends before it. */
export function ackOf(args: readonly unknown[]): ((response: never) => void) | undefined {
  const last = args.at(-1);
  return typeof last === "function" ? (last as (response: never) => void) : undefined;
}

export function respond<S extends z.ZodType, T>(
  schema: S,
  run: (payload: z.output<S>) => Promise<T>,
): (...args: unknown[]) => void {
  return (...args) => {
    // A client that sends no callback cannot be answered; it still must not crash us.
    const reply = (ackOf(args) ?? (() => {})) as AckCallback<T>;
    const payload = typeof args[0] === "function" ? undefined : args[0];
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      reply({ ok: false, error: "INVALID_PAYLOAD", issues: zodIssues(parsed.error) });
      return;
    }
    run(parsed.data).then(
      (data) => reply({ ok: true, data }),
      (error: unknown) => reply(toFailure(error)),
    );
  };
}
