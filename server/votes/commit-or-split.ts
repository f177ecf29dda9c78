import { type DatabaseGate, isDatabaseUnavailable } from "../db/faults";

/** A job waiting for its batch to be committed. */
export interface BatchedJob<O> {
  resolve: (outcome: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Commits jobs as one batch and settles each with its outcome. If the batch
 * fails, it goes again one job at a time, so one bad command (say, for a poll
 * deleted a moment ago) fails alone and never its neighbours. A database
 * that is unavailable fails the whole batch at once: trying each job again
 * would only hold the event loop longer.
 */
export async function commitOrSplit<J extends BatchedJob<O>, O>(batch: J[], commit: (jobs: J[]) => Promise<O[]>, gate: DatabaseGate): Promise<void> {
  let outcomes: O[];
  try {
    outcomes = await gate.write(() => commit(batch));
  } catch (error) {
    if (batch.length > 1 && !isDatabaseUnavailable(error)) {
      for (const job of batch) await commitOrSplit([job], commit, gate);
      return;
    }
    for (const job of batch) job.reject(error);
    return;
  }
  batch.forEach((job, i) => {
    job.resolve(outcomes[i] as O);
  });
}
