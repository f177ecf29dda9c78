import { describe, expect, it } from "vitest";
import { tallyPoll } from "../poll";
import { defuseFormula, exportTable, LEAD_COLUMNS } from "./export-table";
import { counter, sampleExport } from "./fixture";

describe("buildEventExport", () => {
  it("replaces participant keys by random ids, the same phone keeping its id across the export's polls", () => {
    const document = sampleExport();
    const text = JSON.stringify(document);
    expect(text).not.toContain("key-anna");
    const [ranking, scale] = document.polls;
    const anna = ranking?.ballots.find((b) => (b.ballot as { ranking?: string[] }).ranking?.length === 3)?.id;
    expect(anna).toBeDefined();
    expect(scale?.ballots.find((b) => (b.ballot as { ratings?: Record<string, number> }).ratings?.s1 === -2)?.id).toBe(anna);
    expect(new Set(document.polls.flatMap((p) => p.ballots.map((b) => b.id))).size).toBe(3);
  });

  it("gives different ids in another export", () => {
    const first = sampleExport(counter("a")).polls[0]?.ballots.map((b) => b.id);
    const second = sampleExport(counter("b")).polls[0]?.ballots.map((b) => b.id);
    expect(first).not.toEqual(second);
  });

  it("holds ballots a recount reproduces the result from, and says how it counts", () => {
    const [ranking] = sampleExport().polls;
    if (!ranking) throw new Error("no poll");
    const recount = tallyPoll({ type: ranking.type, items: ranking.items, config: ranking.config }, ranking.ballots.map((b) => b.ballot as never));
    expect(recount).toEqual(ranking.results);
    expect(ranking.counting.method).toMatch(/Borda/);
    expect(ranking.counting.ties).toMatch(/share a rank/);
  });
});

describe("exportTable", () => {
  it("lays out lead columns, then only the result columns used, then the ballot columns", () => {
    const table = exportTable(sampleExport());
    expect(table.columns.slice(0, LEAD_COLUMNS.length)).toEqual([...LEAD_COLUMNS]);
    expect(table.columns).toContain("place_3");
    expect(table.columns).not.toContain("place_4");
    expect(table.columns).not.toContain("upvotes");
    expect(table.columns.slice(-3)).toEqual(["participant", "entry_id", "ballot"]);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  });

  it("writes one result row per ranking item and one per scale statement and value, then the ballots", () => {
    const table = exportTable(sampleExport());
    const at = (column: string) => table.columns.indexOf(column as never);
    const records = table.rows.map((row) => [row[at("poll")], row[at("record")]]);
    expect(records).toEqual([
      [1, "result"],
      [1, "result"],
      [1, "result"],
      [1, "ballot"],
      [1, "ballot"],
      [2, "result"],
      [2, "result"],
      [2, "result"],
      [2, "result"],
      [2, "result"],
      [2, "ballot"],
      [2, "ballot"],
    ]);
    const first = table.rows[0];
    expect([first?.[at("item")], first?.[at("rank")], first?.[at("score")], first?.[at("place_1")]]).toEqual(["Vertrauen, Offenheit", 1, 3, 1]);
    const scaleValues = table.rows.filter((row) => row[at("poll")] === 2 && row[at("record")] === "result").map((row) => [row[at("value")], row[at("count")]]);
    expect(scaleValues).toEqual([
      [-2, 1],
      [-1, 0],
      [0, 0],
      [1, 1],
      [2, 0],
    ]);
  });
});

describe("defuseFormula", () => {
  it.each(["=1+1", "+49 30 1234", "-2", "@SUM(A1)", "\t=1", "\r=1"])("prefixes %j with an apostrophe", (text) => {
    expect(defuseFormula(text)).toBe(`'${text}`);
  });
  it.each(["Vertrauen", "1+1=2", "e-Akte", "", "'schon"])("leaves %j alone", (text) => {
    expect(defuseFormula(text)).toBe(text);
  });
});
