import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  connectClient,
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
let seeded: Awaited<ReturnType<typeof seedOpenRankingPoll>>;
const clients: TestClient[] = [];

async function client() {
  const socket = await connectClient(server.url);
  clients.push(socket);
  return socket;
}

async function moderator() {
  const socket = await client();
  const view = await requestOk(socket, "moderator:join", { token: seeded.moderatorToken });
  return { socket, view };
}

const poll = (question: string, items: string[], allowVoteChange = true) => ({
  type: "ranking" as const,
  question,
  items,
  allowVoteChange,
});

beforeEach(async () => {
  server = await startServer();
  seeded = await seedOpenRankingPoll(server);
});

afterEach(async () => {
  for (const socket of clients.splice(0)) socket.disconnect();
  await server.stop();
});

describe("moderation", () => {
  it("refuses a missing or forged moderator token, and commands before joining", async () => {
    const socket = await client();
    expect(await request(socket, "moderator:join", { token: "x".repeat(43) })).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await request(socket, "moderator:join", {} as never)).toMatchObject({ ok: false, error: "INVALID_PAYLOAD" });
    expect(await request(socket, "poll:go-live", { pollId: null })).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await request(socket, "poll:reset-votes", { pollId: seeded.poll.id })).toEqual({ ok: false, error: "FORBIDDEN" });

    // An attendee of the event cannot moderate it either.
    await requestOk(socket, "attendee:join", { code: seeded.event.code });
    expect(await request(socket, "poll:set-status", { pollId: seeded.poll.id, status: "closed" })).toEqual({
      ok: false,
      error: "FORBIDDEN",
    });
    expect((await server.app.services.events.findPoll(seeded.poll.id))?.status).toBe("open");
  });

  it("shows the moderator every poll with its results", async () => {
    const { view } = await moderator();
    expect(view.event.code).toBe(seeded.event.code);
    expect(view.livePollId).toBe(seeded.poll.id);
    expect(view.polls).toHaveLength(1);
    expect(view.results[seeded.poll.id]?.ballotCount).toBe(0);
  });

  it("adds, edits, reorders and deletes polls, with validation", async () => {
    const { socket } = await moderator();
    expect(await request(socket, "poll:create", { poll: poll("Too few?", ["Only one"]) })).toMatchObject({
      ok: false,
      error: "INVALID_PAYLOAD",
      issues: [expect.objectContaining({ path: "poll.items" })],
    });
    const stateAfterCreate = nextMessage(socket, "moderator:state", (v) => v.polls.length === 2);
    const { pollId } = await requestOk(socket, "poll:create", { poll: poll("Second?", ["X", "Y", "Z"]) });
    expect((await stateAfterCreate).polls.map((p) => p.question)).toEqual(["Which first?", "Second?"]);

    await requestOk(socket, "poll:update", { pollId, poll: poll("Second, edited?", ["X", "Y"], false) });
    await requestOk(socket, "poll:reorder", { pollIds: [pollId, seeded.poll.id] });
    expect(await request(socket, "poll:reorder", { pollIds: [pollId] })).toMatchObject({ ok: false, error: "INVALID_PAYLOAD" });
    let view = await requestOk(socket, "moderator:join", { token: seeded.moderatorToken });
    expect(view.polls.map((p) => [p.question, p.position, p.items.length, p.allowVoteChange])).toEqual([
      ["Second, edited?", 0, 2, false],
      ["Which first?", 1, 3, true],
    ]);

    await requestOk(socket, "poll:delete", { pollId });
    view = await requestOk(socket, "moderator:join", { token: seeded.moderatorToken });
    expect(view.polls.map((p) => [p.question, p.position])).toEqual([["Which first?", 0]]);
    expect(await request(socket, "poll:delete", { pollId })).toEqual({ ok: false, error: "POLL_NOT_FOUND" });
  });

  it("keeps the items of a poll that has ballots", async () => {
    const { socket } = await moderator();
    const phone = await client();
    await requestOk(phone, "attendee:join", { code: seeded.event.code });
    await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Alpha) });
    expect(
      await request(socket, "poll:update", { pollId: seeded.poll.id, poll: poll("Which first?", ["Alpha", "Beta", "Delta"]) }),
    ).toEqual({ ok: false, error: "POLL_HAS_BALLOTS" });
    // The question may still be corrected.
    await requestOk(socket, "poll:update", { pollId: seeded.poll.id, poll: poll("Which comes first?", ["Alpha", "Beta", "Gamma"]) });
    expect(await server.db.ballot.count()).toBe(1);
  });

  it("moves every phone and projector to the live poll, and to the waiting screen", async () => {
    const { socket } = await moderator();
    const phone = await client();
    const projector = await client();
    await requestOk(phone, "attendee:join", { code: seeded.event.code });
    await requestOk(projector, "presenter:join", { code: seeded.event.code });
    const { pollId } = await requestOk(socket, "poll:create", { poll: poll("Next one?", ["P", "Q"]) });

    const phoneSeesNext = nextMessage(phone, "event:state", (s) => s.livePoll?.id === pollId);
    const projectorSeesNext = nextMessage(projector, "event:state", (s) => s.livePoll?.id === pollId);
    await requestOk(socket, "poll:go-live", { pollId });
    expect((await phoneSeesNext).livePoll).toMatchObject({ question: "Next one?", status: "draft" });
    await projectorSeesNext;

    const phoneSeesOpen = nextMessage(phone, "event:state", (s) => s.livePoll?.status === "open");
    await requestOk(socket, "poll:set-status", { pollId, status: "open" });
    await phoneSeesOpen;

    const phoneSeesClosed = nextMessage(phone, "event:state", (s) => s.livePoll?.status === "closed");
    await requestOk(socket, "poll:set-status", { pollId, status: "closed" });
    await phoneSeesClosed;

    const phoneWaits = nextMessage(phone, "event:state", (s) => s.livePoll === null);
    await requestOk(socket, "poll:go-live", { pollId: null });
    await phoneWaits;
    expect(await request(socket, "poll:go-live", { pollId: "someone-elses-poll" })).toEqual({ ok: false, error: "POLL_NOT_FOUND" });
  });

  it("sends everyone to the waiting screen when the live poll is deleted", async () => {
    const { socket } = await moderator();
    const phone = await client();
    await requestOk(phone, "attendee:join", { code: seeded.event.code });
    const waiting = nextMessage(phone, "event:state", (s) => s.livePoll === null);
    await requestOk(socket, "poll:delete", { pollId: seeded.poll.id });
    await waiting;
    expect((await requestOk(socket, "moderator:join", { token: seeded.moderatorToken })).livePollId).toBeNull();
  });

  it("hides results from the projector but not from the moderator", async () => {
    const { socket } = await moderator();
    const projector = await client();
    await requestOk(projector, "presenter:join", { code: seeded.event.code });
    const hidden = nextMessage(projector, "results:update", (s) => s.results === null);
    await requestOk(socket, "poll:set-results-visible", { pollId: seeded.poll.id, visible: false });
    await hidden;

    const phone = await client();
    await requestOk(phone, "attendee:join", { code: seeded.event.code });
    const projectorCount = nextMessage(projector, "results:update", (s) => s.ballotCount === 1);
    const moderatorResults = nextMessage(socket, "results:update", (s) => s.ballotCount === 1);
    await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Beta) });
    expect((await projectorCount).results).toBeNull();
    expect(rankingOf((await moderatorResults).results).items[0]?.label).toBe("Beta");

    const rejoined = await requestOk(projector, "presenter:join", { code: seeded.event.code });
    expect(rejoined.results).toEqual({
      pollId: seeded.poll.id,
      version: expect.any(Number),
      ballotCount: 1,
      connectedVoters: 1,
      results: null,
    });
  });

  it("resets a poll's votes and tells the phones", async () => {
    const { socket } = await moderator();
    const phone = await client();
    await requestOk(phone, "attendee:join", { code: seeded.event.code });
    await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Beta) });
    const told = nextMessage(phone, "poll:votes-reset");
    const emptied = nextMessage(socket, "moderator:state", (v) => v.polls[0]?.ballotCount === 0);
    await requestOk(socket, "poll:reset-votes", { pollId: seeded.poll.id });
    expect(await told).toEqual({ pollId: seeded.poll.id });
    await emptied;
    expect(await server.db.ballot.count()).toBe(0);
    expect(await requestOk(phone, "ballot:own", { pollId: seeded.poll.id })).toBeNull();
  });

  it("renames the event for everyone", async () => {
    const { socket } = await moderator();
    const phone = await client();
    await requestOk(phone, "attendee:join", { code: seeded.event.code });
    const renamed = nextMessage(phone, "event:state", (s) => s.event.title === "Renamed");
    expect(await requestOk(socket, "event:update", { title: "  Renamed " })).toEqual({ code: seeded.event.code, title: "Renamed" });
    await renamed;
  });
});
