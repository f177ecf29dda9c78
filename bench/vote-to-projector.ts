/**
 * `npm run bench`: how fast a vote is stored and how fast it reaches the projector.
 *
 * Starts server/headless.ts as its own process on a fresh, migrated SQLite
 * database, connects one projector and BENCH_VOTERS phones over loopback, and
 * runs BENCH_ROUNDS rounds in which every phone casts one ballot, paced evenly
 * at BENCH_RATE votes a second (the votes are reset between rounds). It reports
 * medians and 95th percentiles of
 *   - reference: a `ballot:own` round trip (one socket message, one indexed
 *     read), measured in the same run on the same connections;
 *   - the vote acknowledgement (stored with full fsync);
 *   - vote → projector: from sending a vote to the first projector snapshot
 *     that counts it (snapshots carry the ballot count; the k-th acknowledged
 *     vote is in the first snapshot counting at least k ballots);
 * and each as a ratio of the reference median, since absolute numbers on a
 * shared machine are noisy.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type ClientSocket, request } from "@/lib/realtime/request";
import { startHeadlessServer } from "@/tests/support/headless-server";
import { connectParticipant } from "@/tests/support/participant-socket";

const VOTERS = Number(process.env.BENCH_VOTERS ?? 300);
const RATE = Number(process.env.BENCH_RATE ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

async function ok<T>(answer: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(`request failed: ${settled.error}`);
  return settled.data;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "barometer-bench-"));
  const dbFile = path.join(dir, "bench.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${dbFile}` }, stdio: "pipe" });
  const server = await startHeadlessServer(dbFile);

  try {
    const created = await (
      await fetch(`${server.url}/api/events`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          title: "Benchmark",
          polls: [{ type: "ranking", question: "Was macht Sie leistungsfähig?", items: ["A", "B", "C", "D", "E"] }],
        }),
      })
    ).json();
    const poll = created.polls[0] as { id: string; items: { id: string }[] };
    const itemIds = poll.items.map((item) => item.id);

    const moderator = await connectParticipant(server.url);
    await ok(request(moderator, "moderator:join", { token: created.moderatorToken }));
    await ok(request(moderator, "poll:go-live", { pollId: poll.id }));
    await ok(request(moderator, "poll:set-status", { pollId: poll.id, status: "open" }));

    const projector = await connectParticipant(server.url);
    await ok(request(projector, "presenter:join", { code: created.code }));
    const snapshots: { at: number; ballots: number }[] = [];
    projector.on("results:update", (snapshot) => snapshots.push({ at: performance.now(), ballots: snapshot.ballotCount }));

    const phones: ClientSocket[] = [];
    for (let i = 0; i < VOTERS; i++) phones.push(await connectParticipant(server.url));
    await Promise.all(phones.map((phone) => ok(request(phone, "attendee:join", { code: created.code }))));

    const reference: number[] = [];
    const acks: number[] = [];
    const toProjector: number[] = [];
    let elapsedVoting = 0;

    for (let round = 0; round < ROUNDS; round++) {
      // Reference: the same connections, the same pacing, a read instead of a write.
      await Promise.all(
        phones.map(async (phone, i) => {
          await sleep((i / RATE) * 1000);
          const start = performance.now();
          await ok(request(phone, "ballot:own", { pollId: poll.id }));
          reference.push(performance.now() - start);
        }),
      );

      snapshots.length = 0;
      const sent: number[] = [];
      const ackOrder: number[] = [];
      const roundStart = performance.now();
      await Promise.all(
        phones.map(async (phone, i) => {
          await sleep((i / RATE) * 1000);
          const ranking = [...itemIds].sort(() => Math.random() - 0.5).slice(0, 2 + (i % 4));
          sent[i] = performance.now();
          await ok(request(phone, "vote:submit", { pollId: poll.id, voteId: randomUUID(), ballot: { type: "ranking", ranking } }));
          acks.push(performance.now() - (sent[i] ?? 0));
          ackOrder.push(i);
        }),
      );
      elapsedVoting += performance.now() - roundStart;

      const deadline = performance.now() + 5000;
      while ((snapshots.at(-1)?.ballots ?? 0) < VOTERS && performance.now() < deadline) await sleep(20);
      ackOrder.forEach((voter, index) => {
        const seen = snapshots.find((snapshot) => snapshot.ballots >= index + 1);
        if (seen) toProjector.push(seen.at - (sent[voter] ?? 0));
      });
      if (round < ROUNDS - 1) await ok(request(moderator, "poll:reset-votes", { pollId: poll.id }));
      await sleep(300);
    }

    const referenceMedian = quantile(reference, 0.5);
    const line = (name: string, values: number[]) =>
      `${name.padEnd(36)} median ${ms(quantile(values, 0.5))}   p95 ${ms(quantile(values, 0.95))}   median ×${(
        quantile(values, 0.5) / referenceMedian
      ).toFixed(1)} of reference`;
    const votes = VOTERS * ROUNDS;
    console.log(
      `\nBarometer benchmark: 1 server process (SQLite, full fsync), ${VOTERS} phones + 1 projector on loopback, ` +
        `${ROUNDS} rounds of ${VOTERS} votes paced at ${RATE}/s, ${os.cpus().length} CPUs\n`,
    );
    console.log(line("reference: ballot:own round trip", reference));
    console.log(line("vote acknowledged (durably stored)", acks));
    console.log(line("vote → projector snapshot", toProjector));
    console.log(`\nvotes: ${votes}, achieved ${(votes / (elapsedVoting / 1000)).toFixed(0)} votes/s while voting; ` +
      `projector snapshots: ${(toProjector.length === votes ? "every vote seen" : `${toProjector.length} of ${votes} votes seen`)}`);

    for (const socket of [moderator, projector, ...phones]) socket.disconnect();
  } finally {
    await server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
