/**
 * A database that cannot write (another program holds SQLite's write lock):
 * votes, event creation and the health check answer DATABASE_UNAVAILABLE
 * (503) instead of hanging or a generic error, nothing is half-stored, and
 * all works again once the lock is gone. An upload the client abandons is no error.
 */
import net from "node:net";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/server/logging/logger";
import {
  connectClient,
  newVoteId,
  onPostgres,
  rankingBallot,
  request,
  requestOk,
  seedOpenRankingPoll,
  sqliteFileOf,
  startServer,
  type TestClient,
  type TestServer,
} from "./harness";

let server: TestServer;
const clients: TestClient[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  for (const socket of clients.splice(0)) socket.disconnect();
  await server.stop();
});

describe("database faults", () => {
  // Another program holding SQLite's write lock; PostgreSQL has no such lock to hold from outside.
  it.skipIf(onPostgres())("answer DATABASE_UNAVAILABLE while the database is locked, store nothing, and recover", async () => {
    server = await startServer();
    const { event, poll, itemIds } = await seedOpenRankingPoll(server);
    const phone = await connectClient(server.url);
    clients.push(phone);
    await requestOk(phone, "attendee:join", { code: event.code });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);

    const backup = new Database(sqliteFileOf(server.databaseUrl));
    backup.exec("BEGIN IMMEDIATE");
    const ballot = rankingBallot(itemIds.Alpha, itemIds.Beta, itemIds.Gamma);
    expect(await request(phone, "vote:submit", { pollId: poll.id, voteId: newVoteId(), ballot })).toMatchObject({
      ok: false,
      error: "DATABASE_UNAVAILABLE",
      retryAfterMs: expect.any(Number),
    });
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "error", database: "unavailable" });
    const created = await fetch(`${server.url}/api/events`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"title":"Forum"}' });
    expect(created.status).toBe(503);
    expect(created.headers.get("retry-after")).toBe("1");
    expect(await created.json()).toMatchObject({ ok: false, error: "DATABASE_UNAVAILABLE" });
    backup.exec("ROLLBACK");
    backup.close();

    // Healthy again once the gate's cool-down has passed.
    await expect.poll(async () => (await fetch(`${server.url}/api/health`)).status, { timeout: 5_000 }).toBe(200);
    expect(await server.db.vote.count()).toBe(0);
    expect(await requestOk(phone, "vote:submit", { pollId: poll.id, voteId: newVoteId(), ballot })).toMatchObject({ ballot });
    expect(await server.db.event.count()).toBe(1);
  });

  it("do not include an upload the client abandoned", async () => {
    server = await startServer();
    const errors = vi.spyOn(logger, "error");
    const { port } = new URL(server.url);
    const closed = new Promise<void>((resolve) => server.app.httpServer.once("request", (req) => req.once("close", () => resolve())));
    const client = net.connect(Number(port), "127.0.0.1", () => {
      client.write("POST /api/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"title\":");
      setImmediate(() => client.destroy());
    });
    await closed;
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(errors).not.toHaveBeenCalled();
  });
});
