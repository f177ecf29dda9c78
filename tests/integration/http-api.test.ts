import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectClient, newVoteId, rankingBallot, requestOk, startServer, type TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const forumEvent = {
  title: "Forum",
  polls: [{ type: "ranking", question: "Was zuerst?", items: ["Zeit", "Wissen", "Team"] }],
};

describe("HTTP API", () => {
  it("reports health", async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
  });

  it("creates an event with its polls and returns its code and links", async () => {
    const response = await postJson("/api/events", forumEvent);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    expect(body.links).toEqual({
      attendee: `${server.url}/join/${body.code}`,
      presenter: `${server.url}/present/${body.code}`,
      moderator: `${server.url}/moderate/${body.moderatorToken}`,
    });
    expect(body.polls).toHaveLength(1);
    expect(body.polls[0].items.map((i: { label: string }) => i.label)).toEqual(["Zeit", "Wissen", "Team"]);

    // The returned token really opens the event for moderation.
    const socket = await connectClient(server.url);
    const view = await requestOk(socket, "moderator:join", { token: body.moderatorToken });
    socket.disconnect();
    expect(view.event).toEqual({ code: body.code, title: "Forum" });
  });

  it.each([
    { name: "broken JSON", body: "{", status: 400 },
    { name: "a missing title", body: { polls: [] }, status: 400 },
    { name: "a poll with one item", body: { title: "T", polls: [{ type: "ranking", question: "Q", items: ["A"] }] }, status: 400 },
  ])("refuses $name with INVALID_PAYLOAD and creates nothing", async ({ body, status }) => {
    const before = await server.db.event.count();
    const response = await postJson("/api/events", body);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ ok: false, error: "INVALID_PAYLOAD" });
    expect(await server.db.event.count()).toBe(before);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await postJson("/api/events", "title=x", { "content-type": "application/x-www-form-urlencoded" });
    expect(response.status).toBe(415);
  });

  it("returns every poll with items, scores, average ranks and ballot count", async () => {
    const created = await (await postJson("/api/events", forumEvent)).json();
    const [poll] = created.polls;
    const ids = Object.fromEntries(poll.items.map((i: { id: string; label: string }) => [i.label, i.id]));
    const { events } = server.app.services;
    const event = await events.findEventByCode(created.code);
    await events.goLive({ eventId: event.id, pollId: poll.id });
    await events.setStatus({ eventId: event.id, pollId: poll.id, status: "open" });
    for (const ranking of [
      [ids.Team, ids.Zeit],
      [ids.Team, ids.Wissen, ids.Zeit],
    ]) {
      const phone = await connectClient(server.url);
      await requestOk(phone, "attendee:join", { code: created.code });
      await requestOk(phone, "vote:submit", { pollId: poll.id, voteId: newVoteId(), ballot: rankingBallot(...ranking) });
      phone.disconnect();
    }

    const response = await fetch(`${server.url}/api/events/${created.code.toLowerCase()}/results`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.event).toEqual({ code: created.code, title: "Forum" });
    expect(body.polls).toHaveLength(1);
    expect(body.polls[0].ballotCount).toBe(2);
    expect(body.polls[0].results.items.map((i: { label: string; score: number; averageRank: number }) => [i.label, i.score, i.averageRank])).toEqual([
      ["Team", 4, 1],
      ["Zeit", 1 + 0, 2.5],
      ["Wissen", 1, 2],
    ]);
  });

  it("leaves out hidden results unless the moderator token comes along", async () => {
    const created = await (await postJson("/api/events", forumEvent)).json();
    const { events } = server.app.services;
    const event = await events.findEventByCode(created.code);
    await events.goLive({ eventId: event.id, pollId: created.polls[0].id });
    await events.setResultsVisible({ eventId: event.id, pollId: created.polls[0].id, visible: false });
    const url = `${server.url}/api/events/${created.code}/results`;

    const anonymous = await (await fetch(url)).json();
    expect(anonymous.polls[0]).toMatchObject({ resultsVisible: false, results: null, ballotCount: 0 });

    const moderator = await (await fetch(url, { headers: { authorization: `Bearer ${created.moderatorToken}` } })).json();
    expect(moderator.polls[0].results.method).toBe("borda");

    const forged = await fetch(url, { headers: { authorization: `Bearer ${"x".repeat(43)}` } });
    expect(forged.status).toBe(403);
  });

  it("answers 404 for an unknown event or route", async () => {
    const unknown = await fetch(`${server.url}/api/events/ZZZZZZ/results`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error: "EVENT_NOT_FOUND" });
    expect((await fetch(`${server.url}/api/nothing`)).status).toBe(404);
  });
  it("answers 400, never 500, for malformed percent-encoding in API and page paths", async () => {
    const api = await fetch(`${server.url}/api/events/%/results`);
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({ ok: false, error: "INVALID_PAYLOAD" });
    const page = await fetch(`${server.url}/join/%E0%A4%A`);
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("Ungültige Adresse");
  });
});
