/** The quiz leaderboard of an event: scores summed over its revealed questions, places shared on equal scores. */
import type { PollItem } from "../common";
import { correctItemIds, quizScore } from "./kind";

export interface ScoredQuestion {
  items: readonly PollItem[];
  /** Indexes of the correct answers. */
  correct: readonly number[];
  /** When voting opened (ms since epoch); answers are timed from it. */
  openedAt: number;
  timeLimitSeconds: number;
  answers: readonly { participantKey: string; choices: readonly string[]; answeredAt: number }[];
}

export interface Standing {
  participantKey: string;
  score: number;
  /** How many questions this player answered correctly. */
  correctAnswers: number;
  /** 1-based; equal scores share a place (1, 2, 2, 4). */
  place: number;
}

/** Every player who answered at least one question, best first; equal scores keep who answered first. */
export function rankPlayers(questions: readonly ScoredQuestion[]): Standing[] {
  const players = new Map<string, { score: number; correctAnswers: number; firstSeen: number }>();
  for (const question of questions) {
    const right = correctItemIds(question.items, question.correct);
    for (const answer of question.answers) {
      const correct = answer.choices.length === 1 && right.has(answer.choices[0] ?? "");
      const score = quizScore({ correct, elapsedMs: answer.answeredAt - question.openedAt, limitMs: question.timeLimitSeconds * 1000 });
      const player = players.get(answer.participantKey) ?? { score: 0, correctAnswers: 0, firstSeen: answer.answeredAt };
      player.score += score;
      if (correct) player.correctAnswers += 1;
      player.firstSeen = Math.min(player.firstSeen, answer.answeredAt);
      players.set(answer.participantKey, player);
    }
  }
  const sorted = [...players].sort(([, a], [, b]) => b.score - a.score || a.firstSeen - b.firstSeen);
  const standings: Standing[] = [];
  for (const [index, [participantKey, player]] of sorted.entries()) {
    const previous = standings[index - 1];
    const place = previous && previous.score === player.score ? previous.place : index + 1;
    standings.push({ participantKey, score: player.score, correctAnswers: player.correctAnswers, place });
  }
  return standings;
}
