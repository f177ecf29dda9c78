/** The quiz leaderboard as the contract sends it: the top 10 to projectors, each phone its own place. */
import { defaultPlayerName } from "@/lib/domain/poll-kinds/quiz/nickname";
import type { LeaderboardEntry, QuizLeaderboard, QuizPlayerName, QuizStanding } from "@/lib/realtime/contract";
import type { Leaderboard } from "./quiz-service";

export const LEADERBOARD_SIZE = 10;

function playerName(board: Leaderboard, participantKey: string): QuizPlayerName {
  return { nickname: board.nicknames.get(participantKey) ?? null, ...defaultPlayerName(participantKey) };
}

/** The top of the board; null for an event without a quiz. */
export function leaderboardView(board: Leaderboard): QuizLeaderboard | null {
  if (board.questions === 0) return null;
  return {
    questionsRevealed: board.questionsRevealed,
    questions: board.questions,
    players: board.standings.length,
    top: board.standings.slice(0, LEADERBOARD_SIZE).map(
      (standing): LeaderboardEntry => ({
        ...playerName(board, standing.participantKey),
        place: standing.place,
        score: standing.score,
        correctAnswers: standing.correctAnswers,
      }),
    ),
  };
}

/** One phone's place; null for an event without a quiz. */
export function standingView(board: Leaderboard, participantKey: string): QuizStanding | null {
  if (board.questions === 0) return null;
  const own = board.standings.find((standing) => standing.participantKey === participantKey);
  return {
    ...playerName(board, participantKey),
    place: own?.place ?? null,
    score: own?.score ?? 0,
    players: board.standings.length,
    questionsRevealed: board.questionsRevealed,
  };
}
