/**
 * Open answers and Q&A through real sockets and the HTTP API: entries
 * checked and stored, upvotes once each and taken back, moderation states,
 * hidden and pending entries absent from every public view, refusals that
 * change nothing, and a Q&A that phones reach beside the live poll.
 */
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OpenTextResults } from "@/lib/domain/poll-kinds/open-text/kind";
import type { QaResults } from "@/lib/domain/poll-kinds/qa/kind";
import type { ResultsSnapshot } from "@/lib/realtime/contract";
import { DEFAULT_RATES } from "@/server/security/limits";

const ENTRIES_PER_MINUTE = DEFAULT_RATES.entriesPerParticipantAndPoll.points;

import { connectClient, nextMessage, request, requestOk, startServer, type TestClient, type TestServer } from "./harness";

let server: TestServer;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startServer();
});

afterEach(async () => {
  for (const socket of clients.splice(0)) socket.disconnect();
  await server.stop();
});

async function client() {
  const socket = await connectClient(server.url);
  clients.push(socket);
  return socket;
}

type ApiPoll = Record<string, unknown> & { type: string; question: string };

async function setUp(polls: ApiPoll[]) {
  const response = await fetch(`${server.url}/api/events`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Forum Digitaler Staat", polls }),
  });
  const created = (await response.json()) as { code: string; moderatorToken: string; polls: (ApiPoll & { id: string })[] };
  const moderator = await client();
  await requestOk(moderator, "moderator:join", { token: created.moderatorToken });
  const phone = async () => {
    const socket = await client();
    const joined = await requestOk(socket, "attendee:join", { code: created.code });
    return { socket, joined };
  };
  const publicResults = async <R>(index = 0, token?: string) => {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const body = (await (await fetch(`${server.url}/api/events/${created.code}/results`, { headers })).json()) as { polls: { id: string; results: R }[] };
    // By id: drafts are left out of the public list.
    return body.polls.find((poll) => poll.id === created.polls[index]?.id)?.results as R;
  };
  return { ...created, pollIds: created.polls.map((poll) => poll.id), moderator, phone, publicResults };
}

const submit = (socket: TestClient, pollId: string, text: string, authorName: string | null = null, entryId = randomUUID()) =>
  request(socket, "entry:submit", { pollId, entryId, entry: { text, authorName } });

describe("open answers", () => {
  async function openAnswers(settings: Record<string, unknown> = {}) {
    const setup = await setUp([{ type: "open_text", question: "Was wünschen Sie sich von der digitalen Verwaltung?", ...settings }]);
    const pollId = setup.pollIds[0] ?? "";
    await requestOk(setup.moderator, "poll:go-live", { pollId });
    await requestOk(setup.moderator, "poll:set-status", { pollId, status: "open" });
    return { ...setup, pollId };
  }

  it("stores answers cleaned, shows them at once under post-moderation, and refuses what does not fit", async () => {
    const { pollId, phone, publicResults, polls } = await openAnswers({ maxEntries: 2, maxLength: 40 });
    expect(polls[0]).toMatchObject({ moderation: "post", maxEntries: 2, maxLength: 40 });
    const { socket } = await phone();
    expect(await submit(socket, pollId, "\u200B \u202E ")).toMatchObject({ ok: false, error: "INVALID_ENTRY", reason: "empty_text" });
    expect(await submit(socket, pollId, "x".repeat(41))).toMatchObject({ ok: false, error: "INVALID_ENTRY", reason: "text_too_long" });
    expect(await request(socket, "entry:submit", { pollId, entryId: "not-a-uuid", entry: { text: "Hallo" } })).toMatchObject({
      ok: false,
      error: "INVALID_PAYLOAD",
    });

    const first = await submit(socket, pollId, "  Termine   online\u202E buchen ");
    expect(first).toMatchObject({ ok: true, data: { text: "Termine online buchen", status: "approved" } });
    expect(await submit(socket, pollId, "Weniger Papier")).toMatchObject({ ok: true });
    expect(await submit(socket, pollId, "Noch eins")).toMatchObject({ ok: false, reason: "too_many_entries" });

    const results = await publicResults<OpenTextResults>();
    expect(results.entries.map((entry) => entry.text)).toEqual(["Weniger Papier", "Termine online buchen"]);
    expect(results.counts).toEqual({ approved: 2, pending: 0, hidden: 0 });
    // Nothing identifies the author in what the audience gets.
    expect(JSON.stringify(results)).not.toMatch(/participant/i);
  });

  it("answers a retried entry with the stored one and stores it once", async () => {
    const { pollId, phone, publicResults } = await openAnswers();
    const { socket } = await phone();
    const entryId = randomUUID();
    const first = await submit(socket, pollId, "Schnelleres WLAN", null, entryId);
    const retry = await submit(socket, pollId, "Schnelleres WLAN", null, entryId);
    expect(retry).toEqual(first);
    expect((await publicResults<OpenTextResults>()).ballotCount).toBe(1);
    // Another phone cannot take over the id.
    expect(await submit((await phone()).socket, pollId, "Etwas anderes", null, entryId)).toMatchObject({ ok: false, error: "ENTRY_ID_CONFLICT" });
  });

  it("stores a crowd's answers sent at once, and holds one phone to its limit even when it sends all at once", async () => {
    const { pollId, moderator, phone, publicResults } = await openAnswers({ maxEntries: 3 });
    const crowd = await Promise.all(Array.from({ length: 30 }, async () => (await phone()).socket));
    const answers = await Promise.all(crowd.map((socket, i) => submit(socket, pollId, `Antwort ${i + 1}`)));
    expect(answers.every((answer) => answer.ok)).toBe(true);
    const eager = crowd[0] as TestClient;
    const burst = await Promise.all(["Zwei", "Drei", "Vier", "Fünf"].map((text) => submit(eager, pollId, text)));
    expect(burst.map((answer) => (answer.ok ? "ok" : "reason" in answer ? answer.reason : answer.error))).toEqual(["ok", "ok", "too_many_entries", "too_many_entries"]);
    const results = await publicResults<OpenTextResults>();
    expect(results.ballotCount).toBe(32);
    expect(await server.db.entry.count()).toBe(32);

    // A retry of an answer stored before the poll closed still gets its answer, not a refusal.
    const entryId = randomUUID();
    const stored = await submit(crowd[1] as TestClient, pollId, "Kurz vor Schluss", null, entryId);
    await requestOk(moderator, "poll:set-status", { pollId, status: "closed" });
    expect(await submit(crowd[1] as TestClient, pollId, "Kurz vor Schluss", null, entryId)).toEqual(stored);
  });

  it("holds answers for review under pre-moderation; approve, hide, feature and a switch of mode reach every view", async () => {
    const { code, pollId, moderator, moderatorToken, phone, publicResults } = await openAnswers({ moderation: "pre" });
    const projector = await client();
    await requestOk(projector, "presenter:join", { code });
    const { socket } = await phone();

    const queued = nextMessage(moderator, "results:update", (s) => (s.results as OpenTextResults).counts.pending === 1);
    const pending = await requestOk(socket, "entry:submit", { pollId, entryId: randomUUID(), entry: { text: "Mehr Mut zur Digitalisierung" } });
    expect(pending.status).toBe("pending");
    expect(((await queued).results as OpenTextResults).entries.map((e) => [e.text, e.status])).toEqual([["Mehr Mut zur Digitalisierung", "pending"]]);
    expect((await publicResults<OpenTextResults>()).entries).toEqual([]);
    expect((await publicResults<OpenTextResults>()).counts).toEqual({ approved: 0, pending: 1, hidden: 0 });

    const shown = nextMessage(projector, "results:update", (s) => (s.results as OpenTextResults).entries.length === 1);
    await requestOk(moderator, "entry:moderate", { pollId, entryId: pending.id, action: "approve" });
    await shown;
    await requestOk(moderator, "poll:moderate", { pollId, action: { type: "open_text", action: "feature", entryId: pending.id } });
    expect(await publicResults<OpenTextResults>()).toMatchObject({ featuredId: pending.id, mode: "pre" });

    await requestOk(moderator, "entry:moderate", { pollId, entryId: pending.id, action: "hide" });
    expect(await publicResults<OpenTextResults>()).toMatchObject({ entries: [], featuredId: null, counts: { hidden: 1 } });
    const rejoined = await requestOk(projector, "presenter:join", { code });
    expect(JSON.stringify(rejoined)).not.toContain("Mehr Mut");
    // The author learns what happened to their answer; the moderator still sees it.
    expect((await requestOk(socket, "entry:own", { pollId })).entries.map((e) => e.status)).toEqual(["hidden"]);
    expect((await publicResults<OpenTextResults>(0, moderatorToken)).entries.map((e) => e.status)).toEqual(["hidden"]);

    await requestOk(moderator, "poll:moderate", { pollId, action: { type: "open_text", action: "set_mode", mode: "post" } });
    expect(await requestOk(socket, "entry:submit", { pollId, entryId: randomUUID(), entry: { text: "Offene Daten" } })).toMatchObject({
      status: "approved",
    });
    expect(await publicResults<OpenTextResults>()).toMatchObject({ mode: "post", entries: [{ text: "Offene Daten" }] });
  });

  it("holds an answer with a blocked word for review even under post-moderation", async () => {
    const { pollId, phone, publicResults } = await openAnswers();
    const { socket } = await phone();
    expect(await requestOk(socket, "entry:submit", { pollId, entryId: randomUUID(), entry: { text: "So eine Scheiße" } })).toMatchObject({
      status: "pending",
    });
    expect((await publicResults<OpenTextResults>()).entries).toEqual([]);
  });

  it("refuses entries to a closed poll, beyond the rate limit, and entry commands from phones", async () => {
    const { pollId, moderator, phone, publicResults } = await openAnswers({ maxEntries: 10 });
    const { socket } = await phone();
    for (let i = 0; i < ENTRIES_PER_MINUTE; i++) {
      const refused = await submit(socket, pollId, "x".repeat(400));
      expect(refused).toMatchObject({ ok: false, reason: "text_too_long" });
    }
    expect(await submit(socket, pollId, "Jetzt aber richtig")).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect((await publicResults<OpenTextResults>()).ballotCount).toBe(0);

    const other = (await phone()).socket;
    const stored = await requestOk(other, "entry:submit", { pollId, entryId: randomUUID(), entry: { text: "Gut" } });
    expect(await request(other, "entry:moderate", { pollId, entryId: stored.id, action: "hide" })).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await request(other, "entry:upvote", { pollId, entryId: stored.id, up: true })).toMatchObject({ ok: false, reason: "wrong_poll_type" });
    await requestOk(moderator, "poll:set-status", { pollId, status: "closed" });
    expect(await submit(other, pollId, "Zu spät")).toMatchObject({ ok: false, error: "POLL_NOT_OPEN" });
    expect((await publicResults<OpenTextResults>()).ballotCount).toBe(1);
  });
});

describe("Q&A", () => {
  async function questions(settings: Record<string, unknown> = {}) {
    const setup = await setUp([
      { type: "ranking", question: "Was ist am wichtigsten?", items: ["Vertrauen", "Tempo"] },
      { type: "qa", question: "Fragen an das Podium", ...settings },
    ]);
    const [rankingId = "", pollId = ""] = setup.pollIds;
    await requestOk(setup.moderator, "poll:go-live", { pollId: rankingId });
    await requestOk(setup.moderator, "poll:set-status", { pollId, status: "open" });
    return { ...setup, pollId, rankingId };
  }

  async function approve(moderator: TestClient, pollId: string, entryId: string) {
    await requestOk(moderator, "entry:moderate", { pollId, entryId, action: "approve" });
  }

  it("runs beside the live poll: phones get the open Q&A and its approved questions live", async () => {
    const { pollId, rankingId, moderator, phone } = await questions();
    const { socket, joined } = await phone();
    expect(joined.livePoll?.id).toBe(rankingId);
    expect(joined.qaPoll).toMatchObject({ id: pollId, type: "qa", config: { moderation: "pre", allowNames: false } });
    expect(joined.qaResults?.results).toMatchObject({ type: "qa", questions: [] });

    const asker = (await phone()).socket;
    const question = await requestOk(asker, "entry:submit", { pollId, entryId: randomUUID(), entry: { text: "Wann kommt die E-Akte?" } });
    expect(question.status).toBe("pending");
    const seen = nextMessage(socket, "results:update", (s: ResultsSnapshot) => s.pollId === pollId && (s.results as QaResults).questions.length === 1);
    await approve(moderator, pollId, question.id);
    expect(((await seen).results as QaResults).questions[0]).toMatchObject({ text: "Wann kommt die E-Akte?", upvotes: 0, state: "open" });
  });

  it("counts one upvote per phone, taken back on request, and sorts by upvotes", async () => {
    const { pollId, moderator, phone, publicResults } = await questions({ moderation: "post" });
    const [a, b, c] = [(await phone()).socket, (await phone()).socket, (await phone()).socket];
    const first = await requestOk(a, "entry:submit", { pollId, entryId: randomUUID(), entry: { text: "Erste Frage?" } });
    const second = await requestOk(a, "entry:submit", { pollId, entryId: randomUUID(), entry: { text: "Zweite Frage?" } });
    expect(first.status).toBe("approved");

    expect(await requestOk(b, "entry:upvote", { pollId, entryId: first.id, up: true })).toEqual({ entryId: first.id, upvoted: true, upvotes: 1 });
    expect(await requestOk(b, "entry:upvote", { pollId, entryId: first.id, up: true })).toEqual({ entryId: first.id, upvoted: true, upvotes: 1 });
    expect(await requestOk(c, "entry:upvote", { pollId, entryId: first.id, up: true })).toMatchObject({ upvotes: 2 });
    expect(await requestOk(c, "entry:upvote", { pollId, entryId: second.id, up: true })).toMatchObject({ upvotes: 1 });
    expect((await publicResults<QaResults>(1)).questions.map((q) => [q.text, q.upvotes])).toEqual([
      ["Erste Frage?", 2],
      ["Zweite Frage?", 1],
    ]);

    expect(await requestOk(c, "entry:upvote", { pollId, entryId: first.id, up: false })).toMatchObject({ upvoted: false, upvotes: 1 });
    expect(await requestOk(c, "entry:upvote", { pollId, entryId: first.id, up: false })).toMatchObject({ upvoted: false, upvotes: 1 });
    expect((await requestOk(c, "entry:own", { pollId })).upvoted).toEqual([second.id]);
    // Equal upvotes: the newer question first.
    expect((await publicResults<QaResults>(1)).questions.map((q) => [q.text, q.upvotes])).toEqual([
      ["Zweite Frage?", 1],
      ["Erste Frage?", 1],
    ]);

    // A hidden question can no longer be upvoted.
    await requestOk(moderator, "entry:moderate", { pollId, entryId: second.id, action: "hide" });
    expect(await request(b, "entry:upvote", { pollId, entryId: second.id, up: true })).toMatchObject({ ok: false, error: "ENTRY_NOT_FOUND" });
    expect(await request(b, "entry:upvote", { pollId, entryId: "nope", up: true })).toMatchObject({ ok: false, error: "ENTRY_NOT_FOUND" });
  });

  it("counts a crowd's upvotes sent at once exactly, in one batch or several, with repeats and take-backs", async () => {
    const { pollId, phone, publicResults } = await questions({ moderation: "post" });
    const asker = (await phone()).socket;
    const [first, second] = [
      await requestOk(asker, "entry:submit", { pollId, entryId: randomUUID(), entry: { text: "Erste Frage?" } }),
      await requestOk(asker, "entry:submit", { pollId, entryId: randomUUID(), entry: { text: "Zweite Frage?" } }),
    ];
    const crowd = await Promise.all(Array.from({ length: 40 }, async () => (await phone()).socket));
    // Everyone upvotes the first question twice and the second once, all at the same moment; every fourth takes the second back.
    const answers = await Promise.all(
      crowd.flatMap((socket, i) => [
        request(socket, "entry:upvote", { pollId, entryId: first.id, up: true }),
        request(socket, "entry:upvote", { pollId, entryId: first.id, up: true }),
        request(socket, "entry:upvote", { pollId, entryId: second.id, up: true }),
        ...(i % 4 === 0 ? [request(socket, "entry:upvote", { pollId, entryId: second.id, up: false })] : []),
      ]),
    );
    expect(answers.every((answer) => answer.ok)).toBe(true);
    const counted = Object.fromEntries((await publicResults<QaResults>(1)).questions.map((q) => [q.text, q.upvotes]));
    expect(counted).toEqual({ "Erste Frage?": 40, "Zweite Frage?": 30 });
    const stored = await server.db.entryUpvote.groupBy({ by: ["entryId"], _count: true });
    expect(Object.fromEntries(stored.map((row) => [row.entryId, row._count]))).toEqual({ [first.id]: 40, [second.id]: 30 });
  });

  it("keeps pending and hidden questions out of public views but counts them; pins and marks answered", async () => {
    const { code, pollId, moderator, moderatorToken, phone, publicResults } = await questions({ allowNames: true });
    const { socket } = await phone();
    const ask = (text: string, authorName: string | null = null) =>
      requestOk(socket, "entry:submit", { pollId, entryId: randomUUID(), entry: { text, authorName } });
    const named = await ask("Wie sicher ist die Cloud?", "Erika");
    const hidden = await ask("Unpassend");
    await ask("Noch offen");
    expect(named.authorName).toBe("Erika");
    await approve(moderator, pollId, named.id);
    await requestOk(moderator, "entry:moderate", { pollId, entryId: hidden.id, action: "hide" });

    const audience = await publicResults<QaResults>(1);
    expect(audience.questions.map((q) => [q.text, q.authorName, q.state])).toEqual([["Wie sicher ist die Cloud?", "Erika", "open"]]);
    expect(audience.counts).toEqual({ approved: 1, pending: 1, hidden: 1 });
    expect(JSON.stringify(audience)).not.toContain("Unpassend");
    expect(JSON.stringify(audience)).not.toContain("Noch offen");
    const forModerator = await publicResults<QaResults>(1, moderatorToken);
    expect(forModerator.questions.map((q) => q.status)).toEqual(["approved", "pending", "hidden"]);

    await requestOk(moderator, "poll:moderate", { pollId, action: { type: "qa", action: "pin", entryId: named.id } });
    await requestOk(moderator, "poll:go-live", { pollId });
    const projector = await client();
    const shown = await requestOk(projector, "presenter:join", { code });
    expect(shown.results?.results).toMatchObject({ pinnedId: named.id, questions: [{ state: "pinned" }] });

    await requestOk(moderator, "entry:moderate", { pollId, entryId: named.id, action: "mark_answered" });
    await requestOk(moderator, "poll:moderate", { pollId, action: { type: "qa", action: "pin", entryId: null } });
    expect((await publicResults<QaResults>(1)).questions.map((q) => q.state)).toEqual(["answered"]);
  });

  it("drops a name where the Q&A allows none, and forgets entries when the moderator resets", async () => {
    const { pollId, moderator, phone, publicResults } = await questions({ moderation: "post" });
    const { socket } = await phone();
    expect(await requestOk(socket, "entry:submit", { pollId, entryId: randomUUID(), entry: { text: "Frage", authorName: "Max" } })).toMatchObject({
      authorName: null,
    });
    await requestOk(moderator, "poll:reset-votes", { pollId });
    expect(await publicResults<QaResults>(1)).toMatchObject({ ballotCount: 0, questions: [] });
    expect((await requestOk(socket, "entry:own", { pollId })).entries).toEqual([]);
  });
});
