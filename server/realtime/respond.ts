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

function toFailure(error: unknown): Extract<Ack<never>, { ok: false }> {
  if (error instanceof AppError) {
    return (error.code === "INVALID_BALLOT" || error.code === "INVALID_ENTRY") && error.reason
      ? { ok: false, error: error.code, reason: error.reason as BallotProblem | EntryProblem }
      : { ok: false, error: error.code };
  }
  console.error("[realtime] unexpected error", error);
  return { ok: false, error: "INTERNAL_ERROR" };
}

export function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

export function respond<S extends z.ZodType, T>(
  schema: S,
  run: (payload: z.output<S>) => Promise<T>,
): (payload: unknown, ack: AckCallback<T>) => void {
  return (payload, ack) => {
    // A client that sends no callback cannot be answered; it still must not crash us.
    const reply: AckCallback<T> = typeof ack === "function" ? ack : () => {};
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
