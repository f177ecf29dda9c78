/**
 * Three server processes on one PostgreSQL database, joined by Redis: votes
 * through two of them, the projector on the third. The projector ends at the
 * exact total and its count never goes back; a moderator's change reaches
 * consoles on every process; the audience is counted across processes. Then
 * one process is killed mid-burst: its phones move to another, resend what
 * was not acknowledged, and every acknowledged vote is stored and counted once.
 */

import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResultsSnapshot } from "@/lib/realtime/contract";
import { type HeadlessServer, startHeadlessServer } from "../support/headless-server";
import { connectParticipant, newParticipantToken } from "../support/participant-socket";
import { dropDatabases, postgresUrlFor, runAdmin } from "../support/postgres";
import { newVoteId, nextMessage, onPostgres, request, requestOk, type TestClient } from "./harness";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const prefix = `barometer_cluster_${randomBytes(4).toString("hex")}`;
const nodes: HeadlessServer[] = [];
const sockets: TestClient[] = [];
let databaseUrl = "";

async function startNode(): Promise<HeadlessServer> {
  const node = await startHeadlessServer(databaseUrl, { REDIS_URL: "redis://127.0.0.1:6379", REDIS_PREFIX: prefix });
  nodes.push(node);
  return node;
}

async function connect(url: string, token = newParticipantToken()): Promise<TestClient> {
  const socket = (await connectParticipant(url, token)) as TestClient;
  sockets.push(socket);
  return socket;
}

// The other integration tests run once on each database; this one brings its own PostgreSQL and Redis.
describe.skipIf(onPostgres())("three processes, one event", () => {
  beforeAll(async () => {
    await runAdmin(`CREATE DATABASE ${prefix}`);
    databaseUrl = postgresUrlFor(prefix);
    await run(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy", "--config", "prisma.postgres.config.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
  }, 60_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    for (const node of nodes) await node.kill();
    await dropDatabases(prefix);
  });

  it("count votes through every process exactly on a projector on another, and survive losing a process", async () => {
    const [a, b, c] = [await startNode(), await startNode(), await startNode()];
    const created = await (
      await fetch(`${a.url}/api/events`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: "Forum", polls: [{ type: "choice", question: "Wohin?", items: ["Nord", "Süd", "Ost"], maxChoices: 1 }] }),
      })
    ).json();
    const pollId: string = created.polls[0].id;
    const [north, south, east] = created.polls[0].items.map((item: { id: string }) => item.id) as [string, string, string];
    const moderatorOnA = await connect(a.url);
    await requestOk(moderatorOnA, "moderator:join", { token: created.moderatorToken });
    const moderatorOnB = await connect(b.url);
    await requestOk(moderatorOnB, "moderator:join", { token: created.moderatorToken });

    // A change on A reaches the console on B.
    const renamed = nextMessage(moderatorOnB, "moderator:state", (view) => view.event.title === "Forum Nord-Süd");
    await requestOk(moderatorOnA, "event:update", { title: "Forum Nord-Süd" });
    await renamed;
    await requestOk(moderatorOnA, "poll:go-live", { pollId });
    await requestOk(moderatorOnA, "poll:set-status", { pollId, status: "open" });

    const projector = await connect(c.url);
    const seen: ResultsSnapshot[] = [];
    projector.on("results:update", (snapshot) => seen.push(snapshot));
    const audience: number[] = [];
    projector.on("audience:update", ({ connected }) => audience.push(connected));
    await requestOk(projector, "presenter:join", { code: created.code });

    const choices = [north, south, east];
    const phones: { socket: TestClient; token: string; choice: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const token = newParticipantToken();
      const socket = await connect(i % 2 === 0 ? a.url : b.url, token);
      await requestOk(socket, "attendee:join", { code: created.code });
      phones.push({ socket, token, choice: choices[i % 3] as string });
    }
    await Promise.all(phones.map(({ socket, choice }) => requestOk(socket, "vote:submit", { pollId, voteId: newVoteId(), ballot: { type: "choice", choices: [choice] } })));
    const tally = (snapshot: ResultsSnapshot | undefined) =>
      snapshot?.results?.type === "choice" ? snapshot.results.items.map((item) => item.count) : null;
    await expect.poll(() => tally(seen.at(-1)), { timeout: 10_000 }).toEqual([10, 10, 10]);
    await expect.poll(() => audience.at(-1), { timeout: 10_000 }).toBe(30);

    // Kill B while its phones change their votes; they move to A and send again what was not acknowledged.
    const onB = phones.filter((_, i) => i % 2 === 1);
    const changes = onB.map((phone) => ({ ...phone, voteId: newVoteId(), choice: north }));
    const burst = changes.map(({ socket, voteId }) => request(socket, "vote:submit", { pollId, voteId, ballot: { type: "choice", choices: [north] } }));
    await b.kill();
    const answers = await Promise.all(burst);
    for (const [i, change] of changes.entries()) {
      if (answers[i]?.ok) continue;
      const moved = await connect(a.url, change.token);
      await requestOk(moved, "attendee:join", { code: created.code });
      await requestOk(moved, "vote:submit", { pollId, voteId: change.voteId, ballot: { type: "choice", choices: [north] } });
    }
    // Everyone on B now votes north: 5 of the 15 already did, so north gains 10 and the others lose theirs.
    const expected = choices.map((choice) => 10 - onB.filter((phone) => phone.choice === choice).length);
    expected[0] = (expected[0] ?? 0) + onB.length;
    await expect.poll(() => tally(seen.at(-1)), { timeout: 10_000 }).toEqual(expected);
    const stored = await (await fetch(`${a.url}/api/events/${created.code}/results`, { headers: { authorization: `Bearer ${created.moderatorToken}` } })).json();
    expect(stored.polls[0].results.items.map((item: { count: number }) => item.count)).toEqual(expected);
    expect(stored.polls[0].ballotCount).toBe(30);

    // The projector's count never went back, and its versions only grew.
    const counts = seen.map((snapshot) => snapshot.ballotCount);
    expect(counts).toEqual([...counts].sort((x, y) => x - y));
    const versions = seen.map((snapshot) => snapshot.version);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
  }, 60_000);
});
