/**
 * When the database, not the request, is the problem: locked by another
 * program (a backup holding SQLite's write lock), read-only, full, or out of
 * reach (PostgreSQL down). Such faults answer DATABASE_UNAVAILABLE (HTTP 503)
 * instead of a generic error, and a gate keeps writers from queuing up behind
 * a database that just failed: SQLite's driver waits synchronously, so each
 * attempt holds the whole event loop for up to the busy timeout.
 */
import { AppError } from "@/lib/domain/errors";

/** How long SQLite waits for a lock before giving up; the event loop waits with it. */
export const SQLITE_BUSY_TIMEOUT_MS = 100;
/** After a fault, writes fail at once for this long before the database is tried again. */
export const FAULT_COOL_DOWN_MS = 1_000;

const SQLITE_FAULTS = /SQLITE_(BUSY|LOCKED|READONLY|IOERR|FULL|CANTOPEN|PROTOCOL)/;
/** Prisma's codes for an unreachable, timed-out or exhausted database. */
const PRISMA_FAULTS = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** PostgreSQL: connection exceptions (08…), too many connections, admin shutdown, read-only transaction, disk full. */
const POSTGRES_FAULTS = /^(08...|53300|57P0[123]|25006|53100)$/;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof AppError) return error.code === "DATABASE_UNAVAILABLE";
  if (typeof error !== "object" || error === null) return false;
  const { code, message, meta } = error as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  const original = meta?.driverAdapterError?.cause?.originalCode;
  if (typeof original === "string" && (SQLITE_FAULTS.test(original) || POSTGRES_FAULTS.test(original))) return true;
  if (typeof code === "string" && PRISMA_FAULTS.has(code)) return true;
  return typeof message === "string" && SQLITE_FAULTS.test(message);
}

export const databaseUnavailable = () => new AppError("DATABASE_UNAVAILABLE");

/** Writes go through the gate: a fault closes it for FAULT_COOL_DOWN_MS, during which writes fail without touching the database. */
export function createDatabaseGate(options: { coolDownMs?: number; now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const coolDownMs = options.coolDownMs ?? FAULT_COOL_DOWN_MS;
  let closedUntil = 0;
  return {
    async write<T>(run: () => Promise<T>): Promise<T> {
      if (now() < closedUntil) throw databaseUnavailable();
      try {
        return await run();
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        closedUntil = now() + coolDownMs;
        throw databaseUnavailable();
      }
    },
  };
}

export type DatabaseGate = ReturnType<typeof createDatabaseGate>;
