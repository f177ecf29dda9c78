import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("the rate limiter", () => {
  it("allows a burst up to the limit, then refills evenly over a minute, per key", () => {
    let time = 0;
    const limiter = createRateLimiter({ perMinute: 3, now: () => time });
    expect([1, 2, 3, 4].map(() => limiter.take("a"))).toEqual([true, true, true, false]);
    expect(limiter.take("b")).toBe(true);
    time += 19_000;
    expect(limiter.take("a")).toBe(false);
    time += 1_000;
    expect(limiter.take("a")).toBe(true);
    expect(limiter.take("a")).toBe(false);
    time += 60_000;
    expect([1, 2, 3, 4].map(() => limiter.take("a"))).toEqual([true, true, true, false]);
  });
});
