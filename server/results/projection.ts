/**
 * Results kept live in memory: for every poll that has been asked for, its
 * incremental aggregate and each participant's current ballot. A vote is
 * applied as remove-old plus add-new right after its batch commits, so a
 * snapshot costs O(items), not O(ballots).
 *
 * The database stays the source of truth: a poll's entry is built from its
 * stored ballots, and built again after a reset or a change of its items.
 * Builds run through the vote writer's `exclusive`, so no batch commits
 * while a build reads: every committed vote is either in what the build read
 * or applied after it, never both, never neither.
 */
import { type Ballot, createPollAggregate, type PollResults } from "@/lib/domain/poll";
import type { Aggregate, PollShape } from "@/lib/domain/poll-kinds/kind";
import type { CommittedVote, VoteWriter } from "../votes/vote-writer";

export interface ResultsView {
  pollId: string;
  results: PollResults;
  /** Grows with every change of the poll's results, across rebuilds and restarts too. */
  version: number;
  /** Participant keys with a ballot in the poll. */
  voters: ReadonlySet<string>;
}

interface Entry {
  aggregate: Aggregate<Ballot, PollResults>;
  ballots: Map<string, Ballot>;
}

export function createResultsProjection(deps: {
  findPoll(pollId: string): Promise<(PollShape & { id: string }) | null>;
  listBallots(pollId: string): Promise<{ participantKey: string; ballot: Ballot }[]>;
  writer: Pick<VoteWriter, "exclusive">;
}) {
  const ready = new Map<string, Entry>();
  const building = new Map<string, Promise<Entry | null>>();
  const versions = new Map<string, number>();
  // Versions follow the clock (and step past it if a poll changes more than once a millisecond),
  // so that they keep growing across a restart, when clients still hold the old process's snapshots.
  const bump = (pollId: string) => versions.set(pollId, Math.max((versions.get(pollId) ?? 0) + 1, Date.now()));

  function build(pollId: string): Promise<Entry | null> {
    const pending = deps.writer.exclusive(async () => {
      const poll = await deps.findPoll(pollId);
      if (!poll) return null;
      const entry: Entry = { aggregate: createPollAggregate(poll), ballots: new Map() };
      for (const { participantKey, ballot } of await deps.listBallots(pollId)) {
        if (ballot.type !== poll.type) continue;
        entry.aggregate.add(ballot);
        entry.ballots.set(participantKey, ballot);
      }
      // Only if nobody invalidated the poll while this build waited for its turn.
      if (building.get(pollId) === pending) {
        ready.set(pollId, entry);
        bump(pollId);
      }
      return entry;
    });
    building.set(pollId, pending);
    void pending.finally(() => {
      if (building.get(pollId) === pending) building.delete(pollId);
    });
    return pending;
  }

  async function entryOf(pollId: string): Promise<Entry | null> {
    return ready.get(pollId) ?? (await (building.get(pollId) ?? build(pollId)));
  }

  return {
    /** The poll's results as they stand; null for a poll that does not exist. */
    async view(pollId: string): Promise<ResultsView | null> {
      const entry = await entryOf(pollId);
      if (!entry) return null;
      return {
        pollId,
        results: entry.aggregate.result(),
        version: versions.get(pollId) ?? 0,
        voters: new Set(entry.ballots.keys()),
      };
    },

    /** This participant's ballot in the poll, from memory. */
    async ballotOf(pollId: string, participantKey: string): Promise<Ballot | null> {
      return (await entryOf(pollId))?.ballots.get(participantKey) ?? null;
    },

    /** Applies committed votes to the polls that are in memory; others are built from the database when asked for. */
    applyCommitted(votes: readonly CommittedVote[]): string[] {
      const changed = new Set<string>();
      for (const { command, outcome } of votes) {
        if (outcome.kind !== "stored") continue;
        const entry = ready.get(command.pollId);
        if (!entry) continue;
        const previous = entry.ballots.get(command.participantKey);
        if (previous) entry.aggregate.remove(previous);
        entry.aggregate.add(command.ballot);
        entry.ballots.set(command.participantKey, command.ballot);
        changed.add(command.pollId);
      }
      for (const pollId of changed) bump(pollId);
      return [...changed];
    },

    /** Forgets a poll's results (after a reset, a change of items, a deletion); the next view rebuilds them. */
    invalidate(pollId: string): void {
      ready.delete(pollId);
      building.delete(pollId);
      bump(pollId);
    },
  };
}

export type ResultsProjection = ReturnType<typeof createResultsProjection>;
