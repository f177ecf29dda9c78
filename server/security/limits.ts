/**
 * Every rate limit of the server in one place, counted by rate-limiter-flexible:
 * in this process's memory, or in Redis when REDIS_URL is set so that all
 * processes share one count (with memory as insurance while Redis is away).
 * The defaults let a conference of 2,000 behind one NAT address through and
 * stop a script; docs/security.md explains each, and LIMIT_* settings change them.
 */
import type { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/domain/errors";
import { logger } from "../logging/logger";
import { rateLimitRefusals } from "../observability/metrics";

/** At most `points` within `seconds`; null turns the limit off. */
export type Rate = { points: number; seconds: number } | null;

export const DEFAULT_RATES = {
  /** Socket.IO handshakes (connections and reconnections) from one address. */
  handshakesPerIp: { points: 6_000, seconds: 60 },
  /** New participant tokens, that is new ballots, minted for one address: a hall of 2,000 arriving at once clears it. */
  newParticipantsPerIp: { points: 2_500, seconds: 600 },
  /** Joins (phones, projectors, moderator consoles) from one address. */
  joinsPerIp: { points: 6_000, seconds: 60 },
  /** Events created from one address. */
  eventCreationsPerIp: { points: 30, seconds: 3_600 },
  /** Any message on one socket; a moderator clicking fast sends a few a second. */
  messagesPerSocket: { points: 300, seconds: 60 },
  /** Joins on one socket: a screen joins once per connection; switching events hundreds of times is a script. */
  joinsPerSocket: { points: 30, seconds: 60 },
  /** Votes of one participant on one poll: a person changes a vote a few times, retries after a reconnect fit. */
  votesPerParticipantAndPoll: { points: 30, seconds: 60 },
  /** What the vote log may hold for one participant and poll: every change is logged, and the log must not grow without end. */
  voteLogPerParticipantAndPoll: { points: 200, seconds: 86_400 },
  /** Answers and questions of one participant on one poll: a person types, a script floods. */
  entriesPerParticipantAndPoll: { points: 10, seconds: 60 },
  /** Upvotes (and taking them back) of one participant across the event. */
  upvotesPerParticipant: { points: 60, seconds: 60 },
  /** Quiz nickname changes of one participant. */
  nicknamesPerParticipant: { points: 10, seconds: 60 },
} satisfies Record<string, Rate>;

export type LimitName = keyof typeof DEFAULT_RATES;
export type Rates = Record<LimitName, Rate>;
export const LIMIT_NAMES = Object.keys(DEFAULT_RATES) as LimitName[];

/** Open sockets from one address at once, in one process: every phone of a full hall, with room for a second tab. */
export const DEFAULT_CONNECTIONS_PER_IP = 5_000;

/** The environment name of a limit: handshakesPerIp → LIMIT_HANDSHAKES_PER_IP. */
export const limitEnvName = (name: string) => `LIMIT_${name.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`;

/** Reads "points/seconds" (e.g. "2500/600") or "off". */
export function parseRate(text: string): Rate | undefined {
  if (text.trim() === "off") return null;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const points = Number(match[1]);
  const seconds = Number(match[2]);
  return points > 0 && seconds > 0 ? { points, seconds } : undefined;
}

/** A refusal: RATE_LIMITED, with how long to wait before the same thing will be accepted. */
export function rateLimited(retryAfterMs: number): AppError {
  return new AppError("RATE_LIMITED", undefined, { retryAfterMs: Math.max(1, Math.ceil(retryAfterMs)) });
}

/** `namespace` keeps the counts of separate instances sharing one Redis apart (and those of test runs). */
export function createLimits(options: { rates?: Partial<Rates>; redis?: Redis; namespace?: string } = {}) {
  const rates: Rates = { ...DEFAULT_RATES, ...options.rates };
  const limiters = new Map<LimitName, RateLimiterAbstract>();
  for (const name of LIMIT_NAMES) {
    const rate = rates[name];
    if (!rate) continue;
    const shape = { keyPrefix: `${options.namespace ?? "barometer"}:limit:${name}`, points: rate.points, duration: rate.seconds };
    limiters.set(
      name,
      options.redis
        ? new RateLimiterRedis({ ...shape, storeClient: options.redis, insuranceLimiter: new RateLimiterMemory(shape) })
        : new RateLimiterMemory(shape),
    );
  }

  return {
    rates,
    /** Counts one use of `name` for `key`; throws RATE_LIMITED (with a retry hint) when the limit is reached. */
    async take(name: LimitName, key: string): Promise<void> {
      const limiter = limiters.get(name);
      if (!limiter) return;
      try {
        await limiter.consume(key);
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) {
          // Which limit, never whose key: keys are addresses and participants.
          logger.warn({ limit: name }, "rate limit refused a request");
          rateLimitRefusals.inc({ limit: name });
          throw rateLimited(refusal.msBeforeNext);
        }
        throw refusal;
      }
    },
  };
}

export type Limits = ReturnType<typeof createLimits>;
