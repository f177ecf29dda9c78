/**
 * Several server processes on one database: how they stay one event.
 *
 * The design: every process renders its own screens, from the shared
 * database, and only its own (Socket.IO emits are node-local). Redis carries
 * change notices, never results. When a process commits votes or entries, it
 * announces the poll; every other process then reads that poll's ballots
 * again (in its writer's exclusive turn, so none of its own commits
 * interleave) and sends its screens the result. A result is thus always a
 * count of committed ballots, read from the one source of truth: nothing is
 * counted twice, and since each process only ever adds what it committed or
 * re-reads a later state of the database, a screen's count never goes back.
 * Moderators' changes are announced the same way (caches dropped, screens
 * refreshed), and the audience count is the sum of what each process reports.
 *
 * Without REDIS_URL the cluster is this process alone, and every notice is a no-op.
 */

export type ClusterNotice =
  /** Votes or entries of the poll were committed. */
  | { kind: "poll-changed"; eventId: string; pollId: string }
  /** The poll's stored results must be read anew (reset, changed items, deleted). */
  | { kind: "poll-invalidated"; pollId: string }
  /** A moderator changed the event (polls, live poll, title, quiz, roles): caches and screens follow. */
  | { kind: "event-changed"; eventId: string }
  /** How many phones this process has connected to the event. */
  | { kind: "audience"; eventId: string; connected: number };

export interface Cluster {
  /** This process's id within the cluster. */
  readonly nodeId: string;
  /** Tells every other process. */
  announce(notice: ClusterNotice): void;
  /** Hears what other processes announce (never its own notices). */
  listen(handler: (notice: ClusterNotice) => void): void;
  /** Phones connected to the event on the other processes. */
  remoteAudience(eventId: string): number;
  /** Where this process's own audience per event is read, for the heartbeat that tells the others. */
  reportAudience(counts: () => Map<string, number>): void;
  close(): Promise<void>;
}

/** One process: nobody to tell, nobody to hear. */
export function createSoloCluster(): Cluster {
  return {
    nodeId: "solo",
    announce: () => {},
    listen: () => {},
    remoteAudience: () => 0,
    reportAudience: () => {},
    close: async () => {},
  };
}
