/**
 * The one writer of votes. Votes that arrive while a batch is being committed
 * wait and go together in the next one: one transaction, one fsync, for as
 * many as `maxBatch` votes (group commit). Each vote's promise resolves only
 * after its batch is committed, so an acknowledged vote is durable.
 *
 * Because there is one writer, decisions that need "nobody else writes now"
 * are race-free: duplicate vote ids and the one-ballot rule are decided in
 * the repository inside the batch's transaction, in arrival order. Other work
 * that must not interleave with votes (rebuilding a projection, deleting a
 * poll's votes) runs through `exclusive`, between two batches.
 */

import { createDatabaseGate, type DatabaseGate } from "../db/faults";
import { logger } from "../logging/logger";
import { votesStored, writeBatchSize } from "../observability/metrics";
import type { BallotRepository, StoreVoteOutcome, VoteCommand } from "./ballot-repository";
import { commitOrSplit } from "./commit-or-split";

export interface CommittedVote {
  command: VoteCommand;
  outcome: StoreVoteOutcome;
}

type Job =
  | { kind: "vote"; command: VoteCommand; resolve: (outcome: StoreVoteOutcome) => void; reject: (error: unknown) => void }
  | { kind: "exclusive"; run: () => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

export function createVoteWriter(deps: {
  ballots: Pick<BallotRepository, "storeVoteBatch">;
  /** Called after each commit, in commit order, before any vote of the batch is acknowledged. */
  onCommitted?: (votes: CommittedVote[]) => void;
  maxBatch?: number;
  /** Every write goes through it: after a database fault, writes fail at once for a moment (db/faults.ts). */
  gate?: DatabaseGate;
}) {
  const maxBatch = deps.maxBatch ?? 500;
  const gate = deps.gate ?? createDatabaseGate();
  const queue: Job[] = [];
  let draining = false;

  /** Stores a batch of votes; the after-commit hook runs before any of them is acknowledged. */
  const commit = (batch: Extract<Job, { kind: "vote" }>[]) =>
    commitOrSplit<Extract<Job, { kind: "vote" }>, StoreVoteOutcome>(batch, async (jobs) => {
      const outcomes = await deps.ballots.storeVoteBatch(jobs.map((job) => job.command));
      writeBatchSize.observe(jobs.length);
      votesStored.inc(outcomes.filter((outcome) => outcome.kind === "stored").length);
      try {
        deps.onCommitted?.(jobs.map((job, i) => ({ command: job.command, outcome: outcomes[i] as StoreVoteOutcome })));
      } catch (error) {
        logger.error({ err: error }, "vote writer: after-commit hook failed");
      }
      return outcomes;
    }, gate);

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const next = queue[0];
      if (next?.kind === "exclusive") {
        queue.shift();
        await gate.write(next.run).then(next.resolve, next.reject);
        continue;
      }
      const batch: Extract<Job, { kind: "vote" }>[] = [];
      while (batch.length < maxBatch && queue[0]?.kind === "vote") batch.push(queue.shift() as Extract<Job, { kind: "vote" }>);
      await commit(batch);
    }
    draining = false;
  }

  function enqueue(job: Job): void {
    queue.push(job);
    if (draining) return;
    draining = true;
    // Wait one turn of the event loop, so that votes that arrived together are committed together.
    setImmediate(() => void drain());
  }

  return {
    gate,

    /** Stores a vote; resolves with its outcome once it is committed. */
    write(command: VoteCommand): Promise<StoreVoteOutcome> {
      return new Promise((resolve, reject) => enqueue({ kind: "vote", command, resolve, reject }));
    },

    /** Runs `run` with no vote being written meanwhile. */
    exclusive<T>(run: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) =>
        enqueue({ kind: "exclusive", run, resolve: resolve as (value: unknown) => void, reject }),
      );
    },

    /** Votes waiting for a commit (for metrics and the benchmark). */
    get queued(): number {
      return queue.length;
    },
  };
}

export type VoteWriter = ReturnType<typeof createVoteWriter>;
