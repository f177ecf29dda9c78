import { describe, expect, it } from "vitest";
import { createPointsAggregate, pointsInputSchema, pointsKind } from "./kind";

const items = [
  { id: "a", label: "Weiterbildung" },
  { id: "b", label: "Ausstattung" },
  { id: "c", label: "Gesundheit" },
];
const poll = { type: "points", items, config: { budget: 100 } };

describe("points input", () => {
  it("defaults to a budget of 100 and takes 2 to 10 items", () => {
    expect(pointsInputSchema.parse({ type: "points", question: "Q?", items: ["A", "B"] }).budget).toBe(100);
    expect(pointsInputSchema.safeParse({ type: "points", question: "Q?", items: ["A"] }).success).toBe(false);
    expect(pointsInputSchema.safeParse({ type: "points", question: "Q?", items: ["A", "B"], budget: 0 }).success).toBe(false);
    expect(pointsInputSchema.safeParse({ type: "points", question: "Q?", items: ["A", "B"], budget: 10.5 }).success).toBe(false);
  });
});

describe("points ballots", () => {
  it.each([
    [{ a: 50, b: 30, c: 20 }, null],
    [{ a: 100 }, null],
    [{ a: 50, b: 49 }, "wrong_total"],
    [{ a: 60, b: 50 }, "wrong_total"],
    [{}, "wrong_total"],
    [{ a: 110, b: -10 }, "invalid_points"],
    [{ a: 50.5, b: 49.5 }, "invalid_points"],
    [{ a: 50, x: 50 }, "unknown_item"],
  ])("%j is refused for %s", (points, reason) => {
    const checked = pointsKind.validate(poll, { type: "points", points });
    expect(checked.ok ? null : checked.reason).toBe(reason);
  });

  it("stores only the items that got points", () => {
    const checked = pointsKind.validate(poll, { type: "points", points: { a: 100, b: 0, c: 0 } });
    expect(checked).toEqual({ ok: true, response: { type: "points", points: { a: 100 } } });
  });
});

describe("points aggregate", () => {
  it("sums totals and means per item, most points first, equal totals sharing a rank in poll order", () => {
    const aggregate = createPointsAggregate(items, 100);
    aggregate.add({ type: "points", points: { a: 20, b: 40, c: 40 } });
    aggregate.add({ type: "points", points: { a: 60, b: 20, c: 20 } });
    const result = aggregate.result();
    expect(result.ballotCount).toBe(2);
    expect(result.items.map((item) => [item.itemId, item.total, item.mean, item.rank])).toEqual([
      ["a", 80, 40, 1],
      ["b", 60, 30, 2],
      ["c", 60, 30, 2],
    ]);
  });

  it("is all zeros in poll order without votes", () => {
    const result = createPointsAggregate(items, 100).result();
    expect(result.items.map((item) => [item.itemId, item.total, item.mean, item.rank])).toEqual([
      ["a", 0, 0, 1],
      ["b", 0, 0, 1],
      ["c", 0, 0, 1],
    ]);
  });

  it("a change is remove then add, and ends where a rebuild ends", () => {
    const live = createPointsAggregate(items, 100);
    live.add({ type: "points", points: { a: 100 } });
    live.remove({ type: "points", points: { a: 100 } });
    live.add({ type: "points", points: { c: 100 } });
    const rebuilt = createPointsAggregate(items, 100);
    rebuilt.add({ type: "points", points: { c: 100 } });
    expect(live.result()).toEqual(rebuilt.result());
  });
});
