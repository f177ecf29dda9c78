/**
 * The event's quiz: the leaderboard over its revealed questions, and the
 * nicknames players choose. Only revealed questions count, so the board never
 * gives an answer away; it changes only when the moderator reveals, resets or
 * edits, or a player renames, so it is computed then and kept.
 */
import { AppError } from "@/lib/domain/errors";
import type { QuizConfig } from "@/lib/domain/poll-kinds/quiz/kind";
import { rankPlayers, type Standing } from "@/lib/domain/poll-kinds/quiz/leaderboard";
import { checkNickname } from "@/lib/domain/poll-kinds/quiz/nickname";
import type { EventRepository } from "../events/event-repository";
import type { BallotRepository } from "../votes/ballot-repository";
import type { QuizPlayerRepository } from "./quiz-player-repository";

export interface Leaderboard {
  /** How many of the event's quiz questions are in it (revealed), and how many the event has. */
  questionsRevealed: number;
  questions: number;
  standings: Standing[];
  nicknames: Map<string, string>;
}

export function createQuizService(deps: {
  events: Pick<EventRepository, "listPolls">;
  ballots: Pick<BallotRepository, "listTimedBallots">;
  players: QuizPlayerRepository;
}) {
  const { events, ballots, players } = deps;
  const boards = new Map<string, Promise<Leaderboard>>();

  async function compute(eventId: string): Promise<Leaderboard> {
    const quizzes = (await events.listPolls(eventId)).filter((poll) => poll.type === "quiz");
    const revealed = quizzes.filter((poll) => poll.answerRevealed && poll.openedAt !== null);
    const answers = await ballots.listTimedBallots(revealed.map((poll) => poll.id));
    const standings = rankPlayers(
      revealed.map((poll) => {
        const config = poll.config as QuizConfig;
        return {
          items: poll.items,
          correct: config.correct,
          openedAt: Date.parse(poll.openedAt ?? ""),
          timeLimitSeconds: config.timeLimitSeconds,
          answers: answers.flatMap((answer) =>
            answer.pollId === poll.id && answer.ballot.type === "quiz"
              ? [{ participantKey: answer.participantKey, choices: answer.ballot.choices, answeredAt: answer.answeredAt.getTime() }]
              : [],
          ),
        };
      }),
    );
    return { questionsRevealed: revealed.length, questions: quizzes.length, standings, nicknames: await players.listNicknames(eventId) };
  }

  /** A new name changes no score: the kept board takes the name instead of being computed again. */
  function rename(eventId: string, participantKey: string, nickname: string | null): void {
    const board = boards.get(eventId);
    if (!board) return;
    boards.set(
      eventId,
      board.then((kept) => {
        const nicknames = new Map(kept.nicknames);
        if (nickname === null) nicknames.delete(participantKey);
        else nicknames.set(participantKey, nickname);
        return { ...kept, nicknames };
      }),
    );
  }

  return {
    /** The event's leaderboard as it stands. */
    leaderboard(eventId: string): Promise<Leaderboard> {
      let board = boards.get(eventId);
      if (!board) {
        board = compute(eventId);
        boards.set(eventId, board);
        board.catch(() => boards.delete(eventId));
      }
      return board;
    },

    /** Something the board is made of changed: the next read recomputes it. */
    invalidate(eventId: string): void {
      boards.delete(eventId);
    },

    /** Sets or (with null) clears a player's nickname; INVALID_NICKNAME, with the reason, for one the rules refuse. */
    async setNickname(args: { eventId: string; participantKey: string; nickname: string | null }): Promise<string | null> {
      if (args.nickname === null) {
        await players.clearNickname({ eventId: args.eventId, participantKey: args.participantKey });
        rename(args.eventId, args.participantKey, null);
        return null;
      }
      const checked = checkNickname(args.nickname);
      if (!checked.ok) throw new AppError("INVALID_NICKNAME", checked.reason);
      await players.setNickname({ eventId: args.eventId, participantKey: args.participantKey, nickname: checked.nickname });
      rename(args.eventId, args.participantKey, checked.nickname);
      return checked.nickname;
    },
  };
}

export type QuizService = ReturnType<typeof createQuizService>;
