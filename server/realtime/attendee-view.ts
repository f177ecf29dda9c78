/**
 * What a phone sees of an event when it joins: the public state, its own
 * ballot in the live poll, the results it may see and its quiz standing.
 * The socket's join answers it, and the phone's page is rendered with it.
 */
import type { AttendeeView } from "@/lib/realtime/contract";
import type { EventService } from "../events/event-service";
import type { QuizService } from "../quiz/quiz-service";
import { standingView } from "../quiz/quiz-views";
import type { VoteService } from "../votes/vote-service";
import type { Broadcaster } from "./broadcaster";
import { publicEventState } from "./views";

export interface AttendeeViewDeps {
  events: EventService;
  votes: VoteService;
  quiz: QuizService;
  broadcaster: Broadcaster;
}

/** The view of the event for a participant; without one (a first visit, before its cookie), the audience's view. */
export async function attendeeView(deps: AttendeeViewDeps, eventId: string, participantKey: string | undefined): Promise<AttendeeView> {
  const { events, votes, quiz, broadcaster } = deps;
  const state = publicEventState(await events.getLiveState(eventId));
  const ownBallot =
    state.livePoll && participantKey ? await votes.findOwnBallot({ participantKey, eventId, pollId: state.livePoll.id }) : null;
  const results = state.livePoll ? await broadcaster.attendeeSnapshot(eventId, state.livePoll) : null;
  const qaResults = await broadcaster.qaSnapshot(eventId, state.qaPoll);
  const standing = participantKey ? standingView(await quiz.leaderboard(eventId), participantKey) : null;
  return { ...state, ownBallot, results, qaResults, quiz: standing };
}
