import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPollCountdowns } from "./poll-countdowns";

describe("poll countdowns", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date("2026-03-11T09:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  function countdownsWith(closeExpiredPoll: () => Promise<{ outcome: "closed" | "none" } | { outcome: "early"; closesAt: Date }>) {
    const eventChanged = vi.fn(async () => {});
    const close = vi.fn(closeExpiredPoll);
    const countdowns = createPollCountdowns({
      events: { closeExpiredPoll: close, listCountdowns: async () => [], now: () => new Date() },
      broadcaster: { eventChanged },
    });
    return { countdowns, close, eventChanged };
  }

  it("closes the poll when its time is up and tells every screen", async () => {
    const { countdowns, close, eventChanged } = countdownsWith(async () => ({ outcome: "closed" }));
    countdowns.arm({ eventId: "e1", pollId: "p1", closesAt: new Date(Date.now() + 15_000) });
    await vi.advanceTimersByTimeAsync(14_999);
    expect(close).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(close).toHaveBeenCalledTimes(1);
    expect(eventChanged).toHaveBeenCalledWith("e1");
  });

  it("tries again when the timer fired before the wall clock reached the deadline, instead of leaving the poll open", async () => {
    const closesAt = new Date(Date.now() + 15_002);
    let calls = 0;
    const { countdowns, close, eventChanged } = countdownsWith(async () => (++calls === 1 ? { outcome: "early", closesAt } : { outcome: "closed" }));
    countdowns.arm({ eventId: "e1", pollId: "p1", closesAt: new Date(Date.now() + 15_000) });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(close).toHaveBeenCalledTimes(1);
    expect(eventChanged).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(close).toHaveBeenCalledTimes(2);
    expect(eventChanged).toHaveBeenCalledWith("e1");
  });

  it("does nothing when the poll no longer runs a countdown", async () => {
    const { countdowns, close, eventChanged } = countdownsWith(async () => ({ outcome: "none" }));
    countdowns.arm({ eventId: "e1", pollId: "p1", closesAt: new Date(Date.now() + 1_000) });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(close).toHaveBeenCalledTimes(1);
    expect(eventChanged).not.toHaveBeenCalled();
  });
});
