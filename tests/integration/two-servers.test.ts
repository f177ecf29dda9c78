/**
 * Two servers on one database (on PostgreSQL, how Barometer scales out):
 * a first vote on a poll that forbids changes, sent by one phone to both at
 * the same moment, is stored once, and the one acknowledged is the one kept.
 * The check before the write and the write are two steps; the database's
 * constraint decides the race.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { eventInputSchema } from "@/lib/domain/poll";
import { DEMO_EVENT_CODE, ensureDemoEvent } from "@/server/demo/demo-event";
import { hashSecretToken } from "@/server/security/secret-token";
import { connectClient, freshDatabase, newParticipantToken, newVoteId, request, requestOk, startServer, type TestClient, type TestServer } from "./harness";

const servers: TestServer[] = [];
const sockets: TestClient[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const server of servers.splice(0)) await server.stop();
});

describe("two servers on one database", () => {
  it("never let two first votes of one phone replace each other where changes are not allowed", async () => {
    const databaseUrl = await freshDatabase();
    const a = await startServer(databaseUrl);
    const b = await startServer(databaseUrl);
    servers.push(a, b);
    const { events } = a.app.services;
    const { event } = await events.createEvent({
      title: "Forum",
      polls: [{ type: "choice", question: "Ja oder nein?", items: ["Ja", "Nein"], maxChoices: 1, allowVoteChange: false, timerSeconds: null, showResultsToVoters: false }],
    });
    const poll = (await events.getEventOverview(event.id)).polls[0]?.poll;
    if (!poll) throw new Error("poll missing");
    await events.goLive({ eventId: event.id, pollId: poll.id });
    await events.setStatus({ eventId: event.id, pollId: poll.id, status: "open" });
    const [yes, no] = poll.items.map((item) => item.id) as [string, string];

    for (let phone = 0; phone < 15; phone++) {
      const token = newParticipantToken();
      const [onA, onB] = await Promise.all([connectClient(a.url, token), connectClient(b.url, token)]);
      sockets.push(onA, onB);
      await Promise.all([requestOk(onA, "attendee:join", { code: event.code }), requestOk(onB, "attendee:join", { code: event.code })]);
      const [viaA, viaB] = await Promise.all([
        request(onA, "vote:submit", { pollId: poll.id, voteId: newVoteId(), ballot: { type: "choice", choices: [yes] } }),
        request(onB, "vote:submit", { pollId: poll.id, voteId: newVoteId(), ballot: { type: "choice", choices: [no] } }),
      ]);
      const accepted = [viaA, viaB].filter((answer) => answer.ok);
      expect(accepted, JSON.stringify([viaA, viaB])).toHaveLength(1);
      expect([viaA, viaB].find((answer) => !answer.ok)).toMatchObject({ error: expect.stringMatching(/^(VOTE_CHANGE_NOT_ALLOWED|DATABASE_UNAVAILABLE)$/) });
      // What is stored, not what either server's results in memory say (keeping those in step is the Redis step).
      const stored = await a.db.ballot.findUnique({ where: { pollId_participantKey: { pollId: poll.id, participantKey: hashSecretToken(token) } } });
      expect(JSON.parse(stored?.payload ?? "null")).toEqual(accepted[0]?.ok ? accepted[0].data.ballot : null);
    }
    expect(await a.db.ballot.count({ where: { pollId: poll.id } })).toBe(15);
  });

  it("keep a question's upvote count equal to its stored upvotes when both count at once", async () => {
    const databaseUrl = await freshDatabase();
    const a = await startServer(databaseUrl);
    const b = await startServer(databaseUrl);
    servers.push(a, b);
    const { events } = a.app.services;
    const { event } = await events.createEvent(eventInputSchema.parse({ title: "Forum", polls: [{ type: "qa", question: "Fragen", moderation: "post" }] }));
    const qa = (await events.getEventOverview(event.id)).polls[0]?.poll;
    if (!qa) throw new Error("poll missing");
    await events.setStatus({ eventId: event.id, pollId: qa.id, status: "open" });
    const asker = await connectClient(a.url);
    sockets.push(asker);
    await requestOk(asker, "attendee:join", { code: event.code });
    const question = await requestOk(asker, "entry:submit", { pollId: qa.id, entryId: newVoteId(), entry: { text: "Wie geht es weiter mit der Registermodernisierung?" } });

    const phones = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const socket = await connectClient(i % 2 === 0 ? a.url : b.url);
        sockets.push(socket);
        await requestOk(socket, "attendee:join", { code: event.code });
        return socket;
      }),
    );
    const answers = await Promise.all(phones.map((socket) => request(socket, "entry:upvote", { pollId: qa.id, entryId: question.id, up: true })));
    const acked = answers.filter((answer) => answer.ok).length;
    const stored = await a.db.entryUpvote.count({ where: { entryId: question.id } });
    const counted = (await a.db.entry.findUniqueOrThrow({ where: { id: question.id } })).upvotes;
    expect(stored).toBe(acked);
    expect(counted).toBe(stored);
  });

  it("create the demo event once when both start at the same moment", async () => {
    const databaseUrl = await freshDatabase();
    const a = await startServer(databaseUrl);
    const b = await startServer(databaseUrl);
    servers.push(a, b);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "barometer-demo-"));
    const [first, second] = await Promise.all([
      ensureDemoEvent(a.app.services.events, path.join(folder, "a")),
      ensureDemoEvent(b.app.services.events, path.join(folder, "b")),
    ]);
    expect(first.code).toBe(DEMO_EVENT_CODE);
    expect(second.code).toBe(DEMO_EVENT_CODE);
    expect([first.created, second.created].filter(Boolean)).toHaveLength(1);
    expect(await a.db.event.count({ where: { code: DEMO_EVENT_CODE } })).toBe(1);
    expect(await a.db.poll.count()).toBe((await a.app.services.events.getEventOverview((await a.app.services.events.findEventByCode(DEMO_EVENT_CODE)).id)).polls.length);
  });
});
