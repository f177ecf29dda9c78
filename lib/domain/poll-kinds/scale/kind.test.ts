import { describe, expect, it } from "vitest";
import { createScaleAggregate, medianOfCounts, scaleInputSchema, scaleKind } from "./kind";

const items = [
  { id: "s1", label: "Die Verwaltung ist digital gut aufgestellt." },
  { id: "s2", label: "Ich arbeite gern im Homeoffice." },
];
const scale = { min: 1, max: 5, minLabel: "stimme gar nicht zu", maxLabel: "stimme voll zu" };
const poll = { type: "scale", items, config: { scale } };

describe("scale input", () => {
  it.each([
    [{ min: 1, max: 5 }, true],
    [{ min: 0, max: 10 }, true],
    [{ min: -3, max: 3 }, true],
    [{ min: 1, max: 2 }, true],
    [{ min: 1, max: 1 }, false],
    [{ min: 0, max: 11 }, false],
    [{ min: 5, max: 1 }, false],
    [{ min: 1.5, max: 5 }, false],
  ])("the range %j is accepted: %s", (range, ok) => {
    expect(scaleInputSchema.safeParse({ type: "scale", question: "Q?", items: ["Aussage"], scale: range }).success).toBe(ok);
  });

  it("takes one to ten statements and defaults to 1 to 5", () => {
    expect(scaleInputSchema.parse({ type: "scale", question: "Q?", items: ["Aussage"] }).scale).toMatchObject({ min: 1, max: 5 });
    expect(scaleInputSchema.safeParse({ type: "scale", question: "Q?", items: [] }).success).toBe(false);
    const eleven = Array.from({ length: 11 }, (_, i) => `Aussage ${i}`);
    expect(scaleInputSchema.safeParse({ type: "scale", question: "Q?", items: eleven }).success).toBe(false);
  });
});

describe("scale ballots", () => {
  it.each([
    [{ s1: 1, s2: 5 }, null],
    [{ s2: 3 }, null],
    [{}, "empty"],
    [{ s1: 0 }, "out_of_range"],
    [{ s1: 6 }, "out_of_range"],
    [{ s1: 2.5 }, "out_of_range"],
    [{ nope: 3 }, "unknown_item"],
  ])("%j is refused for %s", (ratings, reason) => {
    const checked = scaleKind.validate(poll, { type: "scale", ratings });
    expect(checked.ok ? null : checked.reason).toBe(reason);
  });
});

describe("medianOfCounts", () => {
  it.each([
    [[0, 0, 0], null],
    [[1, 0, 0], 1],
    [[1, 0, 1], 2],
    [[1, 1, 0, 0, 2], 3.5],
    [[0, 3, 1], 2],
  ])("of %j is %s", (counts, median) => {
    expect(medianOfCounts(counts, 1)).toBe(median);
  });
});

describe("scale aggregate", () => {
  it("counts per value, with mean, median and ratings per statement; skipped statements are not rated", () => {
    const aggregate = createScaleAggregate(items, scale);
    aggregate.add({ type: "scale", ratings: { s1: 1, s2: 4 } });
    aggregate.add({ type: "scale", ratings: { s1: 4 } });
    aggregate.add({ type: "scale", ratings: { s1: 5 } });
    const [first, second] = aggregate.result().items;
    expect(aggregate.result().ballotCount).toBe(3);
    expect(first).toMatchObject({ counts: [1, 0, 0, 1, 1], ratingCount: 3, mean: 10 / 3, median: 4 });
    expect(second).toMatchObject({ counts: [0, 0, 0, 1, 0], ratingCount: 1, mean: 4, median: 4 });
  });

  it("has no mean or median before a rating", () => {
    const [first] = createScaleAggregate(items, scale).result().items;
    expect(first).toMatchObject({ ratingCount: 0, mean: null, median: null });
  });

  it("handles a range below zero", () => {
    const aggregate = createScaleAggregate(items, { min: -2, max: 2, minLabel: "", maxLabel: "" });
    aggregate.add({ type: "scale", ratings: { s1: -2 } });
    aggregate.add({ type: "scale", ratings: { s1: 1 } });
    expect(aggregate.result().items[0]).toMatchObject({ counts: [1, 0, 0, 1, 0], mean: -0.5, median: -0.5 });
  });

  it("a change is remove then add, and ends where a rebuild ends", () => {
    const live = createScaleAggregate(items, scale);
    live.add({ type: "scale", ratings: { s1: 2 } });
    live.remove({ type: "scale", ratings: { s1: 2 } });
    live.add({ type: "scale", ratings: { s1: 3, s2: 3 } });
    const rebuilt = createScaleAggregate(items, scale);
    rebuilt.add({ type: "scale", ratings: { s1: 3, s2: 3 } });
    expect(live.result()).toEqual(rebuilt.result());
  });
});
