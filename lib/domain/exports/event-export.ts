/**
 * An event's results as they leave the server: every poll with its result,
 * the counting rules, and the raw anonymous ballots, so that anyone can
 * recount. Participant keys never leave: each export gives the phones fresh
 * random ids, the same id for the same phone across the export's polls and a
 * different one in the next export, and lists ballots in id order, not in
 * the order they came in.
 */

import { type Ballot, countingRulesOf, type PollConfig, type PollResults, type PollStatus, tabulateResults } from "../poll";
import type { PollItem } from "../poll-kinds/common";
import type { CountingRules, ResultRow } from "./result-row";

export const EXPORT_FORMAT = "barometer-export";
export const EXPORT_VERSION = 1;

/** A poll's stored content, as the server hands it to the export. */
export interface PollForExport {
  id: string;
  type: string;
  question: string;
  status: PollStatus;
  items: PollItem[];
  config: PollConfig;
  /** The moderator's view of the result: nothing hidden. */
  results: PollResults;
  ballots: { participantKey: string; ballot: Ballot }[];
  /** Kinds built on entries (open answers, questions): each entry with who sent it. */
  entries: { participantKey: string; id: string; text: string; authorName: string | null }[];
  upvotes: { participantKey: string; entryId: string }[];
}

export interface ExportedBallot {
  /** A random id of the phone, valid in this export only. */
  id: string;
  /** What the phone sent: a ballot as in `vote:submit`, or an entry's text (and name, where the poll asked for one). */
  ballot: Ballot | { text: string; authorName: string | null };
  /** For entries: the entry the result lists it as. */
  entryId?: string;
}

export interface ExportedPoll {
  id: string;
  /** 1-based, as the moderator's list shows it. */
  position: number;
  type: string;
  question: string;
  status: PollStatus;
  items: PollItem[];
  config: PollConfig;
  counting: CountingRules;
  ballotCount: number;
  results: PollResults;
  /** The result as table rows (what CSV and XLSX show). */
  rows: ResultRow[];
  ballots: ExportedBallot[];
  /** Q&A: who upvoted which question, by the same random ids. */
  upvotes: { id: string; entryId: string }[];
}

export interface EventExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  event: { code: string; title: string; createdAt: string; deletedAfter: string };
  polls: ExportedPoll[];
}

export function buildEventExport(args: {
  event: { code: string; title: string; createdAt: Date; deletionDate: Date };
  polls: readonly PollForExport[];
  now: Date;
  /** A fresh random id; called once per phone. */
  randomId: () => string;
}): EventExport {
  const ids = new Map<string, string>();
  const idOf = (participantKey: string) => {
    let id = ids.get(participantKey);
    if (!id) {
      id = args.randomId();
      ids.set(participantKey, id);
    }
    return id;
  };
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: args.now.toISOString(),
    event: {
      code: args.event.code,
      title: args.event.title,
      createdAt: args.event.createdAt.toISOString(),
      deletedAfter: args.event.deletionDate.toISOString(),
    },
    polls: args.polls.map((poll, index) => ({
      id: poll.id,
      position: index + 1,
      type: poll.type,
      question: poll.question,
      status: poll.status,
      items: poll.items,
      config: poll.config,
      counting: countingRulesOf(poll),
      ballotCount: poll.results.ballotCount,
      results: poll.results,
      rows: tabulateResults(poll, poll.results),
      ballots: [
        ...poll.ballots.map(({ participantKey, ballot }): ExportedBallot => ({ id: idOf(participantKey), ballot })),
        ...poll.entries.map(
          ({ participantKey, id, text, authorName }): ExportedBallot => ({ id: idOf(participantKey), entryId: id, ballot: { text, authorName } }),
        ),
      ].sort(byId),
      upvotes: poll.upvotes.map(({ participantKey, entryId }) => ({ id: idOf(participantKey), entryId })).sort(byId),
    })),
  };
}
