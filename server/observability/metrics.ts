/**
 * Prometheus metrics of this process (prom-client), served at /metrics:
 * connected sockets per role, votes stored, how long a vote waits for its
 * acknowledgement, the vote writer's batch sizes, rate-limit refusals, and
 * Node's own (event-loop lag, memory, CPU). No label carries an event, a
 * participant or an address: nothing personal, and a bounded number of series.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "barometer_" });

export const votesStored = new Counter({
  name: "barometer_votes_stored_total",
  help: "Votes stored (a change of a vote counts again); rate() gives votes per second.",
  registers: [registry],
});

export const voteAckSeconds = new Histogram({
  name: "barometer_vote_ack_seconds",
  help: "From a vote's arrival to its acknowledgement, which waits for the commit.",
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const writeBatchSize = new Histogram({
  name: "barometer_write_batch_size",
  help: "Votes committed together in one transaction by the vote writer.",
  buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500],
  registers: [registry],
});

export const rateLimitRefusals = new Counter({
  name: "barometer_rate_limit_refusals_total",
  help: "Requests refused by a rate limit, by limit.",
  labelNames: ["limit"] as const,
  registers: [registry],
});

/** Set by the socket server: how many of its sockets are in each role. */
let countSockets: () => Record<string, number> = () => ({});
export function countSocketsWith(counter: () => Record<string, number>): void {
  countSockets = counter;
}

new Gauge({
  name: "barometer_connected_sockets",
  help: "Sockets connected to this process, by role (attendee, presenter, moderator, or none before joining).",
  labelNames: ["role"] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const [role, count] of Object.entries(countSockets())) this.set({ role }, count);
  },
});
