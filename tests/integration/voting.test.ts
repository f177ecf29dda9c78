import { randomBytes } from "node:crypto";
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
let seeded: Awaited<ReturnType<typeof seedOpenRankingPoll>>;
const clients: TestClient[] = [];

async function attendee(token?: string) {
  const socket = await connectClient(server.url, token);
  clients.push(socket);
  await requestOk(socket, "attendee:join", { code: seeded.event.code.toLowerCase() });
  return socket;
}

async function presenter() {
  const socket = await connectClient(server.url);
  clients.push(socket);
  const view = await requestOk(socket, "presenter:join", { code: seeded.event.code });
  return { socket, view };
}

const scores = async () =>
  Object.fromEntries(
    rankingOf(await server.app.services.events.tally(seeded.poll)).items.map((item) => [item.label, item.score]),
  );

beforeEach(async () => {
  server = await startServer();
  seeded = await seedOpenRankingPoll(server);
});

afterEach(async () => {
  for (const socket of clients.splice(0)) socket.disconnect();
  await server.stop();
});

describe("voting", () => {
  it("shows a joining phone the live poll and no ballot yet", async () => {
    const socket = await connectClient(server.url);
    clients.push(socket);
    const view = await requestOk(socket, "attendee:join", { code: ` ${seeded.event.code.toLowerCase()} ` });
    expect(view.event).toEqual({ code: seeded.event.code, title: "Test event" });
    expect(view.livePoll?.question).toBe("Which first?");
    expect(view.livePoll?.items.map((i) => i.label)).toEqual(["Alpha", "Beta", "Gamma"]);
    expect(view.ownBallot).toBeNull();
  });

  it("acknowledges a vote once stored and broadcasts the new result to the projector", async () => {
    const { socket: projector } = await presenter();
    const phone = await attendee();
    const { Alpha, Beta, Gamma } = seeded.itemIds;
    const update = nextMessage(projector, "results:update", (s) => s.ballotCount === 1);

    const receipt = await requestOk(phone, "vote:submit", {
      pollId: seeded.poll.id,
      voteId: newVoteId(),
      ballot: rankingBallot(Gamma, Alpha, Beta),
    });

    expect(receipt.ballot).toEqual(rankingBallot(Gamma, Alpha, Beta));
    expect(await scores()).toEqual({ Gamma: 2, Alpha: 1, Beta: 0 });
    const snapshot = await update;
    expect(rankingOf(snapshot.results).items.map((i) => [i.label, i.score])).toEqual([
      ["Gamma", 2],
      ["Alpha", 1],
      ["Beta", 0],
    ]);
    expect(rankingOf(snapshot.results).method).toBe("borda");
  });

  it("stores a repeated vote message once and answers it with the same receipt", async () => {
    const phone = await attendee();
    const vote = { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Beta) };
    const first = await requestOk(phone, "vote:submit", vote);
    const again = await requestOk(phone, "vote:submit", vote);
    expect(again).toEqual(first);
    expect(await server.db.vote.count()).toBe(1);
    expect(await server.db.ballot.count()).toBe(1);
  });

  it("refuses a vote id reused for another ballot", async () => {
    const phone = await attendee();
    const voteId = newVoteId();
    await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId, ballot: rankingBallot(seeded.itemIds.Beta) });
    const reused = await request(phone, "vote:submit", {
      pollId: seeded.poll.id,
      voteId,
      ballot: rankingBallot(seeded.itemIds.Alpha),
    });
    expect(reused).toEqual({ ok: false, error: "VOTE_ID_CONFLICT" });
    expect(await scores()).toEqual({ Beta: 2, Alpha: 0, Gamma: 0 });
  });

  it("replaces the ballot when a phone changes its vote", async () => {
    const token = newParticipantToken();
    const phone = await attendee(token);
    const { Alpha, Beta, Gamma } = seeded.itemIds;
    await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(Alpha, Beta, Gamma) });
    await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(Gamma, Beta) });

    expect(await server.db.ballot.count()).toBe(1);
    expect(await scores()).toEqual({ Gamma: 2, Beta: 1, Alpha: 0 });

    // The same phone, reconnecting, is shown the ballot it cast.
    const sameDevice = await connectClient(server.url, token);
    clients.push(sameDevice);
    const view = await requestOk(sameDevice, "attendee:join", { code: seeded.event.code });
    expect(view.ownBallot).toEqual(rankingBallot(Gamma, Beta));
  });

  it("does not take a participant token this server never issued: the forger is a new phone each time, never another one", async () => {
    const { Alpha, Beta } = seeded.itemIds;
    const victim = newParticipantToken();
    await requestOk(await attendee(victim), "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(Alpha) });
    // A made-up token in the old unsigned shape, and the victim's random part with a made-up signature.
    const madeUp = randomBytes(32).toString("base64url");
    const fixed = `${victim.split(".")[0]}.${randomBytes(32).toString("base64url")}`;
    for (const forged of [madeUp, fixed]) {
      const phone = await connectClient(server.url, forged);
      clients.push(phone);
      const view = await requestOk(phone, "attendee:join", { code: seeded.event.code });
      expect(view.ownBallot).toBeNull();
      await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(Beta) });
    }
    // Three phones, three ballots: the victim's stands.
    expect(await server.db.ballot.count()).toBe(3);
    const again = await connectClient(server.url, victim);
    clients.push(again);
    expect((await requestOk(again, "attendee:join", { code: seeded.event.code })).ownBallot).toEqual(rankingBallot(Alpha));
  });

  it("refuses a changed vote when the poll does not allow changes", async () => {
    const { events } = server.app.services;
    await events.updatePoll({
      eventId: seeded.event.id,
      pollId: seeded.poll.id,
      input: { type: "ranking", question: "Which first?", items: ["Alpha", "Beta", "Gamma"], allowVoteChange: false, timerSeconds: null, showResultsToVoters: false },
    });
    const phone = await attendee();
    const { Alpha, Beta } = seeded.itemIds;
    await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(Alpha) });
    const change = await request(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(Beta) });
    expect(change).toEqual({ ok: false, error: "VOTE_CHANGE_NOT_ALLOWED" });
    expect(await scores()).toEqual({ Alpha: 2, Beta: 0, Gamma: 0 });
  });

  it("refuses bad input with a clear code, changes nothing and keeps serving", async () => {
    const phone = await attendee();
    const { Alpha, Beta } = seeded.itemIds;
    await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(Beta, Alpha) });
    const before = await scores();
    const pollId = seeded.poll.id;
    const cases: [unknown, Record<string, unknown>][] = [
      [null, { error: "INVALID_PAYLOAD" }],
      ["vote", { error: "INVALID_PAYLOAD" }],
      [{ pollId, voteId: "not-a-uuid", ballot: rankingBallot(Alpha) }, { error: "INVALID_PAYLOAD" }],
      [{ pollId, voteId: newVoteId(), ballot: { type: "ranking", ranking: [] } }, { error: "INVALID_PAYLOAD" }],
      [{ pollId, voteId: newVoteId(), ballot: { type: "quiz", answer: 1 } }, { error: "INVALID_PAYLOAD" }],
      [{ pollId, voteId: newVoteId(), ballot: rankingBallot(Alpha, "no-such-item") }, { error: "INVALID_BALLOT", reason: "unknown_item" }],
      [{ pollId, voteId: newVoteId(), ballot: rankingBallot(Alpha, Alpha) }, { error: "INVALID_BALLOT", reason: "duplicate_item" }],
      [{ pollId: "no-such-poll", voteId: newVoteId(), ballot: rankingBallot(Alpha) }, { error: "POLL_NOT_FOUND" }],
    ];
    for (const [payload, expected] of cases) {
      // biome-ignore lint/suspicious/noExplicitAny: sending malformed payloads on purpose
      const response = await request(phone, "vote:submit", payload as any);
      expect(response, JSON.stringify(payload)).toMatchObject({ ok: false, ...expected });
    }
    // A message without an acknowledgement callback cannot be answered, but must not crash the server.
    phone.emit("vote:submit", { pollId, voteId: newVoteId(), ballot: rankingBallot(Alpha) } as never, undefined as never);

    expect(await scores()).toEqual(before);
    expect(await server.db.ballot.count()).toBe(1);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
  });

  it("refuses votes on a closed poll and from sockets that joined no event", async () => {
    const stranger = await connectClient(server.url);
    clients.push(stranger);
    const vote = () => ({ pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Alpha) });
    expect(await request(stranger, "vote:submit", vote())).toEqual({ ok: false, error: "NOT_JOINED" });

    const phone = await attendee();
    await server.app.services.events.setStatus({ eventId: seeded.event.id, pollId: seeded.poll.id, status: "closed" });
    expect(await request(phone, "vote:submit", vote())).toEqual({ ok: false, error: "POLL_NOT_OPEN" });
    expect(await server.db.ballot.count()).toBe(0);
  });

  it("answers a retry of a stored vote with its receipt even after the poll closed", async () => {
    const phone = await attendee();
    const vote = { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Gamma) };
    const first = await requestOk(phone, "vote:submit", vote);
    await server.app.services.events.setStatus({ eventId: seeded.event.id, pollId: seeded.poll.id, status: "closed" });
    expect(await requestOk(phone, "vote:submit", vote)).toEqual(first);
    expect(await request(phone, "vote:submit", { ...vote, voteId: newVoteId() })).toEqual({ ok: false, error: "POLL_NOT_OPEN" });
    expect(await server.db.vote.count()).toBe(1);
  });

  it("refuses an unknown join code", async () => {
    const socket = await connectClient(server.url);
    clients.push(socket);
    expect(await request(socket, "attendee:join", { code: "ZZZZZZ" })).toEqual({ ok: false, error: "EVENT_NOT_FOUND" });
    expect(await request(socket, "presenter:join", { code: "0O1IL!" })).toEqual({ ok: false, error: "EVENT_NOT_FOUND" });
  });

  it("coalesces a burst of votes into a few projector messages with the final count", async () => {
    const { socket: projector } = await presenter();
    const updates: number[] = [];
    projector.on("results:update", (snapshot) => updates.push(snapshot.ballotCount));
    const phones = await Promise.all(Array.from({ length: 30 }, () => attendee()));
    const { Alpha, Beta, Gamma } = seeded.itemIds;
    const done = nextMessage(projector, "results:update", (s) => s.ballotCount === 30);

    await Promise.all(
      phones.map((phone) =>
        requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(Beta, Gamma, Alpha) }),
      ),
    );
    const final = await done;

    expect(rankingOf(final.results).items[0]).toMatchObject({ label: "Beta", score: 60, firstPlaceShare: 1, averageRank: 1 });
    expect(updates.length).toBeLessThan(30);
    expect(updates.at(-1)).toBe(30);
  });

  it("does not send tallies to phones", async () => {
    const watcher = await attendee();
    const received: unknown[] = [];
    watcher.on("results:update", (s) => received.push(s));
    const { socket: projector } = await presenter();
    const phone = await attendee();
    const seen = nextMessage(projector, "results:update", (s) => s.ballotCount === 1);
    await requestOk(phone, "vote:submit", { pollId: seeded.poll.id, voteId: newVoteId(), ballot: rankingBallot(seeded.itemIds.Alpha) });
    await seen;
    expect(received).toEqual([]);
  });

  it("counts connected phones, not sockets, for the projector", async () => {
    const { socket: projector } = await presenter();
    const token = newParticipantToken();
    const twoPhones = nextMessage(projector, "audience:update", (a) => a.connected === 2);
    await attendee(token);
    await attendee(token);
    const other = await attendee();
    expect((await twoPhones).connected).toBe(2);
    const onePhone = nextMessage(projector, "audience:update", (a) => a.connected === 1);
    other.disconnect();
    expect((await onePhone).connected).toBe(1);
  });

  it("issues a participant cookie to a browser that has none", async () => {
    const response = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
    expect(response.headers.get("set-cookie")).toMatch(/^barometer_participant=[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/);
  });
});
