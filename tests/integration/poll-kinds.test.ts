/**
 * The number kinds (choice, scale, points, quiz) through the HTTP API and real
 * sockets: each kind's votes, its refusals, its results, and for the quiz the
 * time limit, the reveal and the leaderboard.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Ballot } from "@/lib/domain/poll";
import {
  connectClient,
  newVoteId,
  nextMessage,
  request,
  requestOk,
  startServer,
  type TestClient,
  type TestServer,
} from "./harness";

let server: TestServer;
let clockAhead = 0;
const clients: TestClient[] = [];

beforeEach(async () => {
  clockAhead = 0;
  server = await startServer(undefined, { now: () => new Date(Date.now() + clockAhead) });
});

afterEach(async () => {
  for (const socket of clients.splice(0)) socket.disconnect();
  await server.stop();
});

const EVENT = {
  title: "Forum Digitaler Staat",
  polls: [
    { type: "choice", question: "Nutzen Sie die E-Akte schon?", items: ["Ja", "Nein", "Teilweise"] },
    { type: "choice", question: "Welche Themen interessieren Sie?", items: ["KI", "Cloud", "Datenschutz", "Barrierefreiheit"], maxChoices: 2 },
    {
      type: "scale",
      question: "Wie sehr stimmen Sie zu?",
      items: ["Die Verwaltung ist digital gut aufgestellt.", "Ich arbeite gern mobil."],
      scale: { min: 1, max: 5, minLabel: "gar nicht", maxLabel: "voll und ganz" },
    },
    { type: "points", question: "Wohin mit dem Budget?", items: ["Weiterbildung", "Ausstattung", "Gesundheit"] },
    { type: "quiz", question: "Seit wann gilt das OZG?", items: ["2009", "2017", "2022"], correct: [1], timeLimitSeconds: 20 },
    { type: "quiz", question: "Wie viele Bundesländer gibt es?", items: ["14", "16"], correct: [1], timeLimitSeconds: 10 },
  ],
};

type CreatedPoll = { id: string; type: string; items: { id: string; label: string }[] };

async function createEvent() {
  const response = await fetch(`${server.url}/api/events`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(EVENT),
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { code: string; moderatorToken: string; polls: (CreatedPoll & Record<string, unknown>)[] };
  const moderator = await connectClient(server.url);
  clients.push(moderator);
  await requestOk(moderator, "moderator:join", { token: body.moderatorToken });
  const polls = body.polls;
  const poll = (index: number) => {
    const found = polls[index];
    if (!found) throw new Error(`no poll ${index}`);
    return { ...found, item: (label: string) => found.items.find((item) => item.label === label)?.id ?? "" };
  };
  return { ...body, moderator, poll };
}

async function phone(code: string) {
  const socket = await connectClient(server.url);
  clients.push(socket);
  const view = await requestOk(socket, "attendee:join", { code });
  return { socket, view };
}

async function open(moderator: TestClient, pollId: string) {
  await requestOk(moderator, "poll:go-live", { pollId });
  await requestOk(moderator, "poll:set-status", { pollId, status: "open" });
}

const vote = (socket: TestClient, pollId: string, ballot: Ballot) => request(socket, "vote:submit", { pollId, voteId: newVoteId(), ballot });

type PublicPoll = { id: string; type: string; results: Record<string, unknown> | null } & Record<string, unknown>;

/** The public results, and one poll of them by id (drafts are not among them). */
async function results(code: string) {
  const response = await fetch(`${server.url}/api/events/${code}/results`);
  const body = (await response.json()) as { polls: PublicPoll[]; leaderboard?: unknown };
  return { ...body, poll: (id: string) => body.polls.find((poll) => poll.id === id) };
}

describe("the HTTP API", () => {
  it("creates every kind with its settings and defaults, and refuses settings that do not fit", async () => {
    const created = await createEvent();
    expect(created.polls.map((poll) => poll.type)).toEqual(["choice", "choice", "scale", "points", "quiz", "quiz"]);
    expect(created.poll(0)).toMatchObject({ maxChoices: 1 });
    expect(created.poll(1)).toMatchObject({ maxChoices: 2 });
    expect(created.poll(2)).toMatchObject({ scale: { min: 1, max: 5, minLabel: "gar nicht", maxLabel: "voll und ganz" } });
    expect(created.poll(3)).toMatchObject({ budget: 100 });
    expect(created.poll(4)).toMatchObject({ correct: [1], timeLimitSeconds: 20 });

    for (const poll of [
      { type: "choice", question: "Q?", items: ["A", "B"], maxChoices: 3 },
      { type: "scale", question: "Q?", items: ["A"], scale: { min: 0, max: 11 } },
      { type: "points", question: "Q?", items: ["A", "B"], budget: -5 },
      { type: "quiz", question: "Q?", items: ["A", "B"], correct: [2] },
      { type: "quiz", question: "Q?", items: ["A", "B"], correct: [0], timeLimitSeconds: 200 },
      { type: "unknown", question: "Q?", items: ["A", "B"] },
    ]) {
      const response = await fetch(`${server.url}/api/events`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: "T", polls: [poll] }),
      });
      expect(response.status, JSON.stringify(poll)).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, error: "INVALID_PAYLOAD" });
    }
  });
});

describe("choice", () => {
  it("counts single and multiple choices and refuses what does not fit", async () => {
    const { code, moderator, poll } = await createEvent();
    const single = poll(0);
    const multi = poll(1);
    // Both live in turn: the one moved on from still takes votes for a while.
    await open(moderator, single.id);
    await open(moderator, multi.id);
    const [a, b] = [await phone(code), await phone(code)];

    expect(await vote(a.socket, single.id, { type: "choice", choices: [single.item("Ja"), single.item("Nein")] })).toMatchObject({
      ok: false,
      error: "INVALID_BALLOT",
      reason: "too_many_choices",
    });
    expect(await vote(a.socket, single.id, { type: "choice", choices: ["nope"] })).toMatchObject({ reason: "unknown_item" });
    expect(await vote(a.socket, multi.id, { type: "choice", choices: [multi.item("KI"), multi.item("KI")] })).toMatchObject({ reason: "duplicate_item" });
    expect(await vote(a.socket, single.id, { type: "ranking", ranking: [single.item("Ja")] })).toMatchObject({ reason: "wrong_poll_type" });
    expect(await vote(a.socket, single.id, { type: "choice", choices: [] } as Ballot)).toMatchObject({ error: "INVALID_PAYLOAD" });

    await requestOk(a.socket, "vote:submit", { pollId: single.id, voteId: newVoteId(), ballot: { type: "choice", choices: [single.item("Ja")] } });
    await requestOk(b.socket, "vote:submit", { pollId: single.id, voteId: newVoteId(), ballot: { type: "choice", choices: [single.item("Teilweise")] } });
    await requestOk(a.socket, "vote:submit", {
      pollId: multi.id,
      voteId: newVoteId(),
      ballot: { type: "choice", choices: [multi.item("KI"), multi.item("Cloud")] },
    });
    await requestOk(b.socket, "vote:submit", { pollId: multi.id, voteId: newVoteId(), ballot: { type: "choice", choices: [multi.item("KI")] } });

    const all = await results(code);
    expect(all.poll(single.id)?.results).toMatchObject({
      type: "choice",
      ballotCount: 2,
      items: [
        { label: "Ja", count: 1, share: 0.5 },
        { label: "Nein", count: 0, share: 0 },
        { label: "Teilweise", count: 1, share: 0.5 },
      ],
    });
    expect(all.poll(multi.id)?.results).toMatchObject({
      ballotCount: 2,
      maxChoices: 2,
      items: [
        { label: "KI", count: 2, share: 1 },
        { label: "Cloud", count: 1, share: 0.5 },
        { label: "Datenschutz", count: 0 },
        { label: "Barrierefreiheit", count: 0 },
      ],
    });
  });
});

describe("scale", () => {
  it("keeps counts per value with mean and median, skips unrated statements, refuses values off the scale", async () => {
    const { code, moderator, poll } = await createEvent();
    const scale = poll(2);
    await open(moderator, scale.id);
    const [a, b, c] = [await phone(code), await phone(code), await phone(code)];
    const first = scale.item("Die Verwaltung ist digital gut aufgestellt.");
    const second = scale.item("Ich arbeite gern mobil.");

    expect(await vote(a.socket, scale.id, { type: "scale", ratings: { [first]: 6 } })).toMatchObject({ reason: "out_of_range" });
    expect(await vote(a.socket, scale.id, { type: "scale", ratings: { [first]: 2.5 } })).toMatchObject({ reason: "out_of_range" });
    expect(await vote(a.socket, scale.id, { type: "scale", ratings: {} })).toMatchObject({ reason: "empty" });
    expect(await vote(a.socket, scale.id, { type: "scale", ratings: { nope: 3 } })).toMatchObject({ reason: "unknown_item" });

    for (const [client, ratings] of [
      [a, { [first]: 1, [second]: 5 }],
      [b, { [first]: 2 }],
      [c, { [first]: 5, [second]: 4 }],
    ] as const) {
      await requestOk(client.socket, "vote:submit", { pollId: scale.id, voteId: newVoteId(), ballot: { type: "scale", ratings } });
    }
    const result = (await results(code)).poll(scale.id)?.results;
    expect(result).toMatchObject({
      type: "scale",
      ballotCount: 3,
      items: [
        { counts: [1, 1, 0, 0, 1], ratingCount: 3, median: 2 },
        { counts: [0, 0, 0, 1, 1], ratingCount: 2, mean: 4.5, median: 4.5 },
      ],
    });
    expect((result?.items as { mean: number }[] | undefined)?.[0]?.mean).toBeCloseTo(8 / 3);
  });
});

describe("points", () => {
  it("takes only whole points that sum to the budget, and ranks items by mean", async () => {
    const { code, moderator, poll } = await createEvent();
    const points = poll(3);
    await open(moderator, points.id);
    const [a, b] = [await phone(code), await phone(code)];
    const [learn, tools, health] = [points.item("Weiterbildung"), points.item("Ausstattung"), points.item("Gesundheit")];

    expect(await vote(a.socket, points.id, { type: "points", points: { [learn]: 50, [tools]: 49 } })).toMatchObject({ reason: "wrong_total" });
    expect(await vote(a.socket, points.id, { type: "points", points: { [learn]: 110, [tools]: -10 } })).toMatchObject({ reason: "invalid_points" });
    expect(await vote(a.socket, points.id, { type: "points", points: { [learn]: 50.5, [tools]: 49.5 } })).toMatchObject({ reason: "invalid_points" });
    expect(await vote(a.socket, points.id, { type: "points", points: { [learn]: 50, nope: 50 } })).toMatchObject({ reason: "unknown_item" });

    await requestOk(a.socket, "vote:submit", { pollId: points.id, voteId: newVoteId(), ballot: { type: "points", points: { [learn]: 20, [tools]: 30, [health]: 50 } } });
    await requestOk(b.socket, "vote:submit", { pollId: points.id, voteId: newVoteId(), ballot: { type: "points", points: { [health]: 100 } } });

    expect((await results(code)).poll(points.id)?.results).toMatchObject({
      type: "points",
      ballotCount: 2,
      budget: 100,
      items: [
        { label: "Gesundheit", total: 150, mean: 75, rank: 1 },
        { label: "Ausstattung", total: 30, mean: 15, rank: 2 },
        { label: "Weiterbildung", total: 20, mean: 10, rank: 3 },
      ],
    });
  });

  it("refuses to change a poll's settings once it has ballots, but lets the question change", async () => {
    const { code, moderator, poll } = await createEvent();
    const points = poll(3);
    await open(moderator, points.id);
    const a = await phone(code);
    await requestOk(a.socket, "vote:submit", { pollId: points.id, voteId: newVoteId(), ballot: { type: "points", points: { [points.item("Gesundheit")]: 100 } } });
    const input = { type: "points" as const, question: "Wohin mit dem Budget?", items: ["Weiterbildung", "Ausstattung", "Gesundheit"] };
    expect(await request(moderator, "poll:update", { pollId: points.id, poll: { ...input, budget: 50 } })).toMatchObject({ ok: false, error: "POLL_HAS_BALLOTS" });
    await requestOk(moderator, "poll:update", { pollId: points.id, poll: { ...input, question: "Wohin mit 100 Punkten?" } });
  });
});

describe("quiz", () => {
  it("hides the answer until revealed, refuses late answers, and ranks players by correctness and speed", async () => {
    const { code, moderator, poll } = await createEvent();
    const first = poll(4);
    const second = poll(5);
    const fast = await phone(code);
    const slow = await phone(code);
    const wrong = await phone(code);
    const projector = await connectClient(server.url);
    clients.push(projector);
    const presenter = await requestOk(projector, "presenter:join", { code });
    expect(presenter.leaderboard).toMatchObject({ questions: 2, questionsRevealed: 0, players: 0, top: [] });
    expect(fast.view.quiz).toMatchObject({ place: null, score: 0 });

    // Question 1: the phones never learn the answer before the reveal.
    const shown = nextMessage(fast.socket, "event:state", (state) => state.livePoll?.id === first.id && state.livePoll.status === "open");
    await open(moderator, first.id);
    const state = await shown;
    expect(state.livePoll?.config).toEqual({ correct: [], timeLimitSeconds: 20 });
    expect(state.livePoll?.closesAt).not.toBeNull();

    const answer = (socket: TestClient, label: string) =>
      requestOk(socket, "vote:submit", { pollId: first.id, voteId: newVoteId(), ballot: { type: "quiz", choices: [first.item(label)] } });
    expect(await vote(fast.socket, first.id, { type: "quiz", choices: [first.item("2009"), first.item("2017")] })).toMatchObject({
      reason: "one_answer_only",
    });
    await answer(fast.socket, "2017");
    clockAhead = 8_000;
    await answer(slow.socket, "2017");
    await answer(wrong.socket, "2022");
    // A quiz answer stands once given.
    expect(await vote(fast.socket, first.id, { type: "quiz", choices: [first.item("2009")] })).toMatchObject({ error: "VOTE_CHANGE_NOT_ALLOWED" });
    clockAhead = 21_000;
    const late = await phone(code);
    expect(await vote(late.socket, first.id, { type: "quiz", choices: [first.item("2017")] })).toMatchObject({ error: "POLL_NOT_OPEN" });

    const publicView = (await results(code)).poll(first.id) as unknown as { correct: unknown[]; results: { correctCount: unknown; items: { correct: unknown }[] } };
    expect(publicView.correct).toEqual([]);
    const concealed = publicView.results;
    expect(concealed.correctCount).toBeNull();
    expect(concealed.items.every((item) => item.correct === null)).toBe(true);

    // The reveal closes voting, shows the answer and scores: 1000 − 500 × elapsed / limit.
    const standing = nextMessage(slow.socket, "quiz:standing", (s) => s.place !== null);
    const board = nextMessage(projector, "quiz:leaderboard", (b) => b.questionsRevealed === 1);
    await requestOk(moderator, "poll:reveal-answer", { pollId: first.id, revealed: true });
    const revealed = (await results(code)).poll(first.id);
    expect(revealed).toMatchObject({ correct: [1], answerRevealed: true });
    expect(revealed?.results).toMatchObject({ correctCount: 2, items: [{ correct: false }, { correct: true, count: 2 }, { correct: false, count: 1 }] });
    const top = (await board).top;
    expect(top.map((entry) => [entry.place, entry.correctAnswers])).toEqual([
      [1, 1],
      [2, 1],
      [3, 0],
    ]);
    expect(top[0]?.score).toBeGreaterThan(990);
    expect(top[1]?.score).toBeGreaterThanOrEqual(790);
    expect(top[1]?.score).toBeLessThanOrEqual(810);
    expect(top[2]?.score).toBe(0);
    expect(await standing).toMatchObject({ place: 2, players: 3, questionsRevealed: 1 });

    // Question 2: the slow phone is fastest now and overtakes.
    clockAhead = 30_000;
    await open(moderator, second.id);
    await requestOk(slow.socket, "vote:submit", { pollId: second.id, voteId: newVoteId(), ballot: { type: "quiz", choices: [second.item("16")] } });
    clockAhead = 39_000;
    await requestOk(fast.socket, "vote:submit", { pollId: second.id, voteId: newVoteId(), ballot: { type: "quiz", choices: [second.item("14")] } });
    const afterSecond = nextMessage(projector, "quiz:leaderboard", (b) => b.questionsRevealed === 2);
    await requestOk(moderator, "poll:reveal-answer", { pollId: second.id, revealed: true });
    const final = await afterSecond;
    expect(final.top.map((entry) => entry.score)).toEqual([...final.top.map((entry) => entry.score)].sort((x, y) => y - x));
    expect(final.top[0]?.score).toBeGreaterThan(1700);
    expect(final.top[0]?.correctAnswers).toBe(2);

    const own = await requestOk(slow.socket, "quiz:set-nickname", { nickname: "  Quizkönigin " });
    expect(own).toMatchObject({ nickname: "Quizkönigin", place: 1 });
    expect(await request(fast.socket, "quiz:set-nickname", { nickname: "H1tl3r" })).toMatchObject({ ok: false, error: "INVALID_NICKNAME" });
    expect(await request(fast.socket, "quiz:set-nickname", { nickname: "x".repeat(25) })).toMatchObject({ ok: false, error: "INVALID_NICKNAME" });
    const rejoined = await requestOk(projector, "presenter:join", { code });
    expect(rejoined.leaderboard?.top[0]).toMatchObject({ nickname: "Quizkönigin", place: 1 });
    expect(rejoined.leaderboard?.top[1]?.nickname).toBeNull();
    expect((await results(code)).leaderboard).toMatchObject({ questionsRevealed: 2, players: 3, top: [{ nickname: "Quizkönigin", place: 1 }, {}, {}] });
  });

  it("refuses a reveal on a kind without an answer", async () => {
    const { moderator, poll } = await createEvent();
    expect(await request(moderator, "poll:reveal-answer", { pollId: poll(0).id, revealed: true })).toMatchObject({ ok: false, error: "INVALID_PAYLOAD" });
  });
});
