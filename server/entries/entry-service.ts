/**
 * Use cases of entries (open answers, Q&A questions): sending one, upvoting
 * one, a moderator's decision on one, a phone's own. Each is checked by the
 * domain, written durably before it is acknowledged, and applied to the
 * results in memory inside the vote writer's `exclusive`, so a rebuild of
 * the results never misses or doubles it. New entries and upvotes are
 * group-committed: what arrives together is stored in one statement or transaction.
 */

import {
  applyEntryAction,
  checkEntry,
  type EntryAction,
  type EntryInput,
  type EntryRules,
  initialStatus,
  type TextEntry,
} from "@/lib/domain/entries/text-entry";
import { AppError } from "@/lib/domain/errors";
import { entryRulesOf, isTakingVotes } from "@/lib/domain/poll";
import type { OwnEntries, UpvoteReceipt } from "@/lib/realtime/contract";
import type { EventRepository, StoredEvent, StoredPoll } from "../events/event-repository";
import type { ResultsProjection } from "../results/projection";
import { createGroupCommit } from "../votes/group-commit";
import type { VoteWriter } from "../votes/vote-writer";
import type { EntryRepository, UpvoteCommand, UpvoteOutcome } from "./entry-repository";

interface EntrySubmission {
  poll: StoredPoll;
  event: StoredEvent;
  rules: EntryRules;
  participantKey: string;
  entryId: string;
  input: EntryInput;
  /** When the server received the entry: whether the poll took it, and the entry's time. */
  receivedAt: Date;
}

type SubmissionOutcome = { entry: TextEntry; changed: boolean } | { error: AppError };

export function createEntryService(deps: {
  events: Pick<EventRepository, "findPoll" | "findEventById">;
  entries: EntryRepository;
  projection: Pick<ResultsProjection, "applyWritten">;
  writer: Pick<VoteWriter, "exclusive" | "gate">;
  now: () => Date;
}) {
  const { events, entries, projection, writer, now } = deps;

  /**
   * Decides a batch of new entries in arrival order (a retry, a reused id, a
   * closed poll, the domain's checks, the phone's limit counting the batch
   * itself) and stores the new ones together.
   */
  const submissions = createGroupCommit<EntrySubmission, SubmissionOutcome>({
    writer,
    async commit(batch) {
      const known = await entries.findEntries(batch.map((submission) => submission.entryId));
      const sent = await entries.countEntriesOf(batch.map(({ poll, participantKey }) => ({ pollId: poll.id, participantKey })));
      const fresh: { pollId: string; participantKey: string; entry: TextEntry }[] = [];
      const outcomes = batch.map((submission): SubmissionOutcome => {
        const { poll, rules, participantKey } = submission;
        const earlier = known.get(submission.entryId);
        if (earlier) {
          const sameEntry = earlier.participantKey === participantKey && earlier.pollId === poll.id;
          return sameEntry ? { entry: earlier.entry, changed: false } : { error: new AppError("ENTRY_ID_CONFLICT") };
        }
        if (!isTakingVotes(poll, submission.event, submission.receivedAt)) return { error: new AppError("POLL_NOT_OPEN") };
        const key = `${poll.id}/${participantKey}`;
        const checked = checkEntry(submission.input, rules, sent.get(key) ?? 0);
        if (!checked.ok) return { error: new AppError("INVALID_ENTRY", checked.reason) };
        const entry: TextEntry = {
          type: poll.type,
          id: submission.entryId,
          text: checked.text,
          authorName: checked.authorName,
          status: initialStatus(rules, checked),
          answered: false,
          upvotes: 0,
          createdAt: submission.receivedAt.toISOString(),
        };
        sent.set(key, (sent.get(key) ?? 0) + 1);
        known.set(entry.id, { pollId: poll.id, participantKey, entry });
        fresh.push({ pollId: poll.id, participantKey, entry });
        return { entry, changed: true };
      });
      await entries.insertEntries(fresh);
      for (const { pollId, entry } of fresh) projection.applyWritten(pollId, { key: entry.id, response: entry });
      return outcomes;
    },
  });

  const upvotes = createGroupCommit<UpvoteCommand, UpvoteOutcome>({
    writer,
    async commit(batch) {
      const outcomes = await entries.storeUpvoteBatch(batch);
      // Into the results while still in the writer's turn; an entry upvoted twice in the batch once, as it ends.
      const changed = new Map<string, { pollId: string; entry: TextEntry }>();
      outcomes.forEach((outcome, i) => {
        if (outcome?.changed) changed.set(outcome.entry.id, { pollId: batch[i]?.poll.id ?? "", entry: outcome.entry });
      });
      for (const { pollId, entry } of changed.values()) projection.applyWritten(pollId, { key: entry.id, response: entry });
      return outcomes;
    },
  });

  /** The poll, if it is of the event and collects entries; the rules its entries are checked by. */
  async function requireEntryPoll(eventId: string, pollId: string): Promise<{ poll: StoredPoll; event: StoredEvent; rules: EntryRules }> {
    const [poll, event] = await Promise.all([events.findPoll(pollId), events.findEventById(eventId)]);
    if (!poll || !event || poll.eventId !== eventId) throw new AppError("POLL_NOT_FOUND");
    const rules = entryRulesOf(poll);
    if (!rules) throw new AppError("INVALID_ENTRY", "wrong_poll_type");
    return { poll, event, rules };
  }

  return {
    /**
     * Stores a new entry under the id the phone made. A retry of the same
     * entry (same id, same phone, same poll) is answered with the stored one,
     * even after the poll closed; any other reuse of the id is
     * ENTRY_ID_CONFLICT. Entries are group-committed, like upvotes.
     */
    async submitEntry(args: { eventId: string; pollId: string; participantKey: string; entryId: string; input: EntryInput }): Promise<{
      entry: TextEntry;
      changed: boolean;
    }> {
      const { poll, event, rules } = await requireEntryPoll(args.eventId, args.pollId);
      const outcome = await submissions.submit({ ...args, poll, event, rules, receivedAt: now() });
      if ("error" in outcome) throw outcome.error;
      return outcome;
    },

    /**
     * Adds or takes back this phone's upvote of an approved entry; once each.
     * Upvotes come in crowds, so they are group-committed: one transaction for
     * all that arrive together. Answers the entry's upvotes.
     */
    async setUpvote(args: {
      eventId: string;
      pollId: string;
      participantKey: string;
      entryId: string;
      up: boolean;
    }): Promise<UpvoteReceipt & { changed: boolean }> {
      const { poll, event, rules } = await requireEntryPoll(args.eventId, args.pollId);
      if (!rules.upvotes) throw new AppError("INVALID_ENTRY", "wrong_poll_type");
      if (!isTakingVotes(poll, event, now())) throw new AppError("POLL_NOT_OPEN");
      const outcome = await upvotes.submit({ poll, entryId: args.entryId, participantKey: args.participantKey, up: args.up });
      // Only what everyone can see can be upvoted: a pending or hidden entry is not there for the audience.
      if (!outcome) throw new AppError("ENTRY_NOT_FOUND");
      return { entryId: outcome.entry.id, upvoted: args.up, upvotes: outcome.entry.upvotes, changed: outcome.changed };
    },

    /** A moderator's decision on one entry: approve, hide, mark answered or open again. Answers the entry and its author's key. */
    async moderateEntry(args: { eventId: string; pollId: string; entryId: string; action: EntryAction }): Promise<{
      entry: TextEntry;
      authorKey: string;
    }> {
      const { poll } = await requireEntryPoll(args.eventId, args.pollId);
      return writer.exclusive(async () => {
        const found = await entries.findEntry({ poll, entryId: args.entryId });
        if (!found) throw new AppError("ENTRY_NOT_FOUND");
        const { participantKey: authorKey, ...entry } = found;
        const changed = applyEntryAction(entry, args.action);
        await entries.setState({ entryId: changed.id, status: changed.status, answered: changed.answered });
        projection.applyWritten(poll.id, { key: changed.id, response: changed });
        return { entry: changed, authorKey };
      });
    },

    async ownEntries(args: { eventId: string; pollId: string; participantKey: string }): Promise<OwnEntries> {
      const { poll } = await requireEntryPoll(args.eventId, args.pollId);
      return { pollId: poll.id, ...(await entries.listOwn({ poll, participantKey: args.participantKey })) };
    },
  };
}

export type EntryService = ReturnType<typeof createEntryService>;
