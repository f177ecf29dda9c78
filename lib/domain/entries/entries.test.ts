import { describe, expect, it } from "vitest";
import { createEntryList, ENTRY_LIST_LIMIT, newestFirst } from "./entry-list";
import { applyEntryAction, checkEntry, type EntryRules, initialStatus, type TextEntry } from "./text-entry";

const rules: EntryRules = { maxLength: 20, maxEntries: 2, allowNames: false, upvotes: false, mode: "post" };

const entry = (id: string, patch: Partial<TextEntry> = {}): TextEntry => ({
  type: "open_text",
  id,
  text: `Antwort ${id}`,
  authorName: null,
  status: "approved",
  answered: false,
  upvotes: 0,
  createdAt: `2026-11-28T10:00:0${id}.000Z`,
  ...patch,
});

describe("checkEntry", () => {
  it("cleans the text: whitespace, NFC, invisible and bidirectional characters", () => {
    expect(checkEntry({ text: "  Mehr\n\nBürger\u200Bnähe \u202Ebitte ", authorName: null }, { ...rules, maxLength: 30 }, 0)).toEqual({
      ok: true,
      text: "Mehr Bürgernähe bitte",
      authorName: null,
    });
    expect(checkEntry({ text: "Ma\u0308rchen", authorName: null }, rules, 0)).toMatchObject({ text: "Märchen" });
  });

  it.each([
    ["", "empty_text"],
    ["   \n\t ", "empty_text"],
    ["\u200B\u200C\u200D\u2060", "empty_text"],
    ["\u202E\u202D", "empty_text"],
    ["x".repeat(21), "text_too_long"],
  ])("refuses %j as %s", (text, reason) => {
    expect(checkEntry({ text, authorName: null }, rules, 0)).toEqual({ ok: false, reason });
  });

  it("counts length in characters as people see them, after cleaning", () => {
    expect(checkEntry({ text: "ä".repeat(20), authorName: null }, rules, 0).ok).toBe(true);
    expect(checkEntry({ text: "😀".repeat(20), authorName: null }, rules, 0).ok).toBe(true);
    expect(checkEntry({ text: `${"a".repeat(20)}     `, authorName: null }, rules, 0).ok).toBe(true);
  });

  it("refuses more entries than the poll allows per phone", () => {
    expect(checkEntry({ text: "Drittens", authorName: null }, rules, 2)).toEqual({ ok: false, reason: "too_many_entries" });
    expect(checkEntry({ text: "Egal wie viele", authorName: null }, { ...rules, maxEntries: null }, 500).ok).toBe(true);
  });

  it("keeps a name only where the poll allows names, cleaned and shortened", () => {
    expect(checkEntry({ text: "Frage", authorName: "Erika" }, rules, 0)).toMatchObject({ authorName: null });
    const named = { ...rules, allowNames: true };
    expect(checkEntry({ text: "Frage", authorName: " Erika\u202E Mustermann " }, named, 0)).toMatchObject({ authorName: "Erika Mustermann" });
    expect(checkEntry({ text: "Frage", authorName: "\u200B " }, named, 0)).toMatchObject({ authorName: null });
    expect(checkEntry({ text: "Frage", authorName: "N".repeat(60) }, named, 0)).toMatchObject({ authorName: "N".repeat(40) });
  });
});

describe("initialStatus", () => {
  it("holds everything for review under pre-moderation", () => {
    expect(initialStatus({ mode: "pre" }, { text: "Vertrauen", authorName: null })).toBe("pending");
  });

  it("shows at once under post-moderation, unless the text or the name holds a blocked word", () => {
    expect(initialStatus({ mode: "post" }, { text: "Mehr Vertrauen in die Verwaltung", authorName: null })).toBe("approved");
    expect(initialStatus({ mode: "post" }, { text: "Das ist Scheiße", authorName: null })).toBe("pending");
    expect(initialStatus({ mode: "post" }, { text: "Eine Frage", authorName: "Arschloch" })).toBe("pending");
  });
});

describe("applyEntryAction", () => {
  it("approves, hides and marks answered without touching anything else", () => {
    const pending = entry("1", { status: "pending", upvotes: 3 });
    expect(applyEntryAction(pending, "approve")).toEqual({ ...pending, status: "approved" });
    expect(applyEntryAction(pending, "hide")).toEqual({ ...pending, status: "hidden" });
    expect(applyEntryAction(pending, "mark_answered")).toEqual({ ...pending, answered: true });
    expect(applyEntryAction({ ...pending, answered: true }, "mark_open")).toEqual(pending);
  });
});

describe("createEntryList", () => {
  it("adds, replaces and removes entries, counting each status", () => {
    const list = createEntryList(newestFirst);
    list.add(entry("1"));
    list.add(entry("2", { status: "pending" }));
    list.add(entry("3"));
    expect(list.count).toBe(3);
    expect(list.snapshot().counts).toEqual({ approved: 2, pending: 1, hidden: 0 });
    expect(list.snapshot().entries.map((e) => e.id)).toEqual(["3", "1", "2"]);

    list.remove(entry("1"));
    list.add(entry("1", { status: "hidden" }));
    list.remove(entry("2", { status: "pending" }));
    list.add(entry("2"));
    expect(list.snapshot()).toMatchObject({ counts: { approved: 2, pending: 0, hidden: 1 } });
    expect(list.snapshot().entries.map((e) => e.id)).toEqual(["3", "2", "1"]);

    list.remove(entry("3"));
    expect(list.count).toBe(2);
  });

  it("lists at most ENTRY_LIST_LIMIT of each status but counts all", () => {
    const list = createEntryList(newestFirst);
    for (let i = 0; i < ENTRY_LIST_LIMIT + 5; i++) list.add(entry(String(i), { createdAt: new Date(1e12 + i).toISOString() }));
    list.add(entry("p", { status: "pending" }));
    const { counts, entries } = list.snapshot();
    expect(counts.approved).toBe(ENTRY_LIST_LIMIT + 5);
    expect(entries).toHaveLength(ENTRY_LIST_LIMIT + 1);
    expect(entries[0]?.id).toBe(String(ENTRY_LIST_LIMIT + 4));
    expect(entries.at(-1)?.id).toBe("p");
  });
});
