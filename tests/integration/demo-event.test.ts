import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_EVENT_CODE, demoTokenFile, ensureDemoEvent } from "@/server/demo/demo-event";
import { onPostgres, sqliteFileOf, startServer, type TestServer } from "./harness";

let server: TestServer;
let tokenFile: string;

beforeEach(async () => {
  server = await startServer();
  // On PostgreSQL there is no database file to keep it beside: a folder of this test's own.
  tokenFile = onPostgres() ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "barometer-demo-")), "token") : demoTokenFile(server.databaseUrl);
});
afterEach(async () => {
  await server.stop();
});

describe("the demo event", () => {
  it("is created once, live and open, with the forum's five items and its Q&A open beside", async () => {
    const { events } = server.app.services;
    const demo = await ensureDemoEvent(events, tokenFile);
    expect(demo).toMatchObject({ code: DEMO_EVENT_CODE, created: true });
    if (!onPostgres()) expect(path.dirname(tokenFile)).toBe(path.dirname(sqliteFileOf(server.databaseUrl)));

    const state = await events.getLiveState((await events.findEventByCode(DEMO_EVENT_CODE)).id);
    expect(state.event.title).toBe("Digitaler Staat 2024 – New Work Forum");
    expect(state.livePoll).toMatchObject({ question: "Was macht Sie leistungsfähig?", status: "open" });
    expect(state.livePoll?.items.map((item) => item.label)).toEqual([
      "vertrauensvolle Zusammenarbeit",
      "kreative Atmosphäre",
      "ausreichend Zeit",
      "eigenes Fachwissen",
      "gute Disziplin",
    ]);
    expect(state.qaPoll).toMatchObject({ type: "qa", question: "Fragen an das Podium", status: "open" });

    const again = await ensureDemoEvent(events, tokenFile);
    expect(again).toEqual({ code: DEMO_EVENT_CODE, moderatorToken: demo.moderatorToken, created: false });
    expect(await server.db.event.count()).toBe(1);
    expect((await events.authorizeModerator(demo.moderatorToken)).code).toBe(DEMO_EVENT_CODE);
  });

  it("issues a new moderator link when the saved one is lost", async () => {
    const { events } = server.app.services;
    const first = await ensureDemoEvent(events, tokenFile);
    fs.rmSync(tokenFile);
    const second = await ensureDemoEvent(events, tokenFile);
    expect(second.moderatorToken).not.toBe(first.moderatorToken);
    expect(fs.readFileSync(tokenFile, "utf8").trim()).toBe(second.moderatorToken);
    await expect(events.authorizeModerator(first.moderatorToken)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
