/**
 * What the audience may touch and see: only the poll on screen takes votes
 * (and, for a short while, the one just moved on from; a Q&A runs
 * alongside), drafts stay out of public results, and a small request never
 * earns a large error.
 */
import { afterEach, describe, expect, it } from "vitest";
import { eventInputSchema, LATE_VOTE_GRACE_MS } from "@/lib/domain/poll";
import { connectClient, newVoteId, request, requestOk, startServer, type TestClient, type TestServer } from "./harness";

let server: TestServer;
const clients: TestClient[] = [];
let clock = new Date("2026-11-29T10:00:00Z");

afterEach(async () => {
  for (const socket of clients.splice(0)) socket.disconnect();
  await server.stop();
});

async function forum() {
  server = await startServer(undefined, { now: () => clock });
  const { events } = server.app.services;
  const { event } = await events.createEvent(
    eventInputSchema.parse({
    title: "Forum",
    polls: [
      { type: "choice", question: "Gezeigt?", items: ["Ja", "Nein"] },
      { type: "choice", question: "Vorbereitet?", items: ["Ja", "Nein"] },
      { type: "qa", question: "Ihre Fragen" },
      { type: "choice", question: "Entwurf?", items: ["Ja", "Nein"] },
    ],
  }));
  const [shown, prepared, qa, draft] = (await events.getEventOverview(event.id)).polls.map(({ poll }) => poll);
  if (!shown || !prepared || !qa || !draft) throw new Error("polls missing");
  const phone = await connectClient(server.url);
  clients.push(phone);
  await requestOk(phone, "attendee:join", { code: event.code });
  const choose = (poll: typeof shown) =>
    request(phone, "vote:submit", { pollId: poll.id, voteId: newVoteId(), ballot: { type: "choice", choices: [poll.items[0]?.id ?? ""] } });
  return { events, event, shown, prepared, qa, draft, phone, choose };
}

describe("only the poll on screen takes votes", () => {
  it("refuses a vote on a poll opened ahead of its turn, and stores nothing", async () => {
    const { events, event, shown, prepared, choose } = await forum();
    await events.goLive({ eventId: event.id, pollId: shown.id });
    for (const poll of [shown, prepared]) await events.setStatus({ eventId: event.id, pollId: poll.id, status: "open" });
    expect(await choose(prepared)).toMatchObject({ ok: false, error: "POLL_NOT_OPEN" });
    expect(await server.db.vote.count({ where: { pollId: prepared.id } })).toBe(0);
    expect(await choose(shown)).toMatchObject({ ok: true });
  });

  it("takes a late vote on the poll just moved on from for a while, then no more", async () => {
    const { events, event, shown, prepared, choose } = await forum();
    await events.goLive({ eventId: event.id, pollId: shown.id });
    await events.setStatus({ eventId: event.id, pollId: shown.id, status: "open" });
    await events.goLive({ eventId: event.id, pollId: prepared.id });
    clock = new Date(clock.getTime() + LATE_VOTE_GRACE_MS - 1_000);
    expect(await choose(shown)).toMatchObject({ ok: true });
    clock = new Date(clock.getTime() + 2_000);
    expect(await choose(shown)).toMatchObject({ ok: false, error: "POLL_NOT_OPEN" });
  });

  it("takes questions and upvotes on an open Q&A beside whatever is on screen", async () => {
    const { events, event, shown, qa, phone } = await forum();
    await events.goLive({ eventId: event.id, pollId: shown.id });
    await events.setStatus({ eventId: event.id, pollId: qa.id, status: "open" });
    const asked = await request(phone, "entry:submit", { pollId: qa.id, entryId: newVoteId(), entry: { text: "Wann kommt das Onlinezugangsgesetz 2.0?" } });
    expect(asked).toMatchObject({ ok: true });
  });
});

describe("public results", () => {
  it("leave out drafts that were never shown, but keep the poll on screen", async () => {
    const { events, event, shown, draft } = await forum();
    await events.goLive({ eventId: event.id, pollId: shown.id });
    const publicView = await (await fetch(`${server.url}/api/events/${event.code}/results`)).json();
    const ids = publicView.polls.map((poll: { id: string }) => poll.id);
    expect(ids).toContain(shown.id);
    expect(ids).not.toContain(draft.id);
    expect(JSON.stringify(publicView)).not.toContain("Entwurf?");
  });
});

describe("error details", () => {
  it("stay small for a request full of mistakes", async () => {
    server = await startServer();
    const body = JSON.stringify({ title: "T", polls: Array.from({ length: 60 }, () => ({ type: "ranking", question: "", items: [1, 2] })) });
    const response = await fetch(`${server.url}/api/events`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).issues.length).toBeLessThanOrEqual(10);
    expect(text.length).toBeLessThan(body.length);
  });
});
