/** A real server on a free port, a fresh SQLite file, and real Socket.IO clients. */

import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Socket } from "socket.io-client";
import { inject } from "vitest";
import type { PollResults } from "@/lib/domain/poll";
import type { RankingPollResults } from "@/lib/domain/poll-kinds/ranking/kind";
import type { OriginConfig } from "@/lib/http/origin";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/contract";
import { type ClientEventName, type DataOf, type PayloadOf, request } from "@/lib/realtime/request";
import { type Application, createApplication, createServices, type PageHandler } from "@/server/app";
import { type Database, openDatabase } from "@/server/db/client";
import { connectParticipant, newParticipantToken, TEST_PARTICIPANT_SECRET } from "../support/participant-socket";
import { copyOfTemplate } from "../support/postgres";

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;
export { request };

export interface TestServer {
  url: string;
  app: Application;
  db: Database;
  databaseUrl: string;
  stop(): Promise<void>;
}

/** Whether this run's databases are PostgreSQL's (TEST_DATABASE=postgres) rather than SQLite files. */
export const onPostgres = () => inject("databaseKind") === "postgres";

/** A fresh copy of the migrated template database: its DATABASE_URL. */
export async function freshDatabase(): Promise<string> {
  if (onPostgres()) return copyOfTemplate(inject("templateDatabase"), `${inject("templateDatabase").replace(/_template$/, "")}_${randomUUID().replaceAll("-", "")}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "barometer-db-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(inject("templateDatabase"), file);
  return `file:${file}`;
}

/** The file behind a SQLite URL, for tests that reach past the server (a lock held by another program). */
export const sqliteFileOf = (databaseUrl: string) => databaseUrl.slice("file:".length);

/** `now` replaces the server's clock (countdowns), so a test can move time instead of waiting. */
export async function startServer(
  databaseUrl?: string,
  options: {
    now?: () => Date;
    retentionDays?: number;
    origins?: Partial<OriginConfig>;
    limits?: Parameters<typeof createApplication>[0]["limits"];
    auth?: Parameters<typeof createApplication>[0]["auth"];
    redis?: Parameters<typeof createApplication>[0]["redis"];
    metricsToken?: string;
    pages?: PageHandler;
  } = {},
): Promise<TestServer> {
  databaseUrl ??= await freshDatabase();
  const db = await openDatabase(databaseUrl);
  const participantSecret = Buffer.from(TEST_PARTICIPANT_SECRET, "utf8");
  const app = createApplication({ db, services: createServices(db, options), origins: options.origins, participantSecret, limits: options.limits, auth: options.auth, pages: options.pages, redis: options.redis, metricsToken: options.metricsToken });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    db,
    databaseUrl,
    async stop() {
      await app.close();
      await db.$disconnect();
    },
  };
}

export { newParticipantToken };
export const connectClient: (url: string, participantToken?: string) => Promise<TestClient> = connectParticipant;

/** Like request, but fails the test unless the answer is ok. */
export async function requestOk<E extends ClientEventName>(socket: TestClient, event: E, payload: PayloadOf<E>): Promise<DataOf<E>> {
  const response = await request(socket, event, payload);
  if (!response.ok) throw new Error(`${event} failed: ${JSON.stringify(response)}`);
  return response.data;
}

/** Resolves with the next message of `event` that satisfies `accept`. */
export function nextMessage<E extends keyof ServerToClientEvents>(
  socket: TestClient,
  event: E,
  accept: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`No ${event} message within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!accept(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(payload);
    };
    socket.on(event, listener as never);
  });
}

export const rankingBallot = (...ranking: string[]) => ({ type: "ranking" as const, ranking });

/** A result that must be a ranking's, for asserting on its scores. */
export function rankingOf(results: PollResults | null | undefined): RankingPollResults {
  if (results?.type !== "ranking") throw new Error(`Expected a ranking result, got ${JSON.stringify(results)}`);
  return results;
}
export const newVoteId = () => randomUUID();

/** Creates an event with one open, live ranking poll over `items` through the real services. */
export async function seedOpenRankingPoll(server: TestServer) {
  const items = ["Alpha", "Beta", "Gamma"] as const;
  const { events } = server.app.services;
  const { event, moderatorToken } = await events.createEvent({
    title: "Test event",
    polls: [{ type: "ranking", question: "Which first?", items: [...items], allowVoteChange: true, timerSeconds: null, showResultsToVoters: false }],
  });
  const poll = (await events.getEventOverview(event.id)).polls[0]?.poll;
  if (!poll) throw new Error("seed poll missing");
  await events.goLive({ eventId: event.id, pollId: poll.id });
  await events.setStatus({ eventId: event.id, pollId: poll.id, status: "open" });
  const idOf = (label: string) => poll.items.find((item) => item.label === label)?.id ?? "";
  const itemIds = { Alpha: idOf("Alpha"), Beta: idOf("Beta"), Gamma: idOf("Gamma") };
  return { event, moderatorToken, poll, itemIds };
}
