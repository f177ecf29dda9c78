/**
 * Events do not live for ever: RETENTION_DAYS after it was created (180 by
 * default) an event is deleted with its polls, ballots, vote log, answers,
 * roles and audit log. The job runs at start and then daily; several
 * processes running it at once delete nothing twice.
 */
import type { EventRepository } from "../events/event-repository";
import { logger } from "../logging/logger";

export const DEFAULT_RETENTION_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

/** When an event created at `createdAt` is deleted. */
export function deletionDateOf(createdAt: Date, retentionDays: number): Date {
  return new Date(createdAt.getTime() + retentionDays * DAY_MS);
}

export function createRetention(deps: {
  events: Pick<EventRepository, "deleteEventsCreatedBefore">;
  retentionDays: number;
  now: () => Date;
}) {
  let timer: NodeJS.Timeout | undefined;

  /** Deletes every event whose time is up; answers how many. */
  async function deleteExpired(): Promise<number> {
    const cutoff = new Date(deps.now().getTime() - deps.retentionDays * DAY_MS);
    const deleted = await deps.events.deleteEventsCreatedBefore(cutoff);
    if (deleted > 0) logger.info({ deleted, retentionDays: deps.retentionDays }, "deleted expired events");
    return deleted;
  }

  const runLogged = () => deleteExpired().catch((error: unknown) => logger.error({ err: error }, "retention job failed"));

  return {
    deleteExpired,
    /** At once, then once a day; the timer does not keep the process alive. */
    start(): void {
      void runLogged();
      timer = setInterval(() => void runLogged(), DAY_MS);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
    },
  };
}
