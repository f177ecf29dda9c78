/**
 * How often one participant may send something (a vote, a nickname) per key,
 * as a token bucket: `perMinute` at most in a burst, refilled evenly over a
 * minute. A script hammering the server gets RATE_LIMITED and changes
 * nothing; a person never notices. Memory stays bounded: idle buckets are
 * dropped once full again.
 */
export function createRateLimiter(options: { perMinute: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const refillPerMs = options.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  function sweep(time: number): void {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (time - bucket.at) * refillPerMs >= options.perMinute) buckets.delete(key);
    }
  }

  return {
    /** Takes one token for `key`; false when its bucket is empty. */
    take(key: string): boolean {
      const time = now();
      if (buckets.size > 50_000) sweep(time);
      const bucket = buckets.get(key) ?? { tokens: options.perMinute, at: time };
      const tokens = Math.min(options.perMinute, bucket.tokens + (time - bucket.at) * refillPerMs);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: time });
        return false;
      }
      buckets.set(key, { tokens: tokens - 1, at: time });
      return true;
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
