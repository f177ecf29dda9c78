import { describe, expect, it } from "vitest";
import { createBordaAggregate, rankByBorda, validateRankingBallot } from "./borda";

const items = ["a", "b", "c", "d"].map((id) => ({ id, label: id.toUpperCase() }));

describe("validateRankingBallot", () => {
  it.each([
    { name: "a full ranking", ranking: ["d", "c", "b", "a"], expected: { ok: true, ranking: ["d", "c", "b", "a"] } },
    { name: "a partial ranking", ranking: ["b"], expected: { ok: true, ranking: ["b"] } },
    { name: "an empty ranking", ranking: [], expected: { ok: false, reason: "empty" } },
    { name: "an unknown item", ranking: ["a", "x"], expected: { ok: false, reason: "unknown_item", itemId: "x" } },
    { name: "a repeated item", ranking: ["a", "b", "a"], expected: { ok: false, reason: "duplicate_item", itemId: "a" } },
  ])("judges $name", ({ ranking, expected }) => {
    expect(validateRankingBallot(items, ranking)).toEqual(expected);
  });
});

describe("rankByBorda", () => {
  const order = (ballots: string[][]) => rankByBorda(items, ballots).items.map((i) => i.itemId);
  const scores = (ballots: string[][]) =>
    Object.fromEntries(rankByBorda(items, ballots).items.map((i) => [i.itemId, i.score]));

  it.each([
    { name: "no ballots keeps poll order", ballots: [], order: ["a", "b", "c", "d"], scores: { a: 0, b: 0, c: 0, d: 0 } },
    { name: "one full ballot", ballots: [["c", "a", "d", "b"]], order: ["c", "a", "d", "b"], scores: { c: 3, a: 2, d: 1, b: 0 } },
    {
      name: "several ballots add up",
      ballots: [
        ["a", "b", "c", "d"],
        ["b", "a", "c", "d"],
        ["b", "c", "a", "d"],
      ],
      order: ["b", "a", "c", "d"],
      scores: { a: 3 + 2 + 1, b: 2 + 3 + 3, c: 1 + 1 + 2, d: 0 },
    },
    {
      name: "a partial ballot gives unranked items nothing",
      ballots: [["d", "c"]],
      order: ["d", "c", "a", "b"],
      scores: { d: 3, c: 2, a: 0, b: 0 },
    },
    {
      name: "unknown ids in a stored ballot are ignored",
      ballots: [["zz", "b"]],
      order: ["b", "a", "c", "d"],
      scores: { a: 0, b: 2, c: 0, d: 0 },
    },
  ])("$name", ({ ballots, order: expectedOrder, scores: expectedScores }) => {
    expect(order(ballots)).toEqual(expectedOrder);
    expect(scores(ballots)).toEqual(expectedScores);
  });

  it("lets items tied on points share a rank, listing the one with more first places first", () => {
    // a: 3 + 0 = 3 with one first place; b: 2 + 1 = 3 with none.
    const results = rankByBorda(items, [
      ["a", "b", "c", "d"],
      ["c", "d", "b", "a"],
    ]);
    expect(results.items.map((i) => [i.itemId, i.score, i.rank, i.tied])).toEqual([
      ["c", 4, 1, false],
      ["a", 3, 2, true],
      ["b", 3, 2, true],
      ["d", 2, 4, false],
    ]);
  });

  it("lists items tied on points and first places in poll order, sharing a rank", () => {
    const results = rankByBorda(items, [
      ["b", "a"],
      ["a", "b"],
    ]);
    expect(results.items.map((i) => [i.itemId, i.score, i.rank, i.tied])).toEqual([
      ["a", 5, 1, true],
      ["b", 5, 1, true],
      ["c", 0, 3, true],
      ["d", 0, 3, true],
    ]);
  });

  it("reports average rank among ballots that ranked the item, and first-place share among all", () => {
    const results = rankByBorda(items, [["a", "b"], ["b", "a", "c"], ["b"], ["c", "b"]]);
    const byId = Object.fromEntries(results.items.map((i) => [i.itemId, i]));
    expect(results.ballotCount).toBe(4);
    expect(results.maxScore).toBe(3 * 4);
    expect(byId.b?.averageRank).toBeCloseTo((2 + 1 + 1 + 2) / 4);
    expect(byId.b?.firstPlaceShare).toBeCloseTo(2 / 4);
    expect(byId.a?.averageRank).toBeCloseTo((1 + 2) / 2);
    expect(byId.a?.rankedCount).toBe(2);
    expect(byId.d?.averageRank).toBeNull();
    expect(byId.d?.firstPlaceShare).toBe(0);
  });

  it("counts how many ballots put each item at each place, partial rankings included", () => {
    const results = rankByBorda(items, [["a", "b"], ["b", "a", "c"], ["b"], ["c", "b"]]);
    const places = Object.fromEntries(results.items.map((i) => [i.itemId, i.placeCounts]));
    expect(places).toEqual({ a: [1, 1, 0, 0], b: [2, 2, 0, 0], c: [1, 0, 1, 0], d: [0, 0, 0, 0] });
    // Each place is filled by as many ballots as ranked that deep.
    expect([0, 1, 2, 3].map((p) => results.items.reduce((sum, i) => sum + (i.placeCounts[p] ?? 0), 0))).toEqual([4, 3, 1, 0]);
  });

  it("reproduces the forum's five-item barometer", () => {
    const forum = [
      { id: "trust", label: "vertrauensvolle Zusammenarbeit" },
      { id: "creative", label: "kreative Atmosphäre" },
      { id: "time", label: "ausreichend Zeit" },
      { id: "expertise", label: "eigenes Fachwissen" },
      { id: "discipline", label: "gute Disziplin" },
    ];
    const results = rankByBorda(forum, [
      ["trust", "time", "creative", "expertise", "discipline"],
      ["trust", "creative", "time", "discipline", "expertise"],
      ["time", "trust", "expertise", "creative", "discipline"],
    ]);
    expect(results.items.map((i) => [i.itemId, i.score])).toEqual([
      ["trust", 4 + 4 + 3],
      ["time", 3 + 2 + 4],
      ["creative", 2 + 3 + 1],
      ["expertise", 1 + 0 + 2],
      ["discipline", 0 + 1 + 0],
    ]);
  });
});

describe("createBordaAggregate", () => {
  /** A small deterministic generator, so a failure can be replayed. */
  function random(seed: number) {
    let state = seed;
    return (below: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % below;
    };
  }

  it("equals a tally from scratch after any stream of new, changed and withdrawn ballots", () => {
    for (const seed of [1, 2, 3, 42, 2026]) {
      const next = random(seed);
      const aggregate = createBordaAggregate(items);
      const ballots = new Map<number, string[]>();
      for (let step = 0; step < 300; step++) {
        const voter = next(25);
        const previous = ballots.get(voter);
        if (previous && next(5) === 0) {
          aggregate.remove(previous);
          ballots.delete(voter);
          continue;
        }
        const pool = items.map((item) => item.id);
        const ranking: string[] = [];
        const length = 1 + next(pool.length);
        while (ranking.length < length) ranking.push(...pool.splice(next(pool.length), 1));
        if (previous) aggregate.remove(previous);
        aggregate.add(ranking);
        ballots.set(voter, ranking);
      }
      expect(aggregate.result()).toEqual(rankByBorda(items, ballots.values()));
      expect(aggregate.ballotCount).toBe(ballots.size);
    }
  });

  it("returns to the empty result when every ballot is removed", () => {
    const aggregate = createBordaAggregate(items);
    aggregate.add(["b", "a"]);
    aggregate.add(["c"]);
    aggregate.remove(["c"]);
    aggregate.remove(["b", "a"]);
    expect(aggregate.result()).toEqual(rankByBorda(items, []));
  });
});
