/**
 * Results kept live in memory: for every poll that has been asked for, its
 * incremental aggregate and every response it counts: each participant's
 * current ballot, or each entry by its id for kinds that collect entries. A
 * vote is applied as remove-old plus add-new right after its batch commits
 * (an entry right after it is written), so a snapshot costs O(items), not O(ballots).
 *
 * The database stays the source of truth: a poll's entry is built from its
 * stored ballots, and built again after a reset or a change of its items.
 * Builds run through the vote writer's `exclusive`, so no batch commits
 * while a build reads: every committed vote is either in what the build read
 * or applied after it, never both, never neither. Entries are written through
 * `exclusive` as well, for the same reason.
 */
import { type Ballot, createPollAggregate, type PollResults, type Response } from "@/lib/domain/poll";
import type { Aggregate, PollShape } from "@/lib/domain/poll-kinds/kind";
import type { CommittedVote, VoteWriter } from "../votes/vote-writer";

export interface ResultsView {
  pollId: string;
  results: PollResults;
  /** Grows with every change of the poll's results, across rebuilds and restarts too. */
  version: number;
  /** Participant keys with a ballot in the poll (none for kinds that collect entries). */
  voters: ReadonlySet<string>;
}

/** A stored response and what identifies it: the participant's key for a ballot, the entry's id for an entry. */
export interface KeyedResponse {
  key: string;
  response: Response;
}

interface Entry {
  aggregate: Aggregate<Response, PollResults>;
  responses: Map<string, Response>;
}

const isBallot = (response: Response): response is Ballot => !("id" in response);

export function createResultsProjection(deps: {
  findPoll(pollId: string): Promise<(PollShape & { id: string }) | null>;
  listResponses(poll: PollShape & { id: string }): Promise<KeyedResponse[]>;
  writer: Pick<VoteWriter, "exclusive">;
  /** After this process changed results in memory (committed votes, written entries): other processes are told (cluster.ts). */
  onChange?: (pollIds: readonly string[]) => void;
  /** After this process invalidated a poll's results. */
  onInvalidate?: (pollId: string) => void;
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
      const entry: Entry = { aggregate: createPollAggregate(poll), responses: new Map() };
      for (const { key, response } of await deps.listResponses(poll)) {
        if (response.type !== poll.type) continue;
        entry.aggregate.add(response);
        entry.responses.set(key, response);
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
        voters: new Set([...entry.responses].filter(([, response]) => isBallot(response)).map(([key]) => key)),
      };
    },

    /** This participant's ballot in the poll, from memory. */
    async ballotOf(pollId: string, participantKey: string): Promise<Ballot | null> {
      const response = (await entryOf(pollId))?.responses.get(participantKey);
      return response && isBallot(response) ? response : null;
    },

    /**
     * Applies a response just written (an entry, new or changed) to a poll in
     * memory. Call it from inside the writer's `exclusive` that wrote it.
     */
    applyWritten(pollId: string, { key, response }: KeyedResponse): void {
      const entry = ready.get(pollId);
      if (!entry) return;
      const previous = entry.responses.get(key);
      if (previous) entry.aggregate.remove(previous);
      entry.aggregate.add(response);
      entry.responses.set(key, response);
      bump(pollId);
      deps.onChange?.([pollId]);
    },

    /** Applies committed votes to the polls that are in memory; others are built from the database when asked for. */
    applyCommitted(votes: readonly CommittedVote[]): string[] {
      const changed = new Set<string>();
      for (const { command, outcome } of votes) {
        if (outcome.kind !== "stored") continue;
        const entry = ready.get(command.pollId);
        if (!entry) continue;
        const previous = entry.responses.get(command.participantKey);
        if (previous) entry.aggregate.remove(previous);
        entry.aggregate.add(command.ballot);
        entry.responses.set(command.participantKey, command.ballot);
        changed.add(command.pollId);
      }
      for (const pollId of changed) bump(pollId);
      const pollIds = [...new Set(votes.filter(({ outcome }) => outcome.kind === "stored").map(({ command }) => command.pollId))];
      if (pollIds.length > 0) deps.onChange?.(pollIds);
      return [...changed];
    },

    /**
     * Reads a poll's responses again, because another process committed some:
     * the new state replaces the old one once read (in the writer's exclusive
     * turn, so none of this process's commits falls between). A poll not in memory is read when asked for.
     */
    async refresh(pollId: string): Promise<void> {
      if (ready.has(pollId) || building.has(pollId)) await build(pollId);
    },

    /** Forgets a poll's results (after a reset, a change of items, a deletion); the next view rebuilds them. */
    invalidate(pollId: string, options: { announce: boolean } = { announce: true }): void {
      ready.delete(pollId);
      building.delete(pollId);
      bump(pollId);
      if (options.announce) deps.onInvalidate?.(pollId);
    },
  };
}

export type ResultsProjection = ReturnType<typeof createResultsProjection>;
