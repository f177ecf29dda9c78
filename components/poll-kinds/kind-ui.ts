/**
 * The UI side of a poll kind: what a phone shows to answer, what the
 * projector shows as the result, and what a moderator edits. The screens
 * render these through the registry and never look inside a kind's ballot,
 * result or settings.
 */
import type { ComponentType } from "react";
import type { EntryAction, EntryInput } from "@/lib/domain/entries/text-entry";
import type { Ballot, ModerationAction, Poll, PollInput, PollResults } from "@/lib/domain/poll";
import type { OwnEntries } from "@/lib/realtime/contract";
import type { LazyPart } from "./shared/lazy-part";

/** Translates a key of the kind's own message namespace (named after its type). */
export type KindTranslator = (key: string, values?: Record<string, string | number>) => string;

export interface BallotInputProps<B extends Ballot> {
  poll: Poll;
  /** The ballot this phone cast, when it changes it; null for a first vote. */
  ballot: B | null;
  /** The unfinished answer kept from before a reload, as `onDraft` last gave it. */
  draft: unknown;
  busy: boolean;
  submitLabel: string;
  /** Every change of the answer, so the phone can keep it across a reload. */
  onDraft: (draft: unknown) => void;
  onSubmit: (ballot: B) => void;
}

export interface ResultsProps<R extends PollResults> {
  poll: Poll;
  results: R;
}

/** The moderator's review of a poll's content; `results` carries each entry's status. */
export interface ModerationPanelProps<R extends PollResults> extends ResultsProps<R> {
  heading: string;
  busy: boolean;
  /** A decision on the poll as a whole (a word, the moderation mode, the featured entry). */
  onModerate: (action: ModerationAction) => void;
  /** A decision on one entry, for kinds that collect entries. */
  onModerateEntry: (entryId: string, action: EntryAction) => void;
}

export interface EntryInputProps<R extends PollResults> {
  poll: Poll;
  /** What the audience sees of the poll's entries (approved ones and the counts), when phones see them. */
  results: R | null;
  /** This phone's entries and upvotes; null until loaded. */
  own: OwnEntries | null;
  /** Sends an entry; resolves with what went wrong, in the UI's language, or null once it is stored. */
  onSubmit: (input: EntryInput) => Promise<string | null>;
  onUpvote: (entryId: string, up: boolean) => void;
}

/** The kind-specific part of the moderator's form, and the conversions between it and a poll. */
export interface KindEditor<D> {
  /** A new poll's fields. */
  empty: () => D;
  /** The fields of an existing poll, to edit or duplicate it. */
  of: (poll: Poll) => D;
  /** The kind's part of the poll input (`items` and its own settings), for the shared schema to check. */
  toInput: (draft: D) => Omit<PollInput, "type" | "question" | "allowVoteChange" | "timerSeconds" | "showResultsToVoters">;
  Fields: ComponentType<{ draft: D; onChange: (update: (draft: D) => D) => void; locked: boolean }>;
  /**
   * Says a schema problem of the kind's own fields in the UI's language, or
   * null if the problem is not the kind's. `t` is the moderator namespace.
   */
  describeProblem: (issue: { path: PropertyKey[]; code: string; message: string }, t: KindTranslator) => string | null;
  /** Common settings this kind starts with when they differ from the usual (a quiz answer cannot be changed). */
  defaults?: { allowVoteChange?: boolean };
  /** The kind sets its own time limit (a quiz), so the form hides the common countdown. */
  hasOwnTimer?: boolean;
}

/** What every kind's UI has: the projector, the result lists, the moderator's part. */
interface KindUiBase<R extends PollResults, D> {
  /**
   * The projector's live visualisation, or the poll's items while there is no
   * result yet. Type sizes come from the stage's --label-size; hidden from
   * screen readers, since `ResultsTable` carries the same data.
   */
  Board: ComponentType<{ poll: Poll; results: R | null }>;
  /** A line under the board that explains how the result is counted; null for none. */
  boardNote: (poll: Poll, results: R, t: KindTranslator) => string | null;
  /** The result on narrow screens: a phone after voting, the moderator's console. */
  ResultsList: ComponentType<ResultsProps<R> & { heading: string }>;
  /** The result as a table, for screen readers. */
  ResultsTable: ComponentType<ResultsProps<R> & { className?: string }>;
  /** More than the projector shows, for the results page after the session (a ranking's places per item). */
  Details?: ComponentType<ResultsProps<R>>;
  /** Kinds whose content the moderator reviews: shown in the console in place of the result list. */
  ModerationPanel?: ComponentType<ModerationPanelProps<R>>;
  editor: KindEditor<D>;
}

/**
 * What a phone shows of a kind where each phone casts one ballot and may
 * change it: each part loaded when the phone needs it, so a phone's page
 * carries no board, editor or review panel (a kind's phone.ts).
 */
export interface BallotPhoneUi<B extends Ballot = Ballot, R extends PollResults = PollResults> {
  /** The phone's input. */
  BallotInput: LazyPart<BallotInputProps<B>>;
  /** The phone's summary of the answer it gave. */
  OwnAnswer: LazyPart<{ poll: Poll; ballot: B }>;
  /** The result, after voting, when the poll shows it to phones. */
  ResultsList: LazyPart<ResultsProps<R> & { heading: string }>;
}

/** What a phone shows of a kind where phones send entries one at a time (open answers, questions). */
export interface EntryPhoneUi<R extends PollResults = PollResults> {
  /** The phone's screen while the poll is open: the form, its own entries, and what it may see of others'. */
  EntryInput: LazyPart<EntryInputProps<R>>;
  /** The phone's screen once the poll is closed. */
  ClosedEntries: LazyPart<Omit<EntryInputProps<R>, "onSubmit" | "onUpvote">>;
}

export type PhoneUi = BallotPhoneUi | EntryPhoneUi;

/** A kind where each phone casts one ballot and may change it. */
export interface BallotKindUi<B extends Ballot = Ballot, R extends PollResults = PollResults, D = unknown>
  extends KindUiBase<R, D>,
    Pick<BallotPhoneUi<B, R>, "BallotInput" | "OwnAnswer"> {}

/** A kind where phones send entries one at a time (open answers, questions), each reviewed on its own. */
export interface EntryKindUi<R extends PollResults = PollResults, D = unknown> extends KindUiBase<R, D>, EntryPhoneUi<R> {
  /** The moderator's review; entry kinds always have one. */
  ModerationPanel: ComponentType<ModerationPanelProps<R>>;
}

export type PollKindUi = BallotKindUi | EntryKindUi;
