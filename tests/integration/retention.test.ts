/**
 * Retention: an event is deleted RETENTION_DAYS after it was created, with
 * every row of it, and nothing else is touched.
 */
import { afterEach, describe, expect, it } from "vitest";
import { eventInputSchema } from "@/lib/domain/poll";
import { connectClient, newVoteId, requestOk, startServer, type TestClient, type TestServer } from "./harness";

let server: TestServer;
const sockets: TestClient[] = [];
const now = new Date("2026-11-29T12:00:00Z");
const daysAgo = (days: number, plusMinutes = 0) => new Date(now.getTime() - days * 86_400_000 + plusMinutes * 60_000);

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server.stop();
});

/** An event with a vote, an answer, a quiz player, an owner and an audit entry, created at `createdAt`. */
async function eventWithEverything(title: string, createdAt: Date) {
  const { events, team } = server.app.services;
  const { event } = await events.createEvent(
    eventInputSchema.parse({
      title,
      polls: [
        { type: "choice", question: "Ja?", items: ["Ja", "Nein"] },
        { type: "qa", question: "Fragen" },
      ],
    }),
  );
  const [choice, qa] = (await events.getEventOverview(event.id)).polls.map(({ poll }) => poll);
  if (!choice || !qa) throw new Error("polls missing");
  await events.goLive({ eventId: event.id, pollId: choice.id });
  for (const poll of [choice, qa]) await events.setStatus({ eventId: event.id, pollId: poll.id, status: "open" });
  const phone = await connectClient(server.url);
  sockets.push(phone);
  await requestOk(phone, "attendee:join", { code: event.code });
  await requestOk(phone, "vote:submit", { pollId: choice.id, voteId: newVoteId(), ballot: { type: "choice", choices: [choice.items[0]?.id ?? ""] } });
  await requestOk(phone, "entry:submit", { pollId: qa.id, entryId: newVoteId(), entry: { text: "Wann kommt die Registermodernisierung?" } });
  const owner = await team.signIn({ issuer: "https://idp.example.de", subject: title, name: title });
  await team.makeOwner(event.id, owner.id);
  await team.record(event.id, { accountId: owner.id, name: title }, "poll-closed", { pollId: choice.id });
  await server.db.event.update({ where: { id: event.id }, data: { createdAt } });
  return { event, pollIds: [choice.id, qa.id] };
}

async function rowsOf(eventId: string, pollIds: string[]) {
  const { db } = server;
  return {
    events: await db.event.count({ where: { id: eventId } }),
    polls: await db.poll.count({ where: { eventId } }),
    items: await db.pollItem.count({ where: { pollId: { in: pollIds } } }),
    ballots: await db.ballot.count({ where: { pollId: { in: pollIds } } }),
    votes: await db.vote.count({ where: { pollId: { in: pollIds } } }),
    entries: await db.entry.count({ where: { pollId: { in: pollIds } } }),
    roles: await db.eventRole.count({ where: { eventId } }),
    audit: await db.auditEntry.count({ where: { eventId } }),
  };
}

describe("retention", () => {
  it("deletes exactly the events whose time is up, with all their data", async () => {
    server = await startServer(undefined, { now: () => now, retentionDays: 180 });
    const expired = await eventWithEverything("Forum 2026 (alt)", daysAgo(180, -1));
    const justInTime = await eventWithEverything("Forum 2026 (knapp)", daysAgo(180, 1));
    const fresh = await eventWithEverything("Forum 2026 (neu)", daysAgo(1));
    const before = await rowsOf(expired.event.id, expired.pollIds);
    expect(Object.values(before).every((count) => count > 0)).toBe(true);

    expect(await server.app.services.retention.deleteExpired()).toBe(1);

    expect(Object.values(await rowsOf(expired.event.id, expired.pollIds)).every((count) => count === 0)).toBe(true);
    expect(await rowsOf(justInTime.event.id, justInTime.pollIds)).toEqual(before);
    expect(await rowsOf(fresh.event.id, fresh.pollIds)).toEqual(before);
    // The deleted event is gone for the audience too, not kept in a cache.
    expect((await fetch(`${server.url}/api/events/${expired.event.code}/results`)).status).toBe(404);
    expect(await server.app.services.retention.deleteExpired()).toBe(0);
  });

  it("tells moderators and phones the day the event goes", async () => {
    server = await startServer(undefined, { now: () => now, retentionDays: 30 });
    const { events } = server.app.services;
    const { event, moderatorToken } = await events.createEvent(eventInputSchema.parse({ title: "Fachtag", polls: [] }));
    const createdAt = new Date("2026-11-20T08:00:00Z");
    await server.db.event.update({ where: { id: event.id }, data: { createdAt } });
    // Changed behind the services' back: forget the cached event.
    server.app.services.caches.clear();
    const expected = new Date(createdAt.getTime() + 30 * 86_400_000).toISOString();

    const moderator = await connectClient(server.url);
    const phone = await connectClient(server.url);
    sockets.push(moderator, phone);
    expect((await requestOk(moderator, "moderator:join", { token: moderatorToken })).deletesOn).toBe(expected);
    expect((await requestOk(phone, "attendee:join", { code: event.code })).deletesOn).toBe(expected);
    const archive = await (await fetch(`${server.url}/api/events/${event.code}/archive`, { headers: { authorization: `Bearer ${moderatorToken}` } })).json();
    expect(archive.event.deletedAfter).toBe(expected);
  });
});
