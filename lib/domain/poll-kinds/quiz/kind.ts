/**
 * Quiz question: one answer within a time limit; correct answers score, faster
 * ones more. Which answers are correct stays with the moderator until revealed.
 */

import type { ResultRow } from "../../exports/result-row";
import { z } from "../../zod";
import { findItemIdProblem, itemIdSchema, itemLabelsSchema, type PollItem, pollBaseInputShape, shareOf } from "../common";
import type { PollKind } from "../kind";

export const QUIZ_MIN_ITEMS = 2;
export const QUIZ_MAX_ITEMS = 6;
export const QUIZ_MIN_SECONDS = 5;
export const QUIZ_MAX_SECONDS = 120;
export const CORRECT_OUT_OF_RANGE = "correct_out_of_range";

export const quizInputSchema = z
  .object({
    type: z.literal("quiz"),
    ...pollBaseInputShape,
    /** A quiz answer counts as given: once sent, it stands. */
    allowVoteChange: z.boolean().default(false),
    items: itemLabelsSchema(QUIZ_MIN_ITEMS, QUIZ_MAX_ITEMS),
    /** 0-based indexes into `items` of the correct answers. */
    correct: z.array(z.number().int().min(0)).min(1).max(QUIZ_MAX_ITEMS),
    timeLimitSeconds: z.number().int().min(QUIZ_MIN_SECONDS).max(QUIZ_MAX_SECONDS).default(20),
  })
  .refine((input) => input.correct.every((index) => index < input.items.length) && new Set(input.correct).size === input.correct.length, {
    path: ["correct"],
    message: CORRECT_OUT_OF_RANGE,
  });

export const quizConfigSchema = z.object({
  /** Empty in what the audience sees until the moderator reveals the answer. */
  correct: z.array(z.number().int().min(0)),
  timeLimitSeconds: z.number().int().min(1),
});

export const quizBallotSchema = z.object({
  type: z.literal("quiz"),
  /** The one answer given, as a list for the same shape as choice ballots. */
  choices: z.array(itemIdSchema).min(1).max(QUIZ_MAX_ITEMS),
});

export type QuizInput = z.infer<typeof quizInputSchema>;
export type QuizConfig = z.infer<typeof quizConfigSchema>;
export type QuizBallot = z.infer<typeof quizBallotSchema>;
export type QuizBallotProblem = "unknown_item" | "duplicate_item" | "one_answer_only";

export interface QuizItemResult {
  itemId: string;
  label: string;
  count: number;
  share: number;
  /** Whether this answer is correct; null until the moderator reveals it. */
  correct: boolean | null;
}

export interface QuizResults {
  type: "quiz";
  ballotCount: number;
  /** How many answered correctly; null until revealed. */
  correctCount: number | null;
  items: QuizItemResult[];
}

/** Points for one answer: 0 if wrong; 500 to 1000 if right, the more the sooner it came within the time limit. */
export function quizScore(args: { correct: boolean; elapsedMs: number; limitMs: number }): number {
  if (!args.correct) return 0;
  const late = Math.min(1, Math.max(0, args.elapsedMs / args.limitMs));
  return Math.round(1000 - 500 * late);
}

/** The ids of the correct answers of a quiz poll. */
export function correctItemIds(items: readonly PollItem[], correct: readonly number[]): Set<string> {
  return new Set(correct.flatMap((index) => (items[index] ? [items[index].id] : [])));
}

export function createQuizAggregate(items: readonly PollItem[], correct: readonly number[]) {
  const counts = new Map(items.map((item) => [item.id, 0]));
  const right = correctItemIds(items, correct);
  let ballotCount = 0;
  const apply = (ballot: QuizBallot, step: 1 | -1) => {
    ballotCount += step;
    const [itemId] = ballot.choices;
    const count = itemId === undefined ? undefined : counts.get(itemId);
    if (itemId !== undefined && count !== undefined) counts.set(itemId, count + step);
  };
  return {
    add: (ballot: QuizBallot) => apply(ballot, 1),
    remove: (ballot: QuizBallot) => apply(ballot, -1),
    get count() {
      return ballotCount;
    },
    result: (): QuizResults => ({
      type: "quiz",
      ballotCount,
      correctCount: [...right].reduce((sum, itemId) => sum + (counts.get(itemId) ?? 0), 0),
      items: items.map((item) => {
        const count = counts.get(item.id) ?? 0;
        return { itemId: item.id, label: item.label, count, share: shareOf(count, ballotCount), correct: right.has(item.id) };
      }),
    }),
  };
}

export const quizKind: PollKind<QuizInput, QuizConfig, QuizBallot, QuizResults, QuizBallotProblem> = {
  type: "quiz",
  inputSchema: quizInputSchema,
  configSchema: quizConfigSchema,
  configOf: (input) => ({ correct: input.correct, timeLimitSeconds: input.timeLimitSeconds }),
  responseSchema: quizBallotSchema,
  validate(poll, ballot) {
    if (ballot.choices.length !== 1) return { ok: false, reason: "one_answer_only" };
    const problem = findItemIdProblem(poll.items, ballot.choices);
    return problem ? { ok: false, ...problem } : { ok: true, response: { type: "quiz", choices: [...ballot.choices] } };
  },
  counting: {
    method: "Each answer counts the ballots that chose it; share is count / ballots. The leaderboard scores correct answers, faster ones higher.",
    ties: "None: answers keep the poll's order.",
  },
  tabulate: (result) =>
    result.items.map((item): ResultRow => ({ item_id: item.itemId, item: item.label, count: item.count, share: item.share, correct: item.correct })),
  createAggregate: (poll) => createQuizAggregate(poll.items, poll.config.correct),
  countdownSeconds: (config) => config.timeLimitSeconds,
  concealed: {
    config: (config) => ({ ...config, correct: [] }),
    result: (result) => ({
      ...result,
      correctCount: null,
      items: result.items.map((item) => ({ ...item, correct: null })),
    }),
  },
};
