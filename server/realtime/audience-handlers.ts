/** Events of phones (attendees) and projectors (presenters): joining by code and voting. */
import { AppError } from "@/lib/domain/errors";
import {
  entrySubmitPayloadSchema,
  entryUpvotePayloadSchema,
  joinPayloadSchema,
  nicknamePayloadSchema,
  ownBallotPayloadSchema,
  votePayloadSchema,
} from "@/lib/realtime/contract";
import type { EntryService } from "../entries/entry-service";
import type { EventService } from "../events/event-service";
import { voteAckSeconds } from "../observability/metrics";
import type { QuizService } from "../quiz/quiz-service";
import { leaderboardView, standingView } from "../quiz/quiz-views";
import type { Limits } from "../security/limits";
import type { VoteService } from "../votes/vote-service";
import type { Broadcaster } from "./broadcaster";
import type { Membership } from "./membership";
import type { Presence } from "./presence";
import { attendeeView } from "./attendee-view";
import { respond } from "./respond";
import type { BarometerSocket } from "./types";
import { publicEventState } from "./views";

export interface AudienceHandlerDeps {
  events: EventService;
  votes: VoteService;
  entries: EntryService;
  quiz: QuizService;
  broadcaster: Broadcaster;
  membership: Membership;
  presence: Presence;
  limits: Limits;
}

export function registerAudienceHandlers(socket: BarometerSocket, deps: AudienceHandlerDeps): void {
  const { events, votes, entries, quiz, broadcaster, membership, limits } = deps;

  socket.on(
    "attendee:join",
    respond(joinPayloadSchema, async ({ code }) => {
      const event = await events.findEventByCode(code);
      // Into the room before reading the state: a change made in between then reaches this socket as a broadcast.
      membership.enter(socket, event.id, "attendee");
      return attendeeView(deps, event.id, socket.data.participantKey);
    }),
  );

  socket.on(
    "ballot:own",
    respond(ownBallotPayloadSchema, async ({ pollId }) => {
      const eventId = membership.requireEvent(socket, "attendee");
      return votes.findOwnBallot({ participantKey: socket.data.participantKey, eventId, pollId });
    }),
  );

  socket.on(
    "vote:submit",
    respond(votePayloadSchema, async ({ pollId, voteId, ballot }) => {
      const stopTimer = voteAckSeconds.startTimer();
      const eventId = membership.requireEvent(socket, "attendee");
      const ballotKey = `${socket.data.participantKey}/${pollId}`;
      await limits.take("votesPerParticipantAndPoll", ballotKey);
      await limits.take("voteLogPerParticipantAndPoll", ballotKey);
      const recorded = await votes.recordVote({
        participantKey: socket.data.participantKey,
        eventId,
        pollId,
        voteId,
        ballot,
      });
      if (recorded.changedBallot) broadcaster.resultsChanged(eventId, pollId);
      stopTimer();
      return recorded.receipt;
    }),
  );

  socket.on(
    "entry:submit",
    respond(entrySubmitPayloadSchema, async ({ pollId, entryId, entry }) => {
      const eventId = membership.requireEvent(socket, "attendee");
      await limits.take("entriesPerParticipantAndPoll", `${socket.data.participantKey}/${pollId}`);
      const submitted = await entries.submitEntry({ eventId, pollId, participantKey: socket.data.participantKey, entryId, input: entry });
      if (submitted.changed) await broadcaster.entriesChanged(eventId, pollId);
      return submitted.entry;
    }),
  );

  socket.on(
    "entry:upvote",
    respond(entryUpvotePayloadSchema, async ({ pollId, entryId, up }) => {
      const eventId = membership.requireEvent(socket, "attendee");
      await limits.take("upvotesPerParticipant", socket.data.participantKey);
      const { changed, ...receipt } = await entries.setUpvote({ eventId, pollId, participantKey: socket.data.participantKey, entryId, up });
      // Upvotes move the order only: the coalesced snapshot is soon enough, for moderators too.
      if (changed) broadcaster.resultsChanged(eventId, pollId);
      return receipt;
    }),
  );

  socket.on(
    "entry:own",
    respond(ownBallotPayloadSchema, async ({ pollId }) => {
      const eventId = membership.requireEvent(socket, "attendee");
      return entries.ownEntries({ eventId, pollId, participantKey: socket.data.participantKey });
    }),
  );

  socket.on(
    "quiz:set-nickname",
    respond(nicknamePayloadSchema, async ({ nickname }) => {
      const eventId = membership.requireEvent(socket, "attendee");
      const { participantKey } = socket.data;
      await limits.take("nicknamesPerParticipant", participantKey);
      await quiz.setNickname({ eventId, participantKey, nickname });
      // A new name moves nobody: only the screens showing the top need it.
      await broadcaster.quizChanged(eventId, { namesOnly: true });
      const standing = standingView(await quiz.leaderboard(eventId), participantKey);
      if (!standing) throw new AppError("POLL_NOT_FOUND", "this event has no quiz");
      return standing;
    }),
  );

  socket.on(
    "presenter:join",
    respond(joinPayloadSchema, async ({ code }) => {
      const event = await events.findEventByCode(code);
      membership.enter(socket, event.id, "presenter");
      const state = publicEventState(await events.getLiveState(event.id));
      const results = state.livePoll ? await broadcaster.presenterSnapshot(event.id, state.livePoll.id) : null;
      return { ...state, results, audience: broadcaster.audienceOf(event.id), leaderboard: leaderboardView(await quiz.leaderboard(event.id)) };
    }),
  );
}
