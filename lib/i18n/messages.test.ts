import { describe, expect, it } from "vitest";
import de from "../../messages/de.json";
import en from "../../messages/en.json";

type Messages = { [key: string]: string | Messages };

/** Every message as "section.key" → its ICU placeholders ({name}, {count, plural, …}), sorted. */
function catalogue(messages: Messages, prefix = ""): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      const names = [...value.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1] ?? "");
      entries.set(path, [...new Set(names)].filter((name) => name !== "").sort());
    } else {
      for (const [nested, names] of catalogue(value, path)) entries.set(nested, names);
    }
  }
  return entries;
}

describe("message files", () => {
  const german = catalogue(de as Messages);
  const english = catalogue(en as Messages);

  it("have the same keys in German and English", () => {
    expect([...english.keys()].sort()).toEqual([...german.keys()].sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, names] of german) expect({ key, names: english.get(key) }).toEqual({ key, names });
  });
});
