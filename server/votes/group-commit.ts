/**
 * Group commit for writes other than votes (upvotes): commands that arrive
 * while the vote writer is busy wait, and go together, in the writer's next
 * `exclusive` turn, to `commit` as one batch, so one transaction and one
 * fsync serve them all, and none interleaves with a vote batch or a rebuild
 * of the results. Each command's promise resolves once its batch is committed.
 */
import { logger } from "../logging/logger";
import { type BatchedJob, commitOrSplit } from "./commit-or-split";
import type { VoteWriter } from "./vote-writer";

interface Waiting<C, O> extends BatchedJob<O> {
  command: C;
}

export function createGroupCommit<C, O>(deps: {
  writer: Pick<VoteWriter, "exclusive" | "gate">;
  /** Writes the batch in one transaction; answers one outcome per command, in order. */
  commit: (batch: C[]) => Promise<O[]>;
  maxBatch?: number;
}) {
  const maxBatch = deps.maxBatch ?? 500;
  const waiting: Waiting<C, O>[] = [];
  let scheduled = false;

  const run = (batch: Waiting<C, O>[]) => commitOrSplit<Waiting<C, O>, O>(batch, (jobs) => deps.commit(jobs.map((job) => job.command)), deps.writer.gate);

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    deps.writer
      .exclusive(async () => {
        scheduled = false;
        const batch = waiting.splice(0, maxBatch);
        if (waiting.length > 0) schedule();
        await run(batch);
      })
      .catch((error: unknown) => logger.error({ err: error }, "group commit failed"));
  }

  return {
    submit(command: C): Promise<O> {
      return new Promise<O>((resolve, reject) => {
        waiting.push({ command, resolve, reject });
        schedule();
      });
    },
  };
}
