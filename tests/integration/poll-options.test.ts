import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  connectClient,
  newParticipantToken,
  newVoteId,
  nextMessage,
  rankingBallot,
  rankingOf,
  request,
  requestOk,
  seedOpenRankingPoll,
  startServer,
  type TestClient,
  type TestServer,
} from "./harness";

let server: TestServer;
/** How far the server's clock is ahead of the real one. */
let clockAhead = 0;
let seeded: Awaited<ReturnType<typeof seedOpenRankingPoll>>;
const clients: TestClient[] = [];

async function client(token?: string) {
  const socket = await connectClient(server.url, token);
  clients.push(socket);
  return socket;
}

async function moderator() {
  const socket = await client();
  await requestOk(socket, "moderator:join", { token: seeded.moderatorToken });
  return socket;
}

const options = (overrides: { timerSeconds?: number | null; showResultsToVoters?: boolean }) => ({
  type: "ranking" as const,
  question: "Which first?",
  items: ["Alpha", "Beta", "Gamma"],
  allowVoteChange: true,
  timerSeconds: null,
  showResultsToVoters: false,
  ...overrides,
});

beforeEach(async () => {
  clockAhead = 0;
  server = await startServer(undefined, { now: () => new Date(Date.now() + clockAhead) });
  seeded = await seedOpenRankingPoll(server);
});

afterEach(async () => {
  for (const socket of clients.splice(0)) socket.disconnect();
  await server.stop();
});

describe("scoping to the joined event", () => {
  it("refuses a vote and a ballot:own on a poll of another event, and stores nothing", async () => {
    const other = await server.app.services.events.createEvent({ title: "Other", polls: [options({})] });
    const otherPoll = (await server.app.services.events.getEventOverview(other.event.id)).polls[0]?.poll;
    if (!otherPoll) throw new Error("no poll");
    await server.app.services.events.setStatus({ eventId: other.event.id, pollId: otherPoll.id, status: "open" });

    const phone = await client();
    await requestOk(phone, "attendee:join", { code: seeded.event.code });
    const ballot = rankingBallot(otherPoll.items[0]?.id ?? "");
    expect(await request(phone, "vote:submit", { pollId: otherPoll.id, voteId: newVoteId(), ballot })).toEqual({
      ok: false,
      error: "POLL_NOT_FOUND",
    });
    expect(await request(phone, "ballot:own", { pollId: otherPoll.id })).toEqual({ ok: false, error: "POLL_NOT_FOUND" });
    expect((await server.app.services.events.tally(otherPoll)).ballotCount).toBe(0);
  });
});

describe("countdown", () => {
  it("starts when voting opens, closes the poll by itself and tells every screen", async () => {
    const mod = await moderator();
    await requestOk(mod, "poll:update", { pollId: seeded.poll.id, poll: options({ timerSeconds: 10 }) });
    await requestOk(mod, "poll:set-status", { pollId: seeded.poll.id, status: "closed" });

    const phone = await client();
    await requestOk(phone, "attendee:join", { code: seeded.event.code });
    const opened = nextMessage(phone, "event:state", (state) => state.livePoll?.status === "open");
    const before = Date.now();
    await requestOk(mod, "poll:set-status", { pollId: seeded.poll.id, status: "open" });
    const closesAt = Date.parse((await opened).livePoll?.closesAt ?? "");
    expect(closesAt - before).toBeGreaterThanOrEqual(9_000);
    expect(closesAt - before).toBeLessThanOrEqual(11_000);

    // Eleven seconds later by the server's clock: a vote is refused by the deadline, even before the timer fires.
    const closed = nextMessage(phone, "event:state", (state) => state.livePoll?.status === "closed");
    clockAhead = 11_000;
    const { Alpha } = seeded.itemIds;
    expect(await request(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(Alpha) })).toEqual({
      ok: false,
      error: "POLL_NOT_OPEN",
    });
    // What a restart does: re-arm countdowns from the database. This deadline has passed, so the poll closes at once.
    await server.app.countdowns.restore();
    expect((await closed).livePoll?.closesAt).toBeNull();
    expect((await server.app.services.events.findPoll(seeded.poll.id))?.status).toBe("closed");
  });

  it("clears the countdown when the moderator closes the poll early", async () => {
    const mod = await moderator();
    await requestOk(mod, "poll:update", { pollId: seeded.poll.id, poll: options({ timerSeconds: 60 }) });
    await requestOk(mod, "poll:set-status", { pollId: seeded.poll.id, status: "open" });
    expect((await server.app.services.events.findPoll(seeded.poll.id))?.closesAt).not.toBeNull();
    await requestOk(mod, "poll:set-status", { pollId: seeded.poll.id, status: "closed" });
    expect((await server.app.services.events.findPoll(seeded.poll.id))?.closesAt).toBeNull();
  });
});

describe("results on phones", () => {
  it("sends phones the result only when the poll shows it to voters, and never while hidden", async () => {
    const { Alpha, Beta } = seeded.itemIds;
    const phone = await client();
    expect((await requestOk(phone, "attendee:join", { code: seeded.event.code })).results).toBeNull();
    let phoneUpdates = 0;
    phone.on("results:update", () => phoneUpdates++);

    const projector = await client();
    await requestOk(projector, "presenter:join", { code: seeded.event.code });
    const first = nextMessage(projector, "results:update", (s) => s.ballotCount === 1);
    await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(Alpha) });
    await first;
    expect(phoneUpdates).toBe(0);

    const mod = await moderator();
    await requestOk(mod, "poll:update", { pollId: seeded.poll.id, poll: options({ showResultsToVoters: true }) });
    const rejoined = await client(newParticipantToken());
    const view = await requestOk(rejoined, "attendee:join", { code: seeded.event.code });
    expect(rankingOf(view.results?.results).items[0]?.label).toBe("Alpha");

    const second = nextMessage(phone, "results:update", (s) => s.ballotCount === 2);
    await requestOk(rejoined, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(Beta, Alpha) });
    expect(rankingOf((await second).results).items.map((item) => item.label)).toEqual(["Alpha", "Beta", "Gamma"]);

    const hidden = nextMessage(phone, "results:update", (s) => s.results === null);
    await requestOk(mod, "poll:set-results-visible", { pollId: seeded.poll.id, visible: false });
    expect((await hidden).ballotCount).toBe(2);
  });
});

describe("participation", () => {
  it("counts how many of the connected phones have voted", async () => {
    const projector = await client();
    await requestOk(projector, "presenter:join", { code: seeded.event.code });
    const voter = await client(newParticipantToken());
    const watcher = await client(newParticipantToken());
    await requestOk(voter, "attendee:join", { code: seeded.event.code });
    await requestOk(watcher, "attendee:join", { code: seeded.event.code });

    const voted = nextMessage(projector, "results:update", (s) => s.ballotCount === 1 && s.connectedVoters === 1);
    await requestOk(voter, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Beta) });
    await voted;

    // The voter leaves: their ballot still counts, but they are no longer a connected voter.
    const left = nextMessage(projector, "results:update", (s) => s.ballotCount === 1 && s.connectedVoters === 0);
    voter.disconnect();
    await left;
  });
});
