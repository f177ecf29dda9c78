/**
 * The barometer over time over HTTP: a moderator links this year's ranking
 * to last year's (proving rights to both), matches a renamed item, and the
 * series survives last year's event being deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventInputSchema } from "@/lib/domain/poll";
import { connectClient, newVoteId, rankingBallot, requestOk, startServer, type TestServer } from "./harness";

let server: TestServer;

async function forum(title: string, items: string[], ballots: number[][]) {
  const { events } = server.app.services;
  const { event, moderatorToken } = await events.createEvent(
    eventInputSchema.parse({ title, polls: [{ type: "ranking", question: "Was macht Sie leistungsfähig?", items }, { type: "choice", question: "Kaffee?", items: ["Ja", "Nein"] }] }),
  );
  const [poll, choice] = (await events.getEventOverview(event.id)).polls.map(({ poll }) => poll);
  if (!poll || !choice) throw new Error("polls missing");
  await events.goLive({ eventId: event.id, pollId: poll.id });
  await events.setStatus({ eventId: event.id, pollId: poll.id, status: "open" });
  for (const order of ballots) {
    const phone = await connectClient(server.url);
    await requestOk(phone, "attendee:join", { code: event.code });
    await requestOk(phone, "vote:submit", { pollId: poll.id, voteId: newVoteId(), ballot: rankingBallot(...order.map((index) => poll.items[index]?.id ?? "")) });
    phone.disconnect();
  }
  return { id: event.id, code: event.code, token: moderatorToken, pollId: poll.id, choiceId: choice.id };
}

let last: Awaited<ReturnType<typeof forum>>;
let now: Awaited<ReturnType<typeof forum>>;

beforeAll(async () => {
  server = await startServer();
  last = await forum("Forum 2024", ["Vertrauen", "Zeit", "Wissen"], [[0, 1, 2], [0, 2, 1]]);
  now = await forum("Forum 2025", ["Vertrauen", "ausreichend Zeit", "Wissen"], [[1, 0, 2], [1, 2, 0], [0, 1, 2]]);
});
afterAll(async () => {
  await server.stop();
});

const call = (method: string, path: string, token: string | undefined, body?: unknown) =>
  fetch(`${server.url}/api/events/${now.code}/polls/${now.pollId}/series${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });

describe("series", () => {
  it("refuses without a token, with another event's, and without proof of the earlier event", async () => {
    expect((await call("GET", "", undefined)).status).toBe(401);
    expect((await call("GET", "", last.token)).status).toBe(403);
    expect((await call("POST", "/candidates", now.token, { earlier: { token: "not-the-earlier-token" } })).status).toBe(403);
    const noProof = await call("POST", "", now.token, { earlier: { code: last.code }, earlierPollId: last.pollId });
    expect(noProof.status).toBe(401);
    expect(await server.db.poll.findUnique({ where: { id: now.pollId }, select: { earlierRounds: true } })).toEqual({ earlierRounds: "[]" });
  });

  it("lists the earlier event's rankings, links one, and follows the items through both rounds", async () => {
    const candidates = await (await call("POST", "/candidates", now.token, { earlier: { token: last.token } })).json();
    expect(candidates.event).toEqual({ code: last.code, title: "Forum 2024" });
    expect(candidates.polls).toEqual([{ id: last.pollId, question: "Was macht Sie leistungsfähig?", ballotCount: 2 }]);

    expect((await call("POST", "", now.token, { earlier: { token: last.token }, earlierPollId: last.choiceId })).status).toBe(400);
    const linked = await (await call("POST", "", now.token, { earlier: { token: last.token }, earlierPollId: last.pollId })).json();
    expect(linked.rounds.map((round: { eventTitle: string; ballotCount: number }) => [round.eventTitle, round.ballotCount])).toEqual([
      ["Forum 2024", 2],
      ["Forum 2025", 3],
    ]);
    const labels = linked.lines.map((line: { label: string; points: unknown[] }) => [line.label, line.points.length]);
    // "Zeit" was renamed: until matched by hand it is two lines.
    expect(labels).toEqual(
      expect.arrayContaining([
        ["ausreichend Zeit", 1],
        ["Zeit", 1],
        ["Vertrauen", 2],
        ["Wissen", 2],
      ]),
    );
  });

  it("matches a renamed item by hand, and refuses a match to an item that does not exist", async () => {
    expect((await call("PUT", "/matches", now.token, { round: 0, matches: { Zeit: "Gibt es nicht" } })).status).toBe(400);
    const matched = await (await call("PUT", "/matches", now.token, { round: 0, matches: { Zeit: "ausreichend Zeit" } })).json();
    const time = matched.lines.find((line: { label: string }) => line.label === "ausreichend Zeit");
    expect(time.points.map((point: { rank: number; label: string }) => [point.label, point.rank])).toEqual([
      ["Zeit", 2],
      ["ausreichend Zeit", 1],
    ]);
    expect(matched.lines).toHaveLength(3);
  });

  it("keeps the series when the earlier event is deleted", async () => {
    await server.db.event.delete({ where: { id: last.id } });
    const state = await (await call("GET", "", now.token)).json();
    expect(state.rounds).toHaveLength(2);
    expect(state.lines).toHaveLength(3);
  });

  it("unlinks", async () => {
    const state = await (await call("DELETE", "", now.token)).json();
    expect(state.rounds).toHaveLength(1);
  });
});
