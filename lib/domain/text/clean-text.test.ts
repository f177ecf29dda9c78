import { describe, expect, it } from "vitest";
import { cleanText, textLength } from "./clean-text";

describe("cleanText", () => {
  it.each([
    ["  Vertrauen  ", "Vertrauen"],
    ["digitale\n\tVerwaltung", "digitale Verwaltung"],
    ["Ma\u0308rchen", "Märchen"],
    ["abc\u202Eevil\u202C", "abcevil"],
    ["\u2066isolated\u2069", "isolated"],
    ["zero\u200Bwidth", "zerowidth"],
    ["\u200B\u200C\u200D\uFEFF", ""],
    ["bell\u0007", "bell"],
  ])("%j becomes %j", (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });

  it("counts code points", () => {
    expect(textLength("Straße 👩")).toBe(8);
  });
});
