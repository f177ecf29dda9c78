/**
 * The word cloud through real sockets and the HTTP API: words counted
 * together, replaced on a new vote, refused when they do not fit, and the
 * moderator's decisions (hide, approve what the blocklist holds) reaching
 * every public view.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WordcloudResults } from "@/lib/domain/poll-kinds/wordcloud/kind";
import { DEFAULT_RATES } from "@/server/security/limits";

const VOTES_PER_MINUTE = DEFAULT_RATES.votesPerParticipantAndPoll.points;

import { connectClient, newVoteId, nextMessage, request, requestOk, startServer, type TestClient, type TestServer } from "./harness";

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

async function setUp() {
  const response = await fetch(`${server.url}/api/events`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Auftakt", polls: [{ type: "wordcloud", question: "Was fällt Ihnen zu New Work ein?", maxEntries: 2, maxLength: 20 }] }),
  });
  const created = (await response.json()) as { code: string; moderatorToken: string; polls: { id: string; maxEntries: number }[] };
  const pollId = created.polls[0]?.id ?? "";
  const moderator = await client();
  await requestOk(moderator, "moderator:join", { token: created.moderatorToken });
  await requestOk(moderator, "poll:go-live", { pollId });
  await requestOk(moderator, "poll:set-status", { pollId, status: "open" });
  const phone = async () => {
    const socket = await client();
    await requestOk(socket, "attendee:join", { code: created.code });
    return (words: string[]) => request(socket, "vote:submit", { pollId, voteId: newVoteId(), ballot: { type: "wordcloud", words } });
  };
  const publicWords = async () => {
    const body = (await (await fetch(`${server.url}/api/events/${created.code}/results`)).json()) as { polls: { results: WordcloudResults }[] };
    return body.polls[0]?.results.words.map((word) => [word.text, word.count]);
  };
  return { ...created, pollId, moderator, phone, publicWords };
}

describe("word cloud", () => {
  it("counts words together, replaces a phone's words on a new vote, and refuses what does not fit", async () => {
    const { pollId, phone, publicWords, polls } = await setUp();
    expect(polls[0]?.maxEntries).toBe(2);
    const [a, b] = [await phone(), await phone()];
    expect(await a(["Vertrauen", "Zeit", "Ruhe"])).toMatchObject({ ok: false, error: "INVALID_BALLOT", reason: "too_many_words" });
    expect(await a(["\u200B\u200D"])).toMatchObject({ ok: false, reason: "empty_word" });
    expect(await a(["x".repeat(21)])).toMatchObject({ ok: false, reason: "word_too_long" });
    expect(await a([])).toMatchObject({ ok: false, error: "INVALID_PAYLOAD" });

    expect(await a(["Vertrauen", "und"])).toMatchObject({ ok: true });
    expect(await b([" vertrauen ", "Zeit"])).toMatchObject({ ok: true });
    expect(await publicWords()).toEqual([
      ["Vertrauen", 2],
      ["Zeit", 1],
    ]);
    // A new vote replaces the phone's words.
    expect(await b(["Kaffee"])).toMatchObject({ ok: true, data: { pollId, ballot: { words: ["Kaffee"] } } });
    expect(await publicWords()).toEqual([
      ["Kaffee", 1],
      ["Vertrauen", 1],
    ]);
  });

  it("keeps hidden and held words out of every public view until the moderator shows or approves them", async () => {
    const { code, pollId, moderator, phone, publicWords, moderatorToken } = await setUp();
    const projector = await client();
    await requestOk(projector, "presenter:join", { code });
    const [a, b] = [await phone(), await phone()];
    await a(["Vertrauen", "Arschloch"]);
    const snapshot = nextMessage(projector, "results:update", (s) => s.ballotCount === 2);
    await b(["Vertrauen", "Zeit"]);
    expect(((await snapshot).results as WordcloudResults).words.map((word) => word.text)).toEqual(["Vertrauen", "Zeit"]);
    expect(await publicWords()).toEqual([
      ["Vertrauen", 2],
      ["Zeit", 1],
    ]);

    // The moderator sees the held word, with its status, over sockets and HTTP.
    const withToken = await fetch(`${server.url}/api/events/${code}/results`, { headers: { authorization: `Bearer ${moderatorToken}` } });
    const moderated = ((await withToken.json()) as { polls: { results: WordcloudResults }[] }).polls[0]?.results.words;
    expect(moderated?.map((word) => [word.text, word.status])).toEqual([
      ["Vertrauen", "shown"],
      ["Arschloch", "held"],
      ["Zeit", "shown"],
    ]);

    const hidden = nextMessage(projector, "results:update", (s) => !(s.results as WordcloudResults).words.some((word) => word.key === "zeit"));
    await requestOk(moderator, "poll:moderate", { pollId, action: { type: "wordcloud", action: "hide", key: "zeit" } });
    await hidden;
    expect(await publicWords()).toEqual([["Vertrauen", 2]]);
    const rejoined = await requestOk(projector, "presenter:join", { code });
    expect((rejoined.results?.results as WordcloudResults | undefined)?.words.map((word) => word.text)).toEqual(["Vertrauen"]);

    await requestOk(moderator, "poll:moderate", { pollId, action: { type: "wordcloud", action: "approve", key: "arschloch" } });
    await requestOk(moderator, "poll:moderate", { pollId, action: { type: "wordcloud", action: "show", key: "zeit" } });
    expect(await publicWords()).toEqual([
      ["Vertrauen", 2],
      ["Arschloch", 1],
      ["Zeit", 1],
    ]);
    // Nothing about moderation travels with the poll to the audience.
    expect(JSON.stringify(rejoined.livePoll)).not.toContain("zeit");
  });

  it("refuses a participant's votes beyond the per-minute limit, and the refused one changes nothing", async () => {
    const { phone, publicWords } = await setUp();
    const send = await phone();
    for (let round = 1; round <= VOTES_PER_MINUTE; round++) expect(await send([`Wort ${round}`])).toMatchObject({ ok: true });
    expect(await send(["Zuviel"])).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(await publicWords()).toEqual([[`Wort ${VOTES_PER_MINUTE}`, 1]]);
    // Another participant is not affected.
    expect(await (await phone())(["Vertrauen"])).toMatchObject({ ok: true });
  });

  it("refuses moderation from a phone and for a poll without free text", async () => {
    const { pollId, phone } = await setUp();
    const voter = await client();
    await phone();
    expect(await request(voter, "poll:moderate", { pollId, action: { type: "wordcloud", action: "hide", key: "x" } })).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});
