import { describe, expect, it } from "vitest";
import { createQuizAggregate, quizInputSchema, quizKind, quizScore } from "./kind";
import { rankPlayers } from "./leaderboard";
import { checkNickname, defaultPlayerName } from "./nickname";

const items = [
  { id: "a", label: "1990" },
  { id: "b", label: "2001" },
  { id: "c", label: "2017" },
];
const poll = { type: "quiz", items, config: { correct: [2], timeLimitSeconds: 20 } };

describe("quiz input", () => {
  it.each([
    [{ correct: [0] }, true],
    [{ correct: [0, 1] }, true],
    [{ correct: [] }, false],
    [{ correct: [2] }, false],
    [{ correct: [1, 1] }, false],
    [{ correct: [0], timeLimitSeconds: 4 }, false],
    [{ correct: [0], timeLimitSeconds: 121 }, false],
  ])("%j is accepted: %s", (fields, ok) => {
    expect(quizInputSchema.safeParse({ type: "quiz", question: "Q?", items: ["A", "B"], ...fields }).success).toBe(ok);
  });

  it("defaults to 20 seconds and to answers that stand once given", () => {
    expect(quizInputSchema.parse({ type: "quiz", question: "Q?", items: ["A", "B"], correct: [1] })).toMatchObject({
      timeLimitSeconds: 20,
      allowVoteChange: false,
    });
  });
});

describe("quiz ballots", () => {
  it.each([
    [["c"], null],
    [["a", "c"], "one_answer_only"],
    [["x"], "unknown_item"],
  ])("%j is refused for %s", (choices, reason) => {
    const checked = quizKind.validate(poll, { type: "quiz", choices });
    expect(checked.ok ? null : checked.reason).toBe(reason);
  });
});

describe("quiz results", () => {
  it("count per answer and mark the correct ones; concealed, they say nothing about which", () => {
    const aggregate = createQuizAggregate(items, [2]);
    aggregate.add({ type: "quiz", choices: ["c"] });
    aggregate.add({ type: "quiz", choices: ["a"] });
    aggregate.add({ type: "quiz", choices: ["c"] });
    const result = aggregate.result();
    expect(result.correctCount).toBe(2);
    expect(result.items.map((item) => [item.itemId, item.count, item.correct])).toEqual([
      ["a", 1, false],
      ["b", 0, false],
      ["c", 2, true],
    ]);
    const concealed = quizKind.concealed?.result(result);
    expect(concealed?.correctCount).toBeNull();
    expect(concealed?.items.every((item) => item.correct === null)).toBe(true);
    expect(quizKind.concealed?.config(poll.config).correct).toEqual([]);
  });
});

describe("quizScore", () => {
  it.each([
    [false, 0, 0],
    [true, 0, 1000],
    [true, 10_000, 750],
    [true, 20_000, 500],
    [true, 25_000, 500],
    [true, -100, 1000],
  ])("correct %s after %i ms of 20 s scores %i", (correct, elapsedMs, score) => {
    expect(quizScore({ correct, elapsedMs, limitMs: 20_000 })).toBe(score);
  });
});

describe("rankPlayers", () => {
  const question = (openedAt: number, answers: { participantKey: string; choices: string[]; answeredAt: number }[]) => ({
    items,
    correct: [2],
    openedAt,
    timeLimitSeconds: 20,
    answers,
  });

  it("sums scores over questions; faster correct answers rank higher; equal scores share a place", () => {
    const standings = rankPlayers([
      question(0, [
        { participantKey: "fast", choices: ["c"], answeredAt: 0 },
        { participantKey: "slow", choices: ["c"], answeredAt: 20_000 },
        { participantKey: "wrong", choices: ["a"], answeredAt: 1000 },
        { participantKey: "twin", choices: ["c"], answeredAt: 20_000 },
      ]),
      question(100_000, [{ participantKey: "slow", choices: ["c"], answeredAt: 100_000 }]),
    ]);
    expect(standings.map((s) => [s.participantKey, s.score, s.correctAnswers, s.place])).toEqual([
      ["slow", 1500, 2, 1],
      ["fast", 1000, 1, 2],
      ["twin", 500, 1, 3],
      ["wrong", 0, 0, 4],
    ]);
  });

  it("is empty without answers", () => {
    expect(rankPlayers([])).toEqual([]);
  });
});

describe("nicknames", () => {
  it.each([
    ["Quizkönigin", true],
    ["  Anna   M. ", true],
    ["Barsch", true],
    ["Killian", true],
    ["", false],
    ["x".repeat(25), false],
    ["Arsch", false],
    ["Hurensohn123", false],
    ["H1tl3r", false],
    ["f u c k e r", false],
    ["1488", false],
    ["Null\u0000Byte", false],
    ["Sieg Heil", false],
  ])("%j is allowed: %s", (nickname, ok) => {
    expect(checkNickname(nickname).ok).toBe(ok);
  });

  it("tidies spaces", () => {
    expect(checkNickname("  Anna   M. ")).toEqual({ ok: true, nickname: "Anna M." });
  });

  it("gives each participant a stable animal and number", () => {
    expect(defaultPlayerName("abc")).toEqual(defaultPlayerName("abc"));
    const { animal, number } = defaultPlayerName("some participant key");
    expect(animal).toBeGreaterThanOrEqual(0);
    expect(animal).toBeLessThan(24);
    expect(number).toBeGreaterThanOrEqual(1);
    expect(number).toBeLessThanOrEqual(99);
  });
});
