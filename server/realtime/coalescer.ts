/**
 * Runs `flush(key)` at most once per `intervalMs` for each key, however often
 * `schedule(key)` is called. The first call after a quiet period flushes at
 * once; calls during a flush or its cool-down fold into one flush when the
 * cool-down ends. Flushes of one key never overlap, so an older snapshot can
 * never overtake a newer one.
 */
import { logger } from "../logging/logger";

export function createCoalescer<K>(intervalMs: number, flush: (key: K) => Promise<void>) {
  const active = new Map<K, { pending: boolean; timer?: NodeJS.Timeout }>();
  let disposed = false;

  async function run(key: K, state: { pending: boolean; timer?: NodeJS.Timeout }): Promise<void> {
    const startedAt = Date.now();
    try {
      await flush(key);
    } catch (error) {
      logger.error({ err: error }, "broadcast flush failed");
    }
    if (disposed) return;
    state.timer = setTimeout(
      () => {
        if (state.pending) {
          state.pending = false;
          void run(key, state);
        } else {
          active.delete(key);
        }
      },
      Math.max(0, startedAt + intervalMs - Date.now()),
    );
  }

  return {
    schedule(key: K): void {
      if (disposed) return;
      const state = active.get(key);
      if (state) {
        state.pending = true;
        return;
      }
      const fresh = { pending: false };
      active.set(key, fresh);
      void run(key, fresh);
    },

    /** Drops every pending flush (on shutdown). */
    dispose(): void {
      disposed = true;
      for (const state of active.values()) clearTimeout(state.timer);
      active.clear();
    },
  };
}
