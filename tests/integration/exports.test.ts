/**
 * Exports over HTTP: only a moderator of the event gets them, and what they
 * get recounts to the result without a single participant key in it.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventExport } from "@/lib/domain/exports/event-export";
import { eventInputSchema, tallyPoll } from "@/lib/domain/poll";
import { connectClient, newVoteId, rankingBallot, requestOk, startServer, type TestServer } from "./harness";

let server: TestServer;
let forum: { code: string; token: string };
let other: { code: string; token: string };

/** An event with a ranking poll three phones voted in and a Q&A with an upvoted question. */
async function votedEvent(title: string) {
  const { events } = server.app.services;
  const { event, moderatorToken } = await events.createEvent(
    eventInputSchema.parse({
      title,
      polls: [
        { type: "ranking", question: "Was macht Sie leistungsfähig?", items: ["Vertrauen", "Zeit", "Wissen"] },
        { type: "qa", question: "Ihre Fragen", moderation: "post" },
      ],
    }),
  );
  const [ranking, qa] = (await events.getEventOverview(event.id)).polls.map(({ poll }) => poll);
  if (!ranking || !qa) throw new Error("polls missing");
  await events.goLive({ eventId: event.id, pollId: ranking.id });
  for (const poll of [ranking, qa]) await events.setStatus({ eventId: event.id, pollId: poll.id, status: "open" });
  const [trust, time, knowledge] = ranking.items.map((item) => item.id) as [string, string, string];
  let question = "";
  for (const order of [
    [trust, time, knowledge],
    [time, trust],
    [trust, knowledge],
  ]) {
    const phone = await connectClient(server.url);
    await requestOk(phone, "attendee:join", { code: event.code });
    await requestOk(phone, "vote:submit", { pollId: ranking.id, voteId: newVoteId(), ballot: rankingBallot(...order) });
    if (!question) question = (await requestOk(phone, "entry:submit", { pollId: qa.id, entryId: newVoteId(), entry: { text: "=SUMME(A1) – wann kommt das?" } })).id;
    else await requestOk(phone, "entry:upvote", { pollId: qa.id, entryId: question, up: true });
    phone.disconnect();
  }
  return { code: event.code, token: moderatorToken };
}

beforeAll(async () => {
  server = await startServer();
  forum = await votedEvent("Forum Digitaler Staat");
  other = await votedEvent("Anderes Forum");
});
afterAll(async () => {
  await server.stop();
});

const get = (path: string, token?: string) => fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("exports", () => {
  it.each(["export.json", "export.csv", "export.xlsx", "archive"])("refuses %s without a token, with a wrong one, and with another event's", async (file) => {
    const none = await get(`/api/events/${forum.code}/${file}`);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe("Bearer");
    expect(await none.json()).toMatchObject({ ok: false, error: "FORBIDDEN", reason: "credentials_required" });

    const wrong = await get(`/api/events/${forum.code}/${file}`, "not-a-moderator-token-at-all");
    expect(wrong.status).toBe(403);
    const othersToken = await get(`/api/events/${forum.code}/${file}`, other.token);
    expect(othersToken.status).toBe(403);
    expect(await othersToken.text()).not.toContain("Vertrauen");
  });

  it("answers 404 for an unknown event, even with a token", async () => {
    expect((await get("/api/events/ZZZZZZ/export.json", forum.token)).status).toBe(404);
  });

  it("gives the moderator JSON with the counting rules and ballots that recount to the result, keys replaced", async () => {
    const response = await get(`/api/events/${forum.code}/export.json`, forum.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`attachment; filename="barometer-${forum.code}-\\d{4}-\\d{2}-\\d{2}\\.json"`));
    expect(response.headers.get("cache-control")).toContain("no-store");
    const text = await response.text();
    const keys = (await server.db.ballot.findMany({ select: { participantKey: true } })).map((row) => row.participantKey);
    for (const key of keys) expect(text).not.toContain(key);

    const document: EventExport = JSON.parse(text);
    expect(document.event).toMatchObject({ code: forum.code, title: "Forum Digitaler Staat" });
    const [ranking, qa] = document.polls;
    expect(ranking?.counting.method).toMatch(/Borda/);
    expect(ranking?.ballots).toHaveLength(3);
    const recount = tallyPoll(
      { type: "ranking", items: ranking?.items ?? [], config: {} },
      (ranking?.ballots ?? []).map((b) => b.ballot as never),
    );
    expect(recount).toEqual(ranking?.results);
    expect(ranking?.results).toMatchObject({ ballotCount: 3 });

    // The question's author and its two upvoters are three phones, named by the same random ids as their ranking ballots.
    expect(qa?.ballots).toHaveLength(1);
    expect(qa?.upvotes).toHaveLength(2);
    const rankingIds = new Set(ranking?.ballots.map((b) => b.id));
    for (const id of [qa?.ballots[0]?.id, ...(qa?.upvotes ?? []).map((u) => u.id)]) expect(rankingIds.has(id ?? "")).toBe(true);
  });

  it("gives a new export new random ids", async () => {
    const ids = async () => ((await (await get(`/api/events/${forum.code}/export.json`, forum.token)).json()) as EventExport).polls[0]?.ballots.map((b) => b.id).sort();
    expect(await ids()).not.toEqual(await ids());
  });

  it("gives CSV in the asked language, with formulas defused", async () => {
    const response = await get(`/api/events/${forum.code}/export.csv?lang=en`, forum.token);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.startsWith("Record,Poll,Question")).toBe(true);
    expect(text).toContain("'=SUMME(A1) – wann kommt das?");
    expect(text).not.toContain(",=SUMME");
  });

  it("gives an XLSX workbook with a summary and a sheet per poll", async () => {
    const response = await get(`/api/events/${forum.code}/export.xlsx`, forum.token);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Übersicht", "1 Was macht Sie leistungsfähig", "2 Ihre Fragen"]);
    const summary = workbook.getWorksheet("Übersicht");
    expect([summary?.getCell("C7").value, summary?.getCell("C8").value]).toEqual(["Rangfolge", "Fragen (Q&A)"]);
    // The questions' arrival as date cells, not ISO text.
    const arrived: unknown[] = [];
    workbook.getWorksheet("2 Ihre Fragen")?.eachRow((row) => row.eachCell((cell) => cell.type === ExcelJS.ValueType.Date && arrived.push(cell.value)));
    expect(arrived.length).toBeGreaterThan(0);
    expect(arrived.every((value) => value instanceof Date && value.getUTCFullYear() >= 2025)).toBe(true);
  });

  it("gives the archive page the results without ballots", async () => {
    const body = await (await get(`/api/events/${forum.code}/archive`, forum.token)).json();
    expect(body.polls[0].results.ballotCount).toBe(3);
    expect(body.polls[0].results.items[0].placeCounts).toHaveLength(3);
    expect(body.polls.every((poll: { ballots: unknown[] }) => poll.ballots.length === 0)).toBe(true);
  });
});
