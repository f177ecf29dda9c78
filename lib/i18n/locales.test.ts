import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    [{}, "de"],
    [{ acceptLanguage: "en-US,en;q=0.9" }, "en"],
    [{ acceptLanguage: "fr-FR,fr;q=0.9,en;q=0.8,de;q=0.7" }, "en"],
    [{ acceptLanguage: "en;q=0.5,de-AT;q=0.8" }, "de"],
    [{ acceptLanguage: "fr,es" }, "de"],
    [{ acceptLanguage: "en;q=0" }, "de"],
    [{ cookie: "en", acceptLanguage: "de" }, "en"],
    [{ cookie: "xx", acceptLanguage: "en" }, "en"],
  ])("picks for %j: %s", (input, expected) => {
    expect(negotiateLocale(input)).toBe(expected);
  });
});
