import { describe, expect, it } from "vitest";
import { createJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from "./join-code";

describe("createJoinCode", () => {
  it("draws six characters from the unambiguous alphabet", () => {
    let next = 0;
    const code = createJoinCode((max) => next++ % max);
    expect(code).toBe("ABCDEF");
    expect(createJoinCode((max) => max - 1)).toBe("999999");
  });

  it("never contains look-alike characters", () => {
    for (const char of "0O1IL") expect(JOIN_CODE_ALPHABET).not.toContain(char);
  });
});

describe("normalizeJoinCode", () => {
  it.each([
    ["ds24nw", "DS24NW"],
    [" DS2 4NW ", "DS24NW"],
    ["ds-24-nw", "DS24NW"],
    ["DS24N", null],
    ["DS24NWX", null],
    ["DS2O4N", null],
    ["DS24N1", null],
    ["", null],
  ])("reads %j as %j", (input, expected) => {
    expect(normalizeJoinCode(input)).toBe(expected);
  });
});
