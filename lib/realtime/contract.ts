/**
 * The realtime contract between the server and every browser: event names,
 * payload schemas and the views they carry. Server handlers parse each
 * client payload with the schema named here before touching it; types alone
 * do not validate.
 */

import type { Role } from "../domain/access/policy";
import { ENTRY_ACTIONS, type EntryProblem, entryInputSchema, type TextEntry } from "../domain/entries/text-entry";
import type { ErrorCode } from "../domain/errors";
import type { BallotProblem } from "../domain/poll";
import {
  type Ballot,
  ballotSchema,
  cleanedText,
  EVENT_TITLE_MAX_LENGTH,
  moderationActionSchema,
  type Poll,
  type PollResults,
  pollInputSchema,
} from "../domain/poll";
import { z } from "../domain/zod";

// ---- acknowledgements -------------------------------------------------------

export type Ack<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: ErrorCode;
      /** Why a ballot or an entry was refused, when error is INVALID_BALLOT or INVALID_ENTRY. */
      reason?: BallotProblem | EntryProblem;
      /** Which fields failed, when error is INVALID_PAYLOAD. */
      issues?: { path: string; message: string }[];
      /** How long to wait before trying again, when error is RATE_LIMITED. */
      retryAfterMs?: number;
    };

export type AckCallback<T> = (response: Ack<T>) => void;

// ---- views ------------------------------------------------------------------

export interface EventSummary {
  code: string;
  title: string;
}

/** What everyone in an event (phones, projector, moderators) may know. */
export interface PublicEventState {
  event: EventSummary;
  /** ISO time the server deletes the event with every answer (RETENTION_DAYS after it was created). */
  deletesOn: string;
  livePoll: Poll | null;
  /** The event's open Q&A, which phones offer beside whatever poll is live; null when none is open. */
  qaPoll: Poll | null;
}

export interface ResultsSnapshot {
  pollId: string;
  /** Grows with every change of the poll's results: a client keeps the newest it has seen. */
  version: number;
  ballotCount: number;
  /** How many of the phones connected right now have a ballot in this poll. */
  connectedVoters: number;
  /** Null when the moderator hides results from the projector. */
  results: PollResults | null;
}

/** A player on the quiz leaderboard; without a nickname shown as an animal (messages quiz.animals.N) with a number. */
export interface QuizPlayerName {
  nickname: string | null;
  animal: number;
  number: number;
}

export interface LeaderboardEntry extends QuizPlayerName {
  /** 1-based; equal scores share a place. */
  place: number;
  score: number;
  correctAnswers: number;
}

/** The event's quiz leaderboard: the top 10 over its revealed questions. */
export interface QuizLeaderboard {
  questionsRevealed: number;
  questions: number;
  players: number;
  top: LeaderboardEntry[];
}

/** One phone's own place on the quiz leaderboard. */
export interface QuizStanding extends QuizPlayerName {
  /** Null until the phone answered a revealed question. */
  place: number | null;
  score: number;
  players: number;
  questionsRevealed: number;
}

export interface AttendeeView extends PublicEventState {
  /** This phone's stored ballot in the live poll, if it voted. */
  ownBallot: Ballot | null;
  /** The live poll's results, only when the poll shows them to phones that voted. */
  results: ResultsSnapshot | null;
  /** The open Q&A's questions as the audience sees them; later changes come as results:update. */
  qaResults: ResultsSnapshot | null;
  /** This phone's quiz score and place; null when the event has no quiz. */
  quiz: QuizStanding | null;
}

export interface PresenterView extends PublicEventState {
  results: ResultsSnapshot | null;
  audience: number;
  /** Null when the event has no quiz. */
  leaderboard: QuizLeaderboard | null;
}

export interface ModeratedPoll extends Poll {
  position: number;
  ballotCount: number;
}

export interface ModeratorView {
  event: EventSummary;
  /** ISO time the server deletes the event: export before. */
  deletesOn: string;
  livePollId: string | null;
  polls: ModeratedPoll[];
  /** Results of every poll, keyed by poll id; moderators always see them. */
  results: Record<string, PollResults>;
  audience: number;
}

export interface ModeratorJoined extends ModeratorView {
  /** Null when the event has no quiz; later changes come as quiz:leaderboard. */
  leaderboard: QuizLeaderboard | null;
  /** How this console came in, and the role that gives (lib/domain/access/policy.ts). */
  access: { role: Role; via: "link" | "account"; name: string };
}

/** For the owner: who moderates, open invitations, whether the secret link works, and what moderators did. */
export interface TeamView {
  members: { id: string; name: string; role: Role }[];
  invites: { id: string; role: Role; expiresAt: string }[];
  linkActive: boolean;
  audit: { id: string; at: string; actorAccountId: string | null; actorName: string; action: string; detail: Record<string, unknown> }[];
}

export interface VoteReceipt {
  pollId: string;
  voteId: string;
  ballot: Ballot;
  /** ISO time the server stored the vote. */
  storedAt: string;
}

/** A phone's own entries in a poll of entries, and what it upvoted there. */
export interface OwnEntries {
  pollId: string;
  /** Newest first, in any status: the author learns whether the moderator approved or hid them. */
  entries: TextEntry[];
  upvoted: string[];
}

export interface UpvoteReceipt {
  entryId: string;
  upvoted: boolean;
  upvotes: number;
}

// ---- client → server payloads ----------------------------------------------

const id = z.string().min(1).max(64);

export const joinPayloadSchema = z.object({ code: z.string().min(1).max(20) });
/** By the secret link's token, or by the event's code for a signed-in account with a role in it. */
export const moderatorJoinPayloadSchema = z.union([
  z.strictObject({ token: z.string().min(16).max(128) }),
  z.strictObject({ code: z.string().min(1).max(20) }),
]);
export const teamMemberPayloadSchema = z.object({ accountId: id });
export const teamInvitePayloadSchema = z.object({ inviteId: id });
export const emptyPayloadSchema = z.object({}).optional();
export const votePayloadSchema = z.object({
  pollId: id,
  /** Made on the phone (a UUID), so a retried message is stored once. */
  voteId: z.uuid(),
  ballot: ballotSchema,
});
export const ownBallotPayloadSchema = z.object({ pollId: id });
export const eventUpdatePayloadSchema = z.object({
  title: cleanedText(EVENT_TITLE_MAX_LENGTH),
});
export const pollCreatePayloadSchema = z.object({ poll: pollInputSchema });
export const pollUpdatePayloadSchema = z.object({ pollId: id, poll: pollInputSchema });
export const pollRefPayloadSchema = z.object({ pollId: id });
export const pollReorderPayloadSchema = z.object({ pollIds: z.array(id).max(50) });
export const pollGoLivePayloadSchema = z.object({ pollId: id.nullable() });
export const pollStatusPayloadSchema = z.object({ pollId: id, status: z.enum(["open", "closed"]) });
export const pollResultsVisibilityPayloadSchema = z.object({ pollId: id, visible: z.boolean() });
export const pollRevealPayloadSchema = z.object({ pollId: id, revealed: z.boolean() });
export const pollModeratePayloadSchema = z.object({ pollId: id, action: moderationActionSchema });
export const entrySubmitPayloadSchema = z.object({
  pollId: id,
  /** Made on the phone (a UUID), so a retried entry is stored once. */
  entryId: z.uuid(),
  entry: entryInputSchema,
});
export const entryUpvotePayloadSchema = z.object({ pollId: id, entryId: id, up: z.boolean() });
export const entryModeratePayloadSchema = z.object({ pollId: id, entryId: id, action: z.enum(ENTRY_ACTIONS) });
/** The domain checks the nickname itself (length, blocklist); this only bounds the payload. */
export const nicknamePayloadSchema = z.object({ nickname: z.string().max(200).nullable() });

type In<S extends z.ZodType> = z.input<S>;

export interface ClientToServerEvents {
  "attendee:join": (payload: In<typeof joinPayloadSchema>, ack: AckCallback<AttendeeView>) => void;
  "ballot:own": (payload: In<typeof ownBallotPayloadSchema>, ack: AckCallback<Ballot | null>) => void;
  "vote:submit": (payload: In<typeof votePayloadSchema>, ack: AckCallback<VoteReceipt>) => void;
  /** Sends an open answer or a question; answers it as stored (with its status: pending under pre-moderation). */
  "entry:submit": (payload: In<typeof entrySubmitPayloadSchema>, ack: AckCallback<TextEntry>) => void;
  /** Upvotes an approved question, or takes the upvote back; once per phone. */
  "entry:upvote": (payload: In<typeof entryUpvotePayloadSchema>, ack: AckCallback<UpvoteReceipt>) => void;
  "entry:own": (payload: In<typeof ownBallotPayloadSchema>, ack: AckCallback<OwnEntries>) => void;
  /** Sets (or with null clears) this phone's quiz nickname; answers its standing. */
  "quiz:set-nickname": (payload: In<typeof nicknamePayloadSchema>, ack: AckCallback<QuizStanding>) => void;
  "presenter:join": (payload: In<typeof joinPayloadSchema>, ack: AckCallback<PresenterView>) => void;
  "moderator:join": (payload: In<typeof moderatorJoinPayloadSchema>, ack: AckCallback<ModeratorJoined>) => void;
  "event:update": (payload: In<typeof eventUpdatePayloadSchema>, ack: AckCallback<EventSummary>) => void;
  "poll:create": (payload: In<typeof pollCreatePayloadSchema>, ack: AckCallback<{ pollId: string }>) => void;
  "poll:update": (payload: In<typeof pollUpdatePayloadSchema>, ack: AckCallback<{ pollId: string }>) => void;
  "poll:delete": (payload: In<typeof pollRefPayloadSchema>, ack: AckCallback<null>) => void;
  "poll:reorder": (payload: In<typeof pollReorderPayloadSchema>, ack: AckCallback<null>) => void;
  "poll:go-live": (payload: In<typeof pollGoLivePayloadSchema>, ack: AckCallback<null>) => void;
  "poll:set-status": (payload: In<typeof pollStatusPayloadSchema>, ack: AckCallback<null>) => void;
  "poll:set-results-visible": (
    payload: In<typeof pollResultsVisibilityPayloadSchema>,
    ack: AckCallback<null>,
  ) => void;
  "poll:reset-votes": (payload: In<typeof pollRefPayloadSchema>, ack: AckCallback<null>) => void;
  /** A quiz question: show its correct answer to the audience (closing voting first), or hide it again. */
  "poll:reveal-answer": (payload: In<typeof pollRevealPayloadSchema>, ack: AckCallback<null>) => void;
  /** A decision on one entry: approve, hide, mark answered or open. */
  "entry:moderate": (payload: In<typeof entryModeratePayloadSchema>, ack: AckCallback<null>) => void;
  /** A decision on a poll's free text: hide a word, show it again, approve a held one; moderation mode, featured or pinned entry. */
  "poll:moderate": (payload: In<typeof pollModeratePayloadSchema>, ack: AckCallback<null>) => void;
  /** Owners only, from here on: the team, invitations, the secret link and the audit log. */
  "team:view": (payload: In<typeof emptyPayloadSchema>, ack: AckCallback<TeamView>) => void;
  /** A one-time invitation for a co-moderator; answers its token (the link is /invite/TOKEN). */
  "team:invite": (payload: In<typeof emptyPayloadSchema>, ack: AckCallback<{ token: string; expiresAt: string }>) => void;
  "team:remove-member": (payload: In<typeof teamMemberPayloadSchema>, ack: AckCallback<null>) => void;
  "team:revoke-invite": (payload: In<typeof teamInvitePayloadSchema>, ack: AckCallback<null>) => void;
  /** A new secret link; the old one stops working at once. Answers the new token. */
  "link:rotate": (payload: In<typeof emptyPayloadSchema>, ack: AckCallback<{ token: string }>) => void;
  /** No secret link any more; only when an account owns the event. */
  "link:revoke": (payload: In<typeof emptyPayloadSchema>, ack: AckCallback<null>) => void;
}

// ---- server → client events --------------------------------------------------

export interface ServerToClientEvents {
  /** To everyone in the event whenever the title or the live poll (or its state) changes. */
  "event:state": (state: PublicEventState) => void;
  /** To attendees: the votes of a poll were reset, so their ballot is gone. */
  "poll:votes-reset": (payload: { pollId: string }) => void;
  /**
   * To projectors (live poll), moderators (every poll) and, when the poll shows
   * results to voters, phones (live poll, and the open Q&A); at most ~10 a
   * second per poll. Moderators get a change of entries at once.
   */
  "results:update": (snapshot: ResultsSnapshot) => void;
  /** To projectors and moderators: how many phones are connected to the event. */
  "audience:update": (payload: { connected: number }) => void;
  /** To projectors and moderators whenever the quiz leaderboard changes. */
  "quiz:leaderboard": (board: QuizLeaderboard) => void;
  /** To each phone whenever its quiz standing may have changed. */
  "quiz:standing": (standing: QuizStanding) => void;
  /** To the phones of its author whenever the moderator decides on one of their entries. */
  "entry:updated": (payload: { pollId: string; entry: TextEntry }) => void;
  /** To moderators after any change to the event's polls. */
  "moderator:state": (view: ModeratorView) => void;
}

export interface SocketData {
  /** SHA-256 of the participant cookie; set by the connection middleware. */
  participantKey: string;
  /** The event this socket joined, in whichever role. */
  eventId?: string;
  role?: "attendee" | "presenter" | "moderator";
  /** A moderator's role in the event and who they are, for the policy and the audit log. */
  access?: { role: Role; via: "link" | "account"; actor: { accountId: string | null; name: string } };
}
