import { describe, expect, it } from "vitest";
import {
  eventInputSchema,
  isAcceptingVotes,
  isTakingVotes,
  LATE_VOTE_GRACE_MS,
  type Poll,
  pollInputSchema,
  tallyPoll,
  validateBallot,
} from "./poll";

const poll: Poll = {
  id: "p1",
  type: "ranking",
  question: "Q?",
  config: {},
  items: [
    { id: "x", label: "X" },
    { id: "y", label: "Y" },
  ],
  status: "open",
  allowVoteChange: true,
  resultsVisible: true,
  showResultsToVoters: false,
  timerSeconds: null,
  closesAt: null,
  openedAt: null,
  answerRevealed: false,
};

describe("pollInputSchema", () => {
  it.each([
    { name: "a valid ranking poll", input: { type: "ranking", question: " Q? ", items: ["A", "B"] }, ok: true },
    { name: "one item", input: { type: "ranking", question: "Q?", items: ["A"] }, ok: false },
    { name: "eleven items", input: { type: "ranking", question: "Q?", items: [..."ABCDEFGHIJK"] }, ok: false },
    { name: "duplicate labels ignoring case", input: { type: "ranking", question: "Q?", items: ["Zeit", "zeit "] }, ok: false },
    { name: "a blank question", input: { type: "ranking", question: "   ", items: ["A", "B"] }, ok: false },
    { name: "an unknown type", input: { type: "quiz", question: "Q?", items: ["A", "B"] }, ok: false },
    { name: "a 60 s countdown", input: { type: "ranking", question: "Q?", items: ["A", "B"], timerSeconds: 60 }, ok: true },
    { name: "a 5 s countdown", input: { type: "ranking", question: "Q?", items: ["A", "B"], timerSeconds: 5 }, ok: false },
    { name: "a fractional countdown", input: { type: "ranking", question: "Q?", items: ["A", "B"], timerSeconds: 30.5 }, ok: false },
  ])("judges $name", ({ input, ok }) => {
    expect(pollInputSchema.safeParse(input).success).toBe(ok);
  });

  it("trims text and defaults to allowing vote changes", () => {
    const parsed = pollInputSchema.parse({ type: "ranking", question: " Q? ", items: [" A", "B "] });
    expect(parsed).toEqual({
      type: "ranking",
      question: "Q?",
      items: ["A", "B"],
      allowVoteChange: true,
      timerSeconds: null,
      showResultsToVoters: false,
    });
  });
});

describe("validateBallot and tallyPoll", () => {
  it("accepts a ranking of the poll's items", () => {
    expect(validateBallot(poll, { type: "ranking", ranking: ["y", "x"] })).toEqual({
      ok: true,
      ballot: { type: "ranking", ranking: ["y", "x"] },
    });
  });

  it("refuses items of another poll", () => {
    expect(validateBallot(poll, { type: "ranking", ranking: ["z"] })).toMatchObject({ ok: false, reason: "unknown_item" });
  });

  it("tallies stored ballots into a Borda result", () => {
    const results = tallyPoll(poll, [
      { type: "ranking", ranking: ["y", "x"] },
      { type: "ranking", ranking: ["y"] },
    ]);
    if (results.type !== "ranking") throw new Error("expected a ranking result");
    expect(results.items.map((i) => [i.itemId, i.score])).toEqual([
      ["y", 2],
      ["x", 0],
    ]);
  });
});

describe("isAcceptingVotes", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  it.each([
    { name: "an open poll without countdown", status: "open", closesAt: null, accepts: true },
    { name: "an open poll before its countdown ends", status: "open", closesAt: "2026-11-28T10:00:01Z", accepts: true },
    { name: "an open poll whose countdown ended", status: "open", closesAt: "2026-11-28T10:00:00Z", accepts: false },
    { name: "a closed poll", status: "closed", closesAt: null, accepts: false },
    { name: "a draft", status: "draft", closesAt: null, accepts: false },
  ] as const)("judges $name", ({ status, closesAt, accepts }) => {
    expect(isAcceptingVotes({ status, closesAt }, now)).toBe(accepts);
  });
});

describe("isTakingVotes", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  const open = { id: "p", type: "choice", status: "open", closesAt: null, leftLiveAt: null } as const;
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  it.each([
    { name: "the open poll on screen", poll: open, livePollId: "p", takes: true },
    { name: "an open poll not on screen", poll: open, livePollId: "q", takes: false },
    { name: "an open poll just moved on from", poll: { ...open, leftLiveAt: ago(LATE_VOTE_GRACE_MS - 1) }, livePollId: "q", takes: true },
    { name: "an open poll moved on from long ago", poll: { ...open, leftLiveAt: ago(LATE_VOTE_GRACE_MS) }, livePollId: null, takes: false },
    { name: "an open Q&A beside another poll", poll: { ...open, type: "qa" }, livePollId: "q", takes: true },
    { name: "a closed poll on screen", poll: { ...open, status: "closed" }, livePollId: "p", takes: false },
  ] as const)("judges $name", ({ poll, livePollId, takes }) => {
    expect(isTakingVotes(poll, { livePollId }, now)).toBe(takes);
  });
});

describe("moderators' text", () => {
  it("is cleaned like the audience's: no control, invisible or bidirectional characters, whitespace collapsed", () => {
    const parsed = eventInputSchema.parse({
      title: "  Forum\u0000 Digitaler\u001b   Staat ",
      polls: [{ type: "ranking", question: "Was ist\n wichtig?", items: ["\u202Eeno", "Zeit\u200B"] }],
    });
    expect(parsed.title).toBe("Forum Digitaler Staat");
    expect(parsed.polls[0]).toMatchObject({ question: "Was ist wichtig?", items: ["eno", "Zeit"] });
  });

  it.each(["\u200B\u200D", "\u0000\u001b", "\u202E", "   "])("refuses a title of nothing visible (%j)", (title) => {
    expect(eventInputSchema.safeParse({ title }).success).toBe(false);
  });
});
