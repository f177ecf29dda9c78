/**
 * The rate limits, each set low so that a test reaches it: a refusal carries
 * RATE_LIMITED and a retry hint, and changes nothing. With Redis, two
 * processes count together.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { io } from "socket.io-client";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Rates } from "@/server/security/limits";
import {
  connectClient,
  newParticipantToken,
  newVoteId,
  rankingBallot,
  request,
  requestOk,
  seedOpenRankingPoll,
  startServer,
  type TestClient,
  type TestServer,
} from "./harness";

const servers: TestServer[] = [];
const sockets: TestClient[] = [];
let redis: Redis | undefined;

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const server of servers.splice(0)) await server.stop();
});

afterAll(() => redis?.disconnect());

async function serverWith(rates: Partial<Rates>, more: { connectionsPerIp?: number; redis?: Redis; namespace?: string } = {}) {
  const server = await startServer(undefined, { limits: { rates, ...more } });
  servers.push(server);
  return server;
}

type Handshake = { connected: true; socket: TestClient } | { connected: false; message: string; retryAfterMs?: number };

/** A handshake as a browser or a script makes it: with a participant cookie, or without one (a new phone). */
async function handshake(url: string, participantToken?: string): Promise<Handshake> {
  const socket: TestClient = io(url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    extraHeaders: participantToken ? { cookie: `barometer_participant=${participantToken}` } : {},
  });
  return new Promise((resolve) => {
    socket.once("connect", () => {
      sockets.push(socket);
      resolve({ connected: true, socket });
    });
    socket.once("connect_error", (error) => {
      socket.disconnect();
      resolve({ connected: false, message: error.message, retryAfterMs: (error as { data?: { retryAfterMs?: number } }).data?.retryAfterMs });
    });
  });
}

describe("limits per address", () => {
  it("mints no more new participants for one address than the limit, and gives a refused handshake no token", async () => {
    const server = await serverWith({ newParticipantsPerIp: { points: 3, seconds: 600 } });
    for (let i = 0; i < 3; i++) expect((await handshake(server.url)).connected).toBe(true);
    const refused = await handshake(server.url);
    expect(refused).toMatchObject({ connected: false, message: "RATE_LIMITED" });
    expect(refused.connected === false && refused.retryAfterMs).toBeGreaterThan(0);

    // The polling handshake a browser makes first: refused ones must not carry a fresh token to come back with.
    const polling = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
    expect(polling.headers.get("set-cookie")).toBeNull();
    // A phone that already has its token is not a new participant.
    expect((await handshake(server.url, newParticipantToken())).connected).toBe(true);
  });

  it("caps handshakes per address, tokens or not", async () => {
    const server = await serverWith({ handshakesPerIp: { points: 2, seconds: 60 } });
    expect((await handshake(server.url, newParticipantToken())).connected).toBe(true);
    expect((await handshake(server.url, newParticipantToken())).connected).toBe(true);
    expect(await handshake(server.url, newParticipantToken())).toMatchObject({ connected: false, message: "RATE_LIMITED" });
  });

  it("caps open connections per address, and frees a place when one closes", async () => {
    const server = await serverWith({}, { connectionsPerIp: 2 });
    const first = await handshake(server.url, newParticipantToken());
    expect((await handshake(server.url, newParticipantToken())).connected).toBe(true);
    expect(await handshake(server.url, newParticipantToken())).toMatchObject({ connected: false, message: "RATE_LIMITED" });
    if (!first.connected) throw new Error("first connection refused");
    const onServer = server.app.io.sockets.sockets.get(first.socket.id ?? "");
    const counted = new Promise((resolve) => onServer?.once("disconnect", resolve));
    first.socket.disconnect();
    await counted;
    expect((await handshake(server.url, newParticipantToken())).connected).toBe(true);
  });

  it("creates no more events per address than the limit: 429 with Retry-After, and nothing stored", async () => {
    const server = await serverWith({ eventCreationsPerIp: { points: 2, seconds: 3600 } });
    const create = () =>
      fetch(`${server.url}/api/events`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "Forum" }) });
    expect((await create()).status).toBe(201);
    expect((await create()).status).toBe(201);
    const refused = await create();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(await server.db.event.count()).toBe(2);
  });

  it("limits joins per address", async () => {
    const server = await serverWith({ joinsPerIp: { points: 2, seconds: 60 } });
    const { event } = await seedOpenRankingPoll(server);
    const phones = await Promise.all([0, 1, 2].map(() => connectClient(server.url)));
    sockets.push(...phones);
    const answers = await Promise.all(phones.map((phone) => request(phone, "attendee:join", { code: event.code })));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(2);
    expect(answers.find((answer) => !answer.ok)).toMatchObject({ ok: false, error: "RATE_LIMITED" });
  });
});

describe("limits per socket and participant", () => {
  it("refuses messages beyond the socket's limit before they reach a handler, so a refused vote stores nothing", async () => {
    const server = await serverWith({ messagesPerSocket: { points: 3, seconds: 60 } });
    const { event, poll, itemIds } = await seedOpenRankingPoll(server);
    const phone = await connectClient(server.url);
    sockets.push(phone);
    await requestOk(phone, "attendee:join", { code: event.code });
    await requestOk(phone, "ballot:own", { pollId: poll.id });
    await requestOk(phone, "ballot:own", { pollId: poll.id });
    const refused = await request(phone, "vote:submit", {
      pollId: poll.id,
      voteId: newVoteId(),
      ballot: rankingBallot(itemIds.Alpha, itemIds.Beta, itemIds.Gamma),
    });
    expect(refused).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect((refused as { retryAfterMs?: number }).retryAfterMs).toBeGreaterThan(0);
    expect(await server.db.ballot.count()).toBe(0);
    expect(await server.db.vote.count()).toBe(0);
  });

  it("stops a socket from switching events again and again", async () => {
    const server = await serverWith({ joinsPerSocket: { points: 3, seconds: 60 } });
    const { event } = await seedOpenRankingPoll(server);
    const phone = await connectClient(server.url);
    sockets.push(phone);
    for (let i = 0; i < 3; i++) await requestOk(phone, "attendee:join", { code: event.code });
    expect(await request(phone, "attendee:join", { code: event.code })).toMatchObject({ ok: false, error: "RATE_LIMITED" });
  });

  it("caps the vote log of one participant on one poll", async () => {
    const server = await serverWith({ voteLogPerParticipantAndPoll: { points: 3, seconds: 86_400 } });
    const { event, poll, itemIds } = await seedOpenRankingPoll(server);
    const phone = await connectClient(server.url);
    sockets.push(phone);
    await requestOk(phone, "attendee:join", { code: event.code });
    const orders = [
      [itemIds.Alpha, itemIds.Beta, itemIds.Gamma],
      [itemIds.Beta, itemIds.Alpha, itemIds.Gamma],
      [itemIds.Gamma, itemIds.Beta, itemIds.Alpha],
    ];
    for (const order of orders) await requestOk(phone, "vote:submit", { pollId: poll.id, voteId: newVoteId(), ballot: rankingBallot(...order) });
    const refused = await request(phone, "vote:submit", { pollId: poll.id, voteId: newVoteId(), ballot: rankingBallot(itemIds.Alpha, itemIds.Gamma, itemIds.Beta) });
    expect(refused).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect(await server.db.vote.count({ where: { pollId: poll.id } })).toBe(3);
    expect(await requestOk(phone, "ballot:own", { pollId: poll.id })).toEqual(rankingBallot(itemIds.Gamma, itemIds.Beta, itemIds.Alpha));
  });

  it("acknowledges a call whatever stands between the payload and the callback", async () => {
    const server = await serverWith({});
    const { event } = await seedOpenRankingPoll(server);
    const phone = await connectClient(server.url);
    sockets.push(phone);
    const answer = await new Promise((resolve) => (phone.emit as (...args: unknown[]) => void)("attendee:join", { code: event.code }, "extra", 42, resolve));
    expect(answer).toMatchObject({ ok: true });
    const bare = await new Promise((resolve) => (phone.emit as (...args: unknown[]) => void)("attendee:join", resolve));
    expect(bare).toMatchObject({ ok: false, error: "INVALID_PAYLOAD" });
  });
});

describe("limits shared through Redis", () => {
  it("counts new participants of one address across two processes", async () => {
    redis = new Redis("redis://127.0.0.1:6379", { lazyConnect: true, enableOfflineQueue: false });
    await redis.connect();
    const shared = { redis, namespace: `test-${randomUUID()}` };
    const rates = { newParticipantsPerIp: { points: 2, seconds: 600 } };
    const a = await serverWith(rates, shared);
    const b = await serverWith(rates, shared);
    expect((await handshake(a.url)).connected).toBe(true);
    expect((await handshake(b.url)).connected).toBe(true);
    expect(await handshake(a.url)).toMatchObject({ connected: false, message: "RATE_LIMITED" });
    expect(await handshake(b.url)).toMatchObject({ connected: false, message: "RATE_LIMITED" });
  });
});
