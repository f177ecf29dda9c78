import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createCoalescer } from "./coalescer";

describe("createCoalescer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("flushes the first call at once and folds a burst into one trailing flush", async () => {
    const flushed: string[] = [];
    const coalescer = createCoalescer(100, async (key: string) => {
      flushed.push(key);
    });
    coalescer.schedule("poll");
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toEqual(["poll"]);

    for (let i = 0; i < 50; i++) coalescer.schedule("poll");
    await vi.advanceTimersByTimeAsync(99);
    expect(flushed).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(flushed).toHaveLength(2);

    await vi.advanceTimersByTimeAsync(1000);
    expect(flushed).toHaveLength(2);
  });

  it("keeps keys independent", async () => {
    const flushed: string[] = [];
    const coalescer = createCoalescer(100, async (key: string) => {
      flushed.push(key);
    });
    coalescer.schedule("a");
    coalescer.schedule("b");
    coalescer.schedule("a");
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toEqual(["a", "b"]);
    await vi.advanceTimersByTimeAsync(100);
    expect(flushed).toEqual(["a", "b", "a"]);
  });

  it("never overlaps a slow flush with the next one", async () => {
    let running = 0;
    let maxRunning = 0;
    const coalescer = createCoalescer(10, async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((resolve) => setTimeout(resolve, 50));
      running--;
    });
    coalescer.schedule("k");
    await vi.advanceTimersByTimeAsync(5);
    coalescer.schedule("k");
    await vi.advanceTimersByTimeAsync(500);
    expect(maxRunning).toBe(1);
  });

  it("flushes nothing after dispose", async () => {
    const flush = vi.fn(async () => {});
    const coalescer = createCoalescer(100, flush);
    coalescer.schedule("k");
    coalescer.schedule("k");
    coalescer.dispose();
    await vi.advanceTimersByTimeAsync(500);
    expect(flush).toHaveBeenCalledTimes(1);
  });
});
