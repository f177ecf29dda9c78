/**
 * What this process does when another one announces a change (cluster.ts):
 * it reads the poll anew and shows its screens the result, forgets what it
 * cached of a changed event, and counts the other processes' audience in.
 */
import { logger } from "../logging/logger";
import type { Broadcaster } from "../realtime/broadcaster";
import { createCoalescer } from "../realtime/coalescer";
import type { ResultsProjection } from "../results/projection";
import type { Cluster } from "./cluster";

/** A process announces a poll's committed votes at most this often. */
export const CLUSTER_NOTICE_INTERVAL_MS = 100;
/** …and reads a poll others voted on at most this often: each read is all of its ballots. */
export const CLUSTER_REFRESH_INTERVAL_MS = 200;

export function followCluster(deps: {
  cluster: Cluster;
  projection: Pick<ResultsProjection, "refresh" | "invalidate">;
  caches: { clear(): void };
  broadcaster: Pick<Broadcaster, "resultsChanged" | "eventChanged" | "audienceChanged">;
}) {
  const { projection, broadcaster } = deps;
  const refresh = createCoalescer(CLUSTER_REFRESH_INTERVAL_MS, async (key: string) => {
    const [eventId, pollId] = key.split("/") as [string, string];
    await projection.refresh(pollId);
    broadcaster.resultsChanged(eventId, pollId);
  });

  deps.cluster.listen((notice) => {
    switch (notice.kind) {
      case "poll-changed":
        refresh.schedule(`${notice.eventId}/${notice.pollId}`);
        break;
      case "poll-invalidated":
        projection.invalidate(notice.pollId, { announce: false });
        break;
      case "event-changed":
        deps.caches.clear();
        broadcaster.eventChanged(notice.eventId, { announce: false }).catch((error: unknown) => logger.error({ err: error }, "cluster: event refresh failed"));
        break;
      case "audience":
        broadcaster.audienceChanged(notice.eventId, { local: false });
        break;
    }
  });

  return { dispose: () => refresh.dispose() };
}
