/**
 * Closes polls whose countdown runs out, and tells every screen. One timer per
 * poll; opening a poll again replaces its timer. Timers are re-armed from the
 * database at start, so a restart during a countdown still closes the poll
 * (at once, if its time passed while the server was down). Votes are judged by
 * the clock regardless (isAcceptingVotes), so a late timer never lets a late vote in.
 */

import type { EventService } from "../events/event-service";
import { logger } from "../logging/logger";
import type { Broadcaster } from "./broadcaster";

// setTimeout fires at once for delays beyond 2^31-1 ms; countdowns are at most an hour anyway.
const MAX_TIMER_MS = 2 ** 31 - 1;

export function createPollCountdowns(deps: {
  events: Pick<EventService, "closeExpiredPoll" | "listCountdowns" | "now">;
  broadcaster: Pick<Broadcaster, "eventChanged">;
}) {
  const timers = new Map<string, NodeJS.Timeout>();

  async function expire(eventId: string, pollId: string): Promise<void> {
    timers.delete(pollId);
    const expired = await deps.events.closeExpiredPoll({ pollId });
    if (expired.outcome === "closed") await deps.broadcaster.eventChanged(eventId);
    // Node's timers run on a monotonic clock and may fire just before the wall clock reaches the deadline: try again then.
    else if (expired.outcome === "early" && !timers.has(pollId)) arm({ eventId, pollId, closesAt: expired.closesAt });
  }

  function arm(args: { eventId: string; pollId: string; closesAt: Date | null }): void {
    clearTimeout(timers.get(args.pollId));
    timers.delete(args.pollId);
    if (!args.closesAt) return;
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, args.closesAt.getTime() - deps.events.now().getTime()));
    const timer = setTimeout(() => {
      expire(args.eventId, args.pollId).catch((error: unknown) => logger.error({ err: error }, "countdown could not close its poll"));
    }, delay);
    timers.set(args.pollId, timer);
  }

  return {
    arm,

    /** Arms a timer for every running countdown in the database. */
    async restore(): Promise<void> {
      for (const countdown of await deps.events.listCountdowns()) arm(countdown);
    },

    dispose(): void {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}

export type PollCountdowns = ReturnType<typeof createPollCountdowns>;
