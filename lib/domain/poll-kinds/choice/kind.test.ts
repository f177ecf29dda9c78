import { describe, expect, it } from "vitest";
import { choiceInputSchema, choiceKind, createChoiceAggregate } from "./kind";

const items = [
  { id: "a", label: "Ja" },
  { id: "b", label: "Nein" },
  { id: "c", label: "Enthaltung" },
];
const poll = (maxChoices: number) => ({ type: "choice", items, config: { maxChoices } });

describe("choice input", () => {
  it.each([
    [{ items: ["Ja", "Nein"] }, true],
    [{ items: ["Ja", "Nein"], maxChoices: 2 }, true],
    [{ items: ["Ja", "Nein"], maxChoices: 3 }, false],
    [{ items: ["Ja"] }, false],
    [{ items: Array.from({ length: 13 }, (_, i) => `Option ${i}`) }, false],
    [{ items: ["Ja", "ja"] }, false],
    [{ items: ["Ja", "Nein"], maxChoices: 0 }, false],
  ])("%j is accepted: %s", (fields, ok) => {
    expect(choiceInputSchema.safeParse({ type: "choice", question: "Q?", ...fields }).success).toBe(ok);
  });

  it("defaults to single choice", () => {
    expect(choiceInputSchema.parse({ type: "choice", question: "Q?", items: ["Ja", "Nein"] }).maxChoices).toBe(1);
  });
});

describe("choice ballots", () => {
  it.each([
    [1, ["a"], null],
    [2, ["a", "c"], null],
    [1, ["a", "b"], "too_many_choices"],
    [3, ["a", "a"], "duplicate_item"],
    [3, ["x"], "unknown_item"],
  ])("with up to %i choices, %j is refused for %s", (maxChoices, choices, reason) => {
    const checked = choiceKind.validate(poll(maxChoices), { type: "choice", choices });
    expect(checked.ok ? null : checked.reason).toBe(reason);
  });
});

describe("choice aggregate", () => {
  it("is empty without votes", () => {
    const result = createChoiceAggregate(items, 1).result();
    expect(result.ballotCount).toBe(0);
    expect(result.items.map((item) => [item.count, item.share])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it("counts respondents and shares per item, in poll order, with multiple choice adding above 100 %", () => {
    const aggregate = createChoiceAggregate(items, 2);
    aggregate.add({ type: "choice", choices: ["a", "c"] });
    aggregate.add({ type: "choice", choices: ["a"] });
    const result = aggregate.result();
    expect(result.ballotCount).toBe(2);
    expect(result.items.map((item) => [item.itemId, item.count, item.share])).toEqual([
      ["a", 2, 1],
      ["b", 0, 0],
      ["c", 1, 0.5],
    ]);
  });

  it("a change is remove then add, and ends where a rebuild from the final ballots ends", () => {
    const live = createChoiceAggregate(items, 1);
    live.add({ type: "choice", choices: ["a"] });
    live.add({ type: "choice", choices: ["b"] });
    live.remove({ type: "choice", choices: ["a"] });
    live.add({ type: "choice", choices: ["c"] });
    const rebuilt = createChoiceAggregate(items, 1);
    rebuilt.add({ type: "choice", choices: ["b"] });
    rebuilt.add({ type: "choice", choices: ["c"] });
    expect(live.result()).toEqual(rebuilt.result());
  });
});
