/**
 * Operations: /metrics in Prometheus text, behind METRICS_TOKEN when it is
 * set, with nothing personal in it; /api/health reports the database and Redis.
 */
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { connectClient, newVoteId, rankingBallot, request, requestOk, seedOpenRankingPoll, startServer, type TestClient, type TestServer } from "./harness";

let server: TestServer;
const sockets: TestClient[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await server.stop();
});

/** The value of one series in Prometheus text. */
function seriesValue(text: string, series: string): number {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : Number.NaN;
}

describe("metrics", () => {
  it("count sockets by role, stored votes, acknowledgement times, batches and refusals, for the token only", async () => {
    const token = "a-metrics-token-for-prometheus";
    server = await startServer(undefined, { metricsToken: token, limits: { rates: { joinsPerSocket: { points: 1, seconds: 60 } } } });
    const metrics = async () => {
      const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.headers.get("content-type")).toContain("text/plain");
      return response.text();
    };
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: "Bearer wrong-token-of-some-length" } })).status).toBe(401);

    const { event, poll, itemIds } = await seedOpenRankingPoll(server);
    const before = await metrics();
    const phone = await connectClient(server.url);
    sockets.push(phone);
    await requestOk(phone, "attendee:join", { code: event.code });
    await requestOk(phone, "vote:submit", { pollId: poll.id, voteId: newVoteId(), ballot: rankingBallot(itemIds.Alpha) });
    expect(await request(phone, "attendee:join", { code: event.code })).toMatchObject({ error: "RATE_LIMITED" });

    const after = await metrics();
    expect(seriesValue(after, 'barometer_connected_sockets{role="attendee"}')).toBe(1);
    expect(seriesValue(after, "barometer_votes_stored_total") - (seriesValue(before, "barometer_votes_stored_total") || 0)).toBe(1);
    expect(seriesValue(after, "barometer_vote_ack_seconds_count")).toBeGreaterThan(seriesValue(before, "barometer_vote_ack_seconds_count") || 0);
    expect(seriesValue(after, "barometer_write_batch_size_count")).toBeGreaterThan(0);
    expect(seriesValue(after, 'barometer_rate_limit_refusals_total{limit="joinsPerSocket"}')).toBeGreaterThanOrEqual(1);
    expect(after).toContain("barometer_nodejs_eventloop_lag_p99_seconds");
    // Nothing that names an event, a phone or an address.
    expect(after).not.toContain(event.code);
    expect(after).not.toContain("127.0.0.1");
  });
});

describe("health", () => {
  it("reports the database, and Redis when the processes use it", async () => {
    server = await startServer();
    expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ status: "ok", database: "ok", redis: "off" });
    await server.stop();

    const redis = new Redis("redis://127.0.0.1:6379", { lazyConnect: true });
    await redis.connect();
    server = await startServer(undefined, { redis });
    expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ status: "ok", redis: "ok" });
    redis.disconnect();
    const down = await fetch(`${server.url}/api/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: "error", database: "ok", redis: "unavailable" });
  });
});
