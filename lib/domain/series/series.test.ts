import { describe, expect, it } from "vitest";
import { seriesResultOf, tallyPoll } from "../poll";
import { buildSeries, roundOf, type SeriesRound, successorsOf } from "./series";

function round(year: number, labels: string[], ballots: number[][], matches: SeriesRound["matches"] = {}): SeriesRound {
  const items = labels.map((label, index) => ({ id: `i${index}`, label }));
  const poll = { type: "ranking" as const, items, config: {} };
  const results = seriesResultOf(
    poll,
    tallyPoll(
      poll,
      ballots.map((order) => ({ type: "ranking" as const, ranking: order.map((index) => `i${index}`) })),
    ),
  );
  if (!results) throw new Error("a ranking follows over time");
  return roundOf({ event: { title: `Forum ${year}`, code: `F${year}`, createdAt: new Date(`${year}-03-11T09:00:00Z`) }, question: "Was macht Sie leistungsfähig?", results, matches });
}

describe("successorsOf", () => {
  it("matches by label ignoring case and spaces, by hand for renamed items, and not at all where told", () => {
    const earlier = round(2024, ["Vertrauen", "kreative  Atmosphäre", "Zeit", "Disziplin"], [[0, 1, 2, 3]], { Zeit: "ausreichend Zeit", Disziplin: null });
    const later = round(2025, ["vertrauen", "Kreative Atmosphäre", "ausreichend Zeit", "Disziplin"], [[0, 1, 2, 3]]);
    expect(Object.fromEntries(successorsOf(earlier, later))).toEqual({
      Vertrauen: "vertrauen",
      "kreative  Atmosphäre": "Kreative Atmosphäre",
      Zeit: "ausreichend Zeit",
      Disziplin: null,
    });
  });

  it("ignores a hand-made match to a label the next round does not have", () => {
    const earlier = round(2024, ["Zeit", "Team"], [[0, 1]], { Zeit: "Gibt es nicht" });
    const later = round(2025, ["Zeit", "Team"], [[1, 0]]);
    expect(successorsOf(earlier, later).get("Zeit")).toBe("Zeit");
  });
});

describe("buildSeries", () => {
  it("follows each item's place and score share through the rounds, renamed ones included", () => {
    const series = buildSeries([
      round(2024, ["Vertrauen", "Zeit", "Wissen"], [[0, 1, 2], [0, 2, 1]], { Zeit: "ausreichend Zeit" }),
      round(2025, ["Vertrauen", "ausreichend Zeit", "Wissen"], [[1, 0, 2], [1, 2, 0], [0, 1, 2]]),
    ]);
    expect(series.rounds.map((r) => [r.eventTitle, r.ballotCount])).toEqual([
      ["Forum 2024", 2],
      ["Forum 2025", 3],
    ]);
    const time = series.lines.find((line) => line.label === "ausreichend Zeit");
    expect(time?.points.map((p) => [p.round, p.rank, p.label])).toEqual([
      [0, 2, "Zeit"],
      [1, 1, "ausreichend Zeit"],
    ]);
    // 2025: 2 + 2 + 1 = 5 of (3 − 1) × 3 = 6 points.
    expect(time?.points[1]?.share).toBeCloseTo(5 / 6);
    expect(series.lines.map((line) => line.label)).toEqual(["ausreichend Zeit", "Vertrauen", "Wissen"]);
  });

  it("ends the line of an item that was dropped and starts one for a new item", () => {
    const series = buildSeries([round(2024, ["Zeit", "Disziplin"], [[0, 1]]), round(2025, ["Zeit", "Homeoffice"], [[1, 0]])]);
    const byLabel = Object.fromEntries(series.lines.map((line) => [line.label, line]));
    expect(byLabel.Disziplin?.current).toBe(false);
    expect(byLabel.Disziplin?.points.map((p) => p.round)).toEqual([0]);
    expect(byLabel.Homeoffice?.points.map((p) => p.round)).toEqual([1]);
    expect(byLabel.Zeit?.points.map((p) => p.rank)).toEqual([1, 2]);
    expect(series.lines.at(-1)?.label).toBe("Disziplin");
  });

  it("lets only the first of two items matched into one carry the line", () => {
    const series = buildSeries([round(2024, ["A", "B"], [[0, 1]], { B: "A" }), round(2025, ["A"], [[0]])]);
    expect(series.lines.map((line) => [line.label, line.points.length])).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
  });
});
