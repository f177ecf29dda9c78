import { describe, expect, it } from "vitest";
import { readEnv } from "../env";
import { createLimits, DEFAULT_RATES, limitEnvName, parseRate } from "./limits";

describe("rate limits", () => {
  it("reads rates as points/seconds or off", () => {
    expect(parseRate("30/60")).toEqual({ points: 30, seconds: 60 });
    expect(parseRate(" 2500 / 600 ")).toEqual({ points: 2500, seconds: 600 });
    expect(parseRate("off")).toBeNull();
    for (const bad of ["30", "0/60", "30/0", "-1/60", "30/60/1", "lots"]) expect(parseRate(bad)).toBeUndefined();
  });

  it("names each limit's setting after it", () => {
    expect(limitEnvName("newParticipantsPerIp")).toBe("LIMIT_NEW_PARTICIPANTS_PER_IP");
    expect(readEnv({ NODE_ENV: "test", LIMIT_NEW_PARTICIPANTS_PER_IP: "5/60", LIMIT_JOINS_PER_IP: "off" }).rates).toEqual({
      newParticipantsPerIp: { points: 5, seconds: 60 },
      joinsPerIp: null,
    });
    expect(() => readEnv({ NODE_ENV: "test", LIMIT_JOINS_PER_IP: "many" })).toThrow(/LIMIT_JOINS_PER_IP/);
  });

  it("with the defaults, lets a hall of 2,000 behind one NAT address in, and stops a script minting ballots beyond the documented limit", async () => {
    const limits = createLimits();
    const hall = "192.0.2.1";
    // Everyone arrives, gets a token, connects and joins; half of them reconnect once when the Wi-Fi drops.
    for (let phone = 0; phone < 2_000; phone++) {
      await limits.take("newParticipantsPerIp", hall);
      await limits.take("handshakesPerIp", hall);
      await limits.take("joinsPerIp", hall);
      if (phone % 2 === 0) {
        await limits.take("handshakesPerIp", hall);
        await limits.take("joinsPerIp", hall);
      }
    }
    // A script behind the same address keeps dropping its cookie: it gets the rest of the documented 2,500, then no more.
    for (let ballot = 2_000; ballot < DEFAULT_RATES.newParticipantsPerIp.points; ballot++) await limits.take("newParticipantsPerIp", hall);
    await expect(limits.take("newParticipantsPerIp", hall)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("refuses beyond the limit with RATE_LIMITED and a retry hint, per key, and not at all when off", async () => {
    const limits = createLimits({ rates: { joinsPerSocket: { points: 2, seconds: 60 }, joinsPerIp: null } });
    await limits.take("joinsPerSocket", "a");
    await limits.take("joinsPerSocket", "a");
    await expect(limits.take("joinsPerSocket", "a")).rejects.toMatchObject({ code: "RATE_LIMITED", retryAfterMs: expect.any(Number) });
    await limits.take("joinsPerSocket", "b");
    for (let i = 0; i < 100; i++) await limits.take("joinsPerIp", "a");
  });
});
