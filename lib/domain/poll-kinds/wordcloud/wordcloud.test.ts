import { describe, expect, it } from "vitest";
import { containsBlockedWord } from "../../text/blocklist";
import { createWordcloudAggregate, moderateWords, validateWords, wordcloudInputSchema, wordcloudKind } from "./kind";
import { isStopWord, wordKey } from "./words";

const config = { maxEntries: 3, maxLength: 30 };
const ballot = (...words: string[]) => ({ type: "wordcloud" as const, words });

describe("wordKey", () => {
  it.each([
    ["Vertrauen", " vertrauen "],
    ["VERTRAUEN", "vertrauen"],
    ["Übergang", "übergang"],
    ["Märchen", "Ma\u0308rchen"],
    ["digitale   Verwaltung", "Digitale Verwaltung"],
    ["Bürgernähe", "bürgernähe\u200B"],
  ])("%j and %j are the same word", (a, b) => {
    expect(wordKey(a)).toBe(wordKey(b));
  });

  it.each([
    ["STRASSE", "Straße"],
    ["Verwaltung", "Verwaltungsdigitalisierung"],
    ["Maße", "Masse"],
  ])("%j and %j stay apart", (a, b) => {
    expect(wordKey(a)).not.toBe(wordKey(b));
  });
});

describe("stop words and the blocklist", () => {
  it.each(["und", "der", "Die", "the", "AND", "über"])("%j is a stop word", (word) => {
    expect(isStopWord(wordKey(word))).toBe(true);
  });

  it.each(["Vertrauen", "Zeit", "Homeoffice", "trust"])("%j is not a stop word", (word) => {
    expect(isStopWord(wordKey(word))).toBe(false);
  });

  it.each([
    ["Arschloch", true],
    ["du Arsch", true],
    ["FICK", true],
    ["Barsch", false],
    ["Marschall", false],
    ["Analyse", false],
    ["Vertrauen", false],
  ])("%j is held for review: %s", (word, held) => {
    expect(containsBlockedWord(wordKey(word))).toBe(held);
  });
});

describe("validating words", () => {
  it("cleans the words and drops repeats", () => {
    expect(validateWords([" Vertrauen ", "vertrauen", "Zeit"], config)).toEqual({ ok: true, words: ["Vertrauen", "Zeit"] });
  });

  it.each([
    [["a", "b", "c", "d"], "too_many_words"],
    [["\u200B\u200D"], "empty_word"],
    [["   "], "empty_word"],
    [["x".repeat(31)], "word_too_long"],
  ])("%j is refused for %s", (words, reason) => {
    expect(validateWords(words, config)).toEqual({ ok: false, reason });
  });

  it("strips bidirectional overrides before counting the length", () => {
    expect(validateWords(["\u202Eabc"], config)).toEqual({ ok: true, words: ["abc"] });
  });

  it("takes one to five entries, by default three of up to 30 characters", () => {
    expect(wordcloudInputSchema.parse({ type: "wordcloud", question: "Q?" })).toMatchObject({ maxEntries: 3, maxLength: 30, items: [] });
    expect(wordcloudInputSchema.safeParse({ type: "wordcloud", question: "Q?", maxEntries: 6 }).success).toBe(false);
    expect(wordcloudInputSchema.safeParse({ type: "wordcloud", question: "Q?", items: ["A"] }).success).toBe(false);
  });
});

describe("the word cloud aggregate", () => {
  it("counts words together, keeps the most used spelling, leaves out stop words, sorts by count then text", () => {
    const aggregate = createWordcloudAggregate();
    aggregate.add(ballot("Vertrauen", "Zeit", "und"));
    aggregate.add(ballot("vertrauen", "Kaffee"));
    aggregate.add(ballot("vertrauen"));
    const result = aggregate.result();
    expect(result.ballotCount).toBe(3);
    expect(result.distinctWords).toBe(3);
    expect(result.words.map((word) => [word.text, word.count])).toEqual([
      ["vertrauen", 3],
      ["Kaffee", 1],
      ["Zeit", 1],
    ]);
  });

  it("a replaced ballot is remove then add, and ends where a rebuild ends", () => {
    const live = createWordcloudAggregate();
    live.add(ballot("Zeit", "Ruhe"));
    live.remove(ballot("Zeit", "Ruhe"));
    live.add(ballot("Ruhe", "Fokus"));
    const rebuilt = createWordcloudAggregate();
    rebuilt.add(ballot("Ruhe", "Fokus"));
    expect(live.result()).toEqual(rebuilt.result());
    expect(live.result().words.map((word) => word.text)).toEqual(["Fokus", "Ruhe"]);
  });

  it("is empty without ballots", () => {
    expect(createWordcloudAggregate().result()).toEqual({ type: "wordcloud", ballotCount: 0, distinctWords: 0, words: [] });
  });
});

describe("moderating a word cloud", () => {
  const aggregate = createWordcloudAggregate();
  aggregate.add(ballot("Vertrauen", "Arschloch"));
  aggregate.add(ballot("Vertrauen", "Zeit"));
  const result = aggregate.result();

  it("holds blocklisted words until approved, and hides what the moderator hides, from the audience only", () => {
    const none = { hidden: [], approved: [] };
    expect(moderateWords(result, none, "audience").words.map((word) => word.text)).toEqual(["Vertrauen", "Zeit"]);
    expect(moderateWords(result, none, "moderator").words.map((word) => [word.text, word.status])).toEqual([
      ["Vertrauen", "shown"],
      ["Arschloch", "held"],
      ["Zeit", "shown"],
    ]);
    const decided = { hidden: ["zeit"], approved: ["arschloch"] };
    expect(moderateWords(result, decided, "audience").words.map((word) => word.text)).toEqual(["Vertrauen", "Arschloch"]);
    expect(moderateWords(result, decided, "moderator").words.find((word) => word.key === "zeit")?.status).toBe("hidden");
    // Held words wait for the moderator until approved.
    expect(wordcloudKind.moderation?.awaitingReview(moderateWords(result, { hidden: [], approved: [] }, "moderator"))).toBe(1);
    expect(wordcloudKind.moderation?.awaitingReview(moderateWords(result, decided, "moderator"))).toBe(0);
  });

  it("applies hide, show and approve without repeats", () => {
    const moderation = wordcloudKind.moderation;
    if (!moderation) throw new Error("word clouds are moderated");
    let state = { hidden: [] as string[], approved: [] as string[] };
    state = moderation.apply(state, { type: "wordcloud", action: "hide", key: "zeit" });
    state = moderation.apply(state, { type: "wordcloud", action: "hide", key: "zeit" });
    expect(state).toEqual({ hidden: ["zeit"], approved: [] });
    state = moderation.apply(state, { type: "wordcloud", action: "show", key: "zeit" });
    state = moderation.apply(state, { type: "wordcloud", action: "approve", key: "arschloch" });
    expect(state).toEqual({ hidden: [], approved: ["arschloch"] });
  });
});
