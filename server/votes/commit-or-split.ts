/** A job waiting for its batch to be committed. */
export interface BatchedJob<O> {
  resolve: (outcome: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Commits jobs as one batch and settles each with its outcome. If the batch
 * fails, it goes again one job at a time, so one bad command (say, for a poll
 * deleted a moment ago) fails alone and never its neighbours.
 */
export async function commitOrSplit<J extends BatchedJob<O>, O>(batch: J[], commit: (jobs: J[]) => Promise<O[]>): Promise<void> {
  let outcomes: O[];
  try {
    outcomes = await commit(batch);
  } catch (error) {
    if (batch.length > 1) {
      for (const job of batch) await commitOrSplit([job], commit);
      return;
    }
    for (const job of batch) job.reject(error);
    return;
  }
  batch.forEach((job, i) => {
    job.resolve(outcomes[i] as O);
  });
}
