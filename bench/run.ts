/**
 * `npm run bench`: the load-test kit. Drives the Barometer server (production
 * mode, without Next's pages: HTTP API and Socket.IO) and, in the same run and
 * with the same load, a bare Socket.IO server that only acknowledges and
 * counts (bench/reference-server.ts). Voters are real socket.io-client
 * connections spread over worker processes (bench/voter-worker.ts); a
 * projector and a moderator connect from here.
 *
 * Scenarios, each on a poll of its own:
 *   connect   N voters connect and join over a short ramp
 *   burst     every voter votes once within BURST seconds
 *   changes   half the voters change their vote while the other half vote for the first time
 *   sustained votes at RATE per second for SUSTAIN seconds, voters voting again and again
 *   upvotes   every voter upvotes one of a Q&A's questions within BURST seconds (each goes to the database on its own)
 *
 * Reports a table and bench/results/<mode>-<time>.json. After the run every
 * acknowledged vote is looked up in the database, and every Q&A question's
 * upvotes are counted there: a lost or doubled vote or upvote fails the run (exit 1). `npm run bench:smoke` is a small run for `npm test`.
 */
import { type ChildProcess, execFileSync, fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { ClientSocket } from "@/lib/realtime/request";
import { request } from "@/lib/realtime/request";
import type { ProcessMetrics } from "@/server/process-metrics";
import { connectParticipant, TEST_PARTICIPANT_SECRET } from "@/tests/support/participant-socket";
import { dropDatabases, postgresUrlFor, runAdmin } from "@/tests/support/postgres";
import { formatNumber, ratio, type Spread, spread, table } from "./stats";
import type { VoteRecord, WorkerCommand } from "./voter-worker";

const smoke = process.argv.includes("--smoke");
/** The two-process target (PostgreSQL and Redis on this machine); BENCH_CLUSTER=0 leaves it out. */
const CLUSTER = process.env.BENCH_CLUSTER !== "0";
const env = (name: string, full: number, small: number) => Number(process.env[`BENCH_${name}`] ?? (smoke ? small : full));
const CONFIG = {
  voters: env("VOTERS", 10_000, 200),
  workers: env("WORKERS", 2, 2),
  /** Offered faster than a server can take them, so joins per second measure capacity. */
  rampSeconds: env("RAMP", 5, 0.5),
  burstSeconds: env("BURST", 10, 2),
  rate: env("RATE", 2000, 200),
  sustainSeconds: env("SUSTAIN", 60, 3),
};
const ITEMS = ["Zeit", "Vertrauen", "Fachwissen", "Kreativität", "Disziplin"];
const QA_QUESTIONS = 20;
const QUESTIONS_PER_PHONE = 5;
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const here = import.meta.dirname;
/**
 * Node's flags from `npm run serve`, so the server runs as it is shipped. The heap limit there makes V8
 * collect before it grows to gigabytes: without it, RSS under this load passed 1 GB of mostly garbage.
 */
const SERVE_FLAGS = (
  JSON.parse(fs.readFileSync(path.resolve(here, "../package.json"), "utf8")).scripts.serve.match(/--max-old-space-size=\d+/g) ?? []
) as string[];
/** BENCH_PROFILE=dir writes a V8 CPU profile of the server (not the reference) to that folder, for Chrome DevTools. */
/**
 * Every simulated phone comes from 127.0.0.1: far more than one hall behind one NAT address, which is what
 * the per-address limits are sized for. Those are lifted; the per-socket and per-participant limits stay.
 */
const ONE_ADDRESS_FOR_ALL = {
  LIMIT_HANDSHAKES_PER_IP: "off",
  LIMIT_NEW_PARTICIPANTS_PER_IP: "off",
  LIMIT_JOINS_PER_IP: "off",
  LIMIT_CONNECTIONS_PER_IP: "1000000",
};
const PROFILE_FLAGS = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];

// ---- processes -----------------------------------------------------------------

interface Child {
  process: ChildProcess;
  next<T>(type: string): Promise<T>;
  send(message: unknown): void;
}

function start(entry: string, envVars: Record<string, string> = {}, nodeFlags: string[] = []): Child {
  const child = fork(entry, [], {
    execArgv: [...nodeFlags, "--import", "tsx"],
    env: { ...process.env, NODE_ENV: "production", ...envVars },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const waiting = new Map<string, ((message: unknown) => void)[]>();
  child.on("message", (message: { type: string }) => {
    const queue = waiting.get(message.type);
    queue?.shift()?.(message);
  });
  return {
    process: child,
    next: <T>(type: string) =>
      new Promise<T>((resolve) => waiting.set(type, [...(waiting.get(type) ?? []), resolve as (message: unknown) => void])),
    send: (message) => child.send(message as never),
  };
}

async function startServer(entry: string, envVars: Record<string, string> = {}, nodeFlags: string[] = []) {
  const server = start(entry, envVars, nodeFlags);
  const url = await new Promise<string>((resolve, reject) => {
    server.process.once("exit", (code) => reject(new Error(`${path.basename(entry)} exited early (${code})`)));
    server.process.stdout?.on("data", (chunk: Buffer) => {
      const port = /READY (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
  });
  const metrics = async (reset: boolean) => {
    const answer = server.next<{ metrics: ProcessMetrics }>("metrics");
    server.send({ type: "metrics", reset });
    return (await answer).metrics;
  };
  return { url, metrics, stop: () => server.process.kill("SIGTERM") };
}

// ---- one target ------------------------------------------------------------------

interface ScenarioResult {
  name: string;
  votes: number;
  acked: number;
  failed: number;
  votesPerSecond: number;
  ack: Spread;
  toProjector: Spread | null;
  server: ProcessMetrics;
}

interface TargetResult {
  target: "reference" | "barometer" | "cluster";
  connect: { voters: number; joined: number; failed: number; joinsPerSecond: number; join: Spread; server: ProcessMetrics };
  scenarios: ScenarioResult[];
  records: Map<string, VoteRecord[]>;
}

interface Setup {
  code: string;
  /** `qa.itemIds` are the ids of its questions. */
  polls: Record<"burst" | "changes" | "sustained" | "qa", { id: string; itemIds: string[] }>;
  /** Shows a poll on the projector (a no-op for the reference). */
  show(pollId: string): Promise<void>;
  projector: ClientSocket;
}

/** What a target's processes used: CPU summed over them, memory and lag of the worst. */
type Measured = { metrics(reset: boolean): Promise<ProcessMetrics> };

/** `urls`: the target's processes; worker w sends its voters to the w-th (round robin). */
async function runTarget(target: TargetResult["target"], urls: string[], server: Measured, setup: Setup): Promise<TargetResult> {
  const snapshots: { at: number; pollId: string; ballots: number }[] = [];
  setup.projector.on("results:update", (snapshot) => snapshots.push({ at: now(), pollId: snapshot.pollId, ballots: snapshot.ballotCount }));

  const workers = Array.from({ length: CONFIG.workers }, () => start(path.join(here, "voter-worker.ts")));
  await Promise.all(workers.map((worker) => worker.next("ready")));
  const share = (worker: number) => Math.floor(CONFIG.voters / CONFIG.workers) + (worker < CONFIG.voters % CONFIG.workers ? 1 : 0);
  const global = (worker: number, local: number) => local * CONFIG.workers + worker;

  // connect
  await server.metrics(true);
  const startAt = now() + 200;
  const connected = await Promise.all(
    workers.map((worker, w) => {
      const answer = worker.next<{ joined: number; failed: number; joinMs: number[]; finishedAt: number }>("connected");
      worker.send({ type: "connect", url: urls[w % urls.length] as string, code: setup.code, count: share(w), startAt, rampMs: CONFIG.rampSeconds * 1000 } satisfies WorkerCommand);
      return answer;
    }),
  );
  const joined = connected.reduce((sum, c) => sum + c.joined, 0);
  const connect = {
    voters: CONFIG.voters,
    joined,
    failed: connected.reduce((sum, c) => sum + c.failed, 0),
    joinsPerSecond: joined / ((Math.max(...connected.map((c) => c.finishedAt)) - startAt) / 1000),
    join: spread(connected.flatMap((c) => c.joinMs)),
    server: await server.metrics(true),
  };

  const records = new Map<string, VoteRecord[]>();
  async function scenario(
    name: string,
    poll: { id: string; itemIds: string[] },
    plan: (voter: number) => number[],
    measureProjector: boolean,
    action: "rank" | "upvote" = "rank",
  ): Promise<ScenarioResult> {
    await setup.show(poll.id);
    await sleep(300);
    await server.metrics(true);
    const begin = now() + 300;
    const results = await Promise.all(
      workers.map((worker, w) => {
        const schedule: [number, number][] = [];
        for (let local = 0; local < share(w); local++) for (const offset of plan(global(w, local))) schedule.push([local, begin + offset]);
        const answer = worker.next<{ records: VoteRecord[] }>("voted");
        worker.send({ type: "vote", action, pollId: poll.id, itemIds: poll.itemIds, schedule } satisfies WorkerCommand);
        return answer;
      }),
    );
    // Workers number their voters from 0; the run numbers them across workers.
    const all = results.flatMap((r, w) => r.records.map((record) => ({ ...record, voter: global(w, record.voter) })));
    records.set(poll.id, [...(records.get(poll.id) ?? []), ...all]);
    const ok = all.filter((r) => r.ok);
    const lastAck = Math.max(...ok.map((r) => r.ackAt));
    let toProjector: Spread | null = null;
    if (measureProjector) {
      // The k-th acknowledged first vote is in the first snapshot of this poll counting at least k ballots.
      await sleep(500);
      const seen = snapshots.filter((s) => s.pollId === poll.id || target === "reference");
      const byAck = [...ok].sort((a, b) => a.ackAt - b.ackAt);
      // The reference counts every vote of the run; what it had counted before this scenario is the base.
      const base = target === "reference" ? (seen.filter((s) => s.at < begin).at(-1)?.ballots ?? 0) : 0;
      const latencies: number[] = [];
      byAck.forEach((record, index) => {
        const snapshot = seen.find((s) => s.ballots - base >= index + 1 && s.at >= record.sentAt);
        if (snapshot) latencies.push(snapshot.at - record.sentAt);
      });
      toProjector = spread(latencies);
    }
    return {
      name,
      votes: all.length,
      acked: ok.length,
      failed: all.length - ok.length,
      votesPerSecond: ok.length / ((lastAck - begin) / 1000),
      ack: spread(ok.map((r) => r.ackAt - r.sentAt)),
      toProjector,
      server: await server.metrics(true),
    };
  }

  const burstMs = CONFIG.burstSeconds * 1000;
  const scenarios = [
    await scenario("burst", setup.polls.burst, (voter) => [(voter / CONFIG.voters) * burstMs], true),
    await scenario(
      "changes",
      setup.polls.changes,
      // Even voters vote first (not measured apart) and change later; odd voters vote once, in between.
      (voter) => (voter % 2 === 0 ? [(voter / CONFIG.voters) * (burstMs / 2), burstMs / 2 + (voter / CONFIG.voters) * (burstMs / 2)] : [(voter / CONFIG.voters) * burstMs]),
      false,
    ),
    await scenario(
      "sustained",
      setup.polls.sustained,
      (voter) => {
        const total = CONFIG.rate * CONFIG.sustainSeconds;
        const times: number[] = [];
        for (let k = voter; k < total; k += CONFIG.voters) times.push((k / CONFIG.rate) * 1000);
        return times;
      },
      false,
    ),
    await scenario("upvotes", setup.polls.qa, (voter) => [(voter / CONFIG.voters) * burstMs], false, "upvote"),
  ];

  await Promise.all(
    workers.map(async (worker) => {
      const closed = worker.next("closed");
      worker.send({ type: "close" } satisfies WorkerCommand);
      await closed;
    }),
  );
  setup.projector.disconnect();
  return { target, connect, scenarios, records };
}

// ---- durability ------------------------------------------------------------------

/**
 * Every acknowledged vote is stored exactly once, and each voter who got an
 * acknowledgement has one ballot. Every acknowledged upvote of the Q&A is
 * stored, none twice, and each question's count matches its stored upvotes.
 */
/** A read-only view of the stored votes: SQLite's file, or the cluster's PostgreSQL database. */
interface Store {
  /** `?` placeholders, in order. */
  count(sql: string, params: unknown[]): Promise<number>;
  ids(sql: string, params: unknown[]): Promise<string[]>;
  close(): Promise<void>;
}

function sqliteStore(dbFile: string): Store {
  const db = new Database(dbFile, { readonly: true });
  return {
    count: async (sql, params) => Number((db.prepare(sql).get(...params) as { n: number }).n),
    ids: async (sql, params) => (db.prepare(sql).all(...params) as { id: string }[]).map((row) => row.id),
    close: async () => {
      db.close();
    },
  };
}

async function postgresStore(databaseUrl: string): Promise<Store> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    count: async (sql, params) => Number((await client.query(numbered(sql), params)).rows[0]?.n ?? 0),
    ids: async (sql, params) => (await client.query<{ id: string }>(numbered(sql), params)).rows.map((row) => row.id),
    close: () => client.end(),
  };
}

async function checkStored(store: Store, records: Map<string, VoteRecord[]>, qaPollId: string): Promise<string[]> {
  const problems: string[] = [];
  try {
    for (const [pollId, all] of records) {
      if (pollId === qaPollId) {
        problems.push(...(await checkUpvotes(store, pollId, all)));
        continue;
      }
      const acked = all.filter((r) => r.ok);
      const stored = new Set(await store.ids("SELECT id FROM votes WHERE poll_id = ?", [pollId]));
      const lost = acked.filter((r) => !stored.has(r.voteId));
      if (lost.length > 0) problems.push(`${lost.length} acknowledged votes of poll ${pollId} are not stored`);
      const sent = new Set(all.map((r) => r.voteId));
      const strangers = [...stored].filter((id) => !sent.has(id));
      if (strangers.length > 0) problems.push(`${strangers.length} stored votes of poll ${pollId} were never sent`);
      const voters = new Set(acked.map((r) => r.voter)).size;
      const ballots = await store.count("SELECT COUNT(*) AS n FROM ballots WHERE poll_id = ?", [pollId]);
      const unacknowledgedVoters = new Set(all.filter((r) => !r.ok && stored.has(r.voteId)).map((r) => r.voter)).size;
      if (ballots < voters || ballots > voters + unacknowledgedVoters) problems.push(`poll ${pollId}: ${ballots} ballots for ${voters} voters with an acknowledged vote`);
    }
  } finally {
    await store.close();
  }
  return problems;
}

/** Each voter upvoted one question once: acknowledged ≤ stored ≤ sent, and the questions' counts add up to the stored rows. */
async function checkUpvotes(store: Store, pollId: string, all: VoteRecord[]): Promise<string[]> {
  const problems: string[] = [];
  const acked = all.filter((r) => r.ok).length;
  const stored = await store.count("SELECT COUNT(*) AS n FROM entry_upvotes u JOIN entries e ON e.id = u.entry_id WHERE e.poll_id = ?", [pollId]);
  const counted = await store.count("SELECT COALESCE(SUM(upvotes), 0) AS n FROM entries WHERE poll_id = ?", [pollId]);
  if (stored < acked) problems.push(`${acked - stored} acknowledged upvotes of poll ${pollId} are not stored`);
  if (stored > all.length) problems.push(`poll ${pollId}: ${stored} stored upvotes for ${all.length} sent`);
  if (counted !== stored) problems.push(`poll ${pollId}: questions count ${counted} upvotes, ${stored} are stored`);
  return problems;
}

// ---- report ----------------------------------------------------------------------

function report(reference: TargetResult, barometer: TargetResult, cluster: TargetResult | null, problems: string[]) {
  const ms = (value: number) => formatNumber(value);
  const x = (value: number, ref: number) => `×${formatNumber(ratio(value, ref), 2)}`;
  const targets = cluster ? [barometer, cluster] : [barometer];
  const rows: string[][] = [];
  /** One measure: a cell per target, the reference's, and each target's ratio to the reference. */
  const row = (name: string, cell: (t: TargetResult) => string, ratioOf?: (t: TargetResult) => number) =>
    rows.push([name, ...targets.map(cell), cell(reference), ...targets.map((t) => (ratioOf ? x(ratioOf(t), ratioOf(reference)) : ""))]);
  const spreadCell = (s: Spread) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;
  row("connect: joined / failed", (t) => `${t.connect.joined} / ${t.connect.failed}`);
  row("connect: joins per second", (t) => formatNumber(t.connect.joinsPerSecond), (t) => t.connect.joinsPerSecond);
  row("connect: join p50 / p95 / p99 ms", (t) => spreadCell(t.connect.join), (t) => t.connect.join.p95);
  row("connect: server peak RSS MB", (t) => formatNumber(t.connect.server.peakRssBytes / 2 ** 20), (t) => t.connect.server.peakRssBytes);
  barometer.scenarios.forEach((s, i) => {
    const of = (t: TargetResult) => t.scenarios[i] as ScenarioResult;
    row(`${s.name}: acked / failed of votes`, (t) => `${of(t).acked} / ${of(t).failed} of ${of(t).votes}`);
    row(`${s.name}: votes per second`, (t) => formatNumber(of(t).votesPerSecond), (t) => of(t).votesPerSecond);
    row(`${s.name}: ack p50 / p95 / p99 ms`, (t) => spreadCell(of(t).ack), (t) => of(t).ack.p95);
    if (s.toProjector) row(`${s.name}: vote → projector p50 / p95 / p99 ms`, (t) => { const p = of(t).toProjector; return p ? spreadCell(p) : "—"; }, (t) => of(t).toProjector?.p95 ?? Number.NaN);
    row(`${s.name}: event-loop lag p99 ms`, (t) => ms(of(t).server.eventLoopLagP99Ms), (t) => of(t).server.eventLoopLagP99Ms);
    row(`${s.name}: server CPU (cores) / peak RSS MB`, (t) => `${formatNumber(of(t).server.cpuCores, 2)} / ${formatNumber(of(t).server.peakRssBytes / 2 ** 20)}`);
  });
  console.log(
    `\nBarometer load test (${smoke ? "smoke" : "full"}): ${CONFIG.voters} voters over ${CONFIG.workers} worker processes, ` +
      `burst ${CONFIG.burstSeconds} s, sustained ${CONFIG.rate}/s for ${CONFIG.sustainSeconds} s; ${os.cpus().length} CPUs, Node ${process.version}\n`,
  );
  const heads = cluster ? ["1 process (SQLite)", "2 processes (PG + Redis)"] : ["barometer"];
  const ratios = cluster ? ["×ref 1 process (p95)", "×ref 2 processes (p95)"] : ["ratio (p95)"];
  console.log(table(["measure", ...heads, "reference", ...ratios], rows));
  console.log(problems.length === 0 ? "\nEvery acknowledged vote and upvote is stored exactly once." : `\nFAILED:\n  ${problems.join("\n  ")}`);
}

// ---- main ------------------------------------------------------------------------

/** The Q&A's questions for the upvote scenario, asked by a few phones (each may send only so many a minute). */
async function askQuestions(url: string, code: string, pollId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let phone = 0; phone < QA_QUESTIONS / QUESTIONS_PER_PHONE; phone++) {
    const socket = await connectParticipant(url);
    await request(socket, "attendee:join", { code });
    for (let i = 0; i < QUESTIONS_PER_PHONE; i++) {
      const answer = await request(socket, "entry:submit", { pollId, entryId: randomUUID(), entry: { text: `Frage ${ids.length + 1} an das Podium?` } });
      if (!answer.ok) throw new Error(`asking failed: ${answer.error}`);
      ids.push(answer.data.id);
    }
    socket.disconnect();
  }
  return ids;
}

/** The barometer's event, its moderator (on the first process) and projector (on the last), as both barometer targets run them. */
async function prepareBarometer(urls: string[]): Promise<Setup & { moderator: ClientSocket; qaPollId: string }> {
  const [first, last] = [urls[0] as string, urls.at(-1) as string];
  const created = await (
    await fetch(`${first}/api/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        title: "Lasttest",
        polls: [
          ...["burst", "changes", "sustained"].map((name) => ({ type: "ranking", question: `Lasttest ${name}`, items: ITEMS })),
          { type: "qa", question: "Lasttest Fragen", moderation: "post" },
        ],
      }),
    })
  ).json();
  const [burst, changes, sustained, qaPoll] = (created.polls as { id: string; items: { id: string }[] }[]).map((poll) => ({
    id: poll.id,
    itemIds: poll.items.map((item) => item.id),
  })) as [{ id: string; itemIds: string[] }, { id: string; itemIds: string[] }, { id: string; itemIds: string[] }, { id: string; itemIds: string[] }];
  const moderator = await connectParticipant(first);
  const must = async (answer: Promise<{ ok: boolean }>) => {
    if (!(await answer).ok) throw new Error("moderator command failed");
  };
  await must(request(moderator, "moderator:join", { token: created.moderatorToken }));
  for (const poll of [burst, changes, sustained, qaPoll]) await must(request(moderator, "poll:set-status", { pollId: poll.id, status: "open" }));
  const qa = { id: qaPoll.id, itemIds: await askQuestions(first, created.code, qaPoll.id) };
  const projector = await connectParticipant(last);
  await must(request(projector, "presenter:join", { code: created.code }));
  return {
    code: created.code,
    polls: { burst, changes, sustained, qa },
    show: (pollId) => must(request(moderator, "poll:go-live", { pollId })),
    projector,
    moderator,
    qaPollId: qa.id,
  };
}

/** Two processes on PostgreSQL, joined by Redis: the setup of docker-compose.yml, on this machine. */
async function startCluster() {
  const name = `barometer_bench_${randomUUID().slice(0, 8)}`;
  await runAdmin(`CREATE DATABASE ${name}`);
  const databaseUrl = postgresUrlFor(name);
  execFileSync("npx", ["prisma", "migrate", "deploy", "--config", "prisma.postgres.config.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
  const env = { DATABASE_URL: databaseUrl, REDIS_URL: "redis://127.0.0.1:6379", REDIS_PREFIX: name, PARTICIPANT_SECRET: TEST_PARTICIPANT_SECRET, ...ONE_ADDRESS_FOR_ALL };
  const headless = path.resolve(here, "../server/headless.ts");
  const nodes = [await startServer(headless, env, SERVE_FLAGS), await startServer(headless, env, SERVE_FLAGS)];
  return {
    urls: nodes.map((node) => node.url),
    databaseUrl,
    async metrics(reset: boolean): Promise<ProcessMetrics> {
      const each = await Promise.all(nodes.map((node) => node.metrics(reset)));
      return {
        peakRssBytes: Math.max(...each.map((m) => m.peakRssBytes)),
        cpuCores: each.reduce((sum, m) => sum + m.cpuCores, 0),
        eventLoopLagP99Ms: Math.max(...each.map((m) => m.eventLoopLagP99Ms)),
        eventLoopLagMaxMs: Math.max(...each.map((m) => m.eventLoopLagMaxMs)),
      };
    },
    stop: () => {
      for (const node of nodes) node.stop();
    },
    drop: () => dropDatabases(name),
  };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "barometer-bench-"));
  const dbFile = path.join(dir, "bench.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${dbFile}` }, stdio: "pipe" });

  const referenceServer = await startServer(path.join(here, "reference-server.ts"));
  const referenceProjector = await connectParticipant(referenceServer.url);
  await request(referenceProjector, "presenter:join", { code: "REF" });
  const reference = await runTarget("reference", [referenceServer.url], referenceServer, {
    code: "REF",
    polls: {
      burst: { id: "burst", itemIds: ITEMS },
      changes: { id: "changes", itemIds: ITEMS },
      sustained: { id: "sustained", itemIds: ITEMS },
      qa: { id: "qa", itemIds: ITEMS },
    },
    show: async () => {},
    projector: referenceProjector,
  });
  referenceServer.stop();

  const server = await startServer(path.resolve(here, "../server/headless.ts"), { DATABASE_URL: `file:${dbFile}`, ...ONE_ADDRESS_FOR_ALL }, [
    ...SERVE_FLAGS,
    ...PROFILE_FLAGS,
  ]);
  const single = await prepareBarometer([server.url]);
  const barometer = await runTarget("barometer", [server.url], server, single);
  single.moderator.disconnect();
  server.stop();
  await sleep(300);
  const problems = await checkStored(sqliteStore(dbFile), barometer.records, single.qaPollId);

  let cluster: TargetResult | null = null;
  if (CLUSTER) {
    const nodes = await startCluster();
    const shared = await prepareBarometer(nodes.urls);
    cluster = await runTarget("cluster", nodes.urls, nodes, shared);
    shared.moderator.disconnect();
    nodes.stop();
    await sleep(300);
    problems.push(...(await checkStored(await postgresStore(nodes.databaseUrl), cluster.records, shared.qaPollId)).map((problem) => `two processes: ${problem}`));
    await nodes.drop();
  }

  report(reference, barometer, cluster, problems);
  fs.mkdirSync(path.join(here, "results"), { recursive: true });
  const file = path.join(here, "results", `${smoke ? "smoke" : "full"}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const strip = ({ records: _, ...rest }: TargetResult) => rest;
  fs.writeFileSync(
    file,
    `${JSON.stringify({ mode: smoke ? "smoke" : "full", config: CONFIG, machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, reference: strip(reference), barometer: strip(barometer), cluster: cluster && strip(cluster), problems }, null, 2)}\n`,
  );
  console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(problems.length === 0 ? 0 : 1);
}

await main();
