/**
 * One process of the load generator: it holds a share of the voters' sockets,
 * joins them, and sends their votes at the times the orchestrator (bench/run.ts)
 * gives it, recording when each vote was sent and acknowledged. Times are
 * epoch milliseconds, comparable across the processes of one machine.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import { PARTICIPANT_COOKIE } from "@/server/realtime/participant-cookie";

type Ack = { ok: boolean; error?: string };
export type WorkerCommand =
  | { type: "connect"; url: string; code: string; count: number; startAt: number; rampMs: number }
  /** Ranking votes on the poll's items, or (upvote) each voter's upvote of one of the poll's entries, given as itemIds. */
  | { type: "vote"; action: "rank" | "upvote"; pollId: string; itemIds: string[]; schedule: [voter: number, sendAt: number][] }
  | { type: "close" };

export interface VoteRecord {
  voter: number;
  voteId: string;
  sentAt: number;
  ackAt: number;
  ok: boolean;
  error: string | null;
}

const now = () => performance.timeOrigin + performance.now();
const sockets: Socket[] = [];
const send = (message: unknown) => process.send?.(message);
const waitUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - now())));

function emit(socket: Socket, event: string, payload: unknown, timeoutMs = 30_000): Promise<Ack> {
  return socket
    .timeout(timeoutMs)
    .emitWithAck(event, payload)
    .catch(() => ({ ok: false, error: "TIMEOUT" }));
}

async function connectOne(url: string, code: string): Promise<{ ok: boolean; ms: number }> {
  const started = now();
  const socket = io(url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    timeout: 30_000,
    extraHeaders: { cookie: `${PARTICIPANT_COOKIE}=${randomBytes(32).toString("base64url")}` },
  });
  sockets.push(socket);
  const connected = await new Promise<boolean>((resolve) => {
    socket.once("connect", () => resolve(true));
    socket.once("connect_error", () => resolve(false));
  });
  if (!connected) return { ok: false, ms: now() - started };
  const joined = await emit(socket, "attendee:join", { code });
  return { ok: joined.ok, ms: now() - started };
}

/** A random partial ranking of 2 to all items. */
function randomRanking(itemIds: string[]): string[] {
  const pool = [...itemIds];
  const length = 2 + Math.floor(Math.random() * (pool.length - 1));
  const ranking: string[] = [];
  while (ranking.length < length) ranking.push(...pool.splice(Math.floor(Math.random() * pool.length), 1));
  return ranking;
}

process.on("message", async (command: WorkerCommand) => {
  if (command.type === "connect") {
    const results = await Promise.all(
      Array.from({ length: command.count }, async (_, i) => {
        await waitUntil(command.startAt + (i * command.rampMs) / command.count);
        return connectOne(command.url, command.code);
      }),
    );
    send({ type: "connected", joined: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, joinMs: results.filter((r) => r.ok).map((r) => r.ms), finishedAt: now() });
  } else if (command.type === "vote") {
    const records = await Promise.all(
      command.schedule.map(async ([voter, sendAt]): Promise<VoteRecord> => {
        await waitUntil(sendAt);
        const voteId = randomUUID();
        const socket = sockets[voter];
        const sentAt = now();
        const entryId = command.itemIds[voter % command.itemIds.length];
        const answer = !socket
          ? { ok: false, error: "NO_SOCKET" }
          : command.action === "upvote"
            ? await emit(socket, "entry:upvote", { pollId: command.pollId, entryId, up: true })
            : await emit(socket, "vote:submit", { pollId: command.pollId, voteId, ballot: { type: "ranking", ranking: randomRanking(command.itemIds) } });
        return { voter, voteId, sentAt, ackAt: now(), ok: answer.ok, error: answer.ok ? null : (answer.error ?? "UNKNOWN") };
      }),
    );
    send({ type: "voted", records });
  } else if (command.type === "close") {
    for (const socket of sockets) socket.disconnect();
    send({ type: "closed" });
    process.exit(0);
  }
});
send({ type: "ready" });
