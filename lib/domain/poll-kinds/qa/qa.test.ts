import { describe, expect, it } from "vitest";
import type { TextEntry } from "../../entries/text-entry";
import { qaInputSchema, qaKind, qaModerationSchema } from "./kind";

const input = qaInputSchema.parse({ type: "qa", question: "Fragen an das Podium" });
const poll = { type: "qa", items: [], config: qaKind.configOf(input) };
const question = (id: string, patch: Partial<TextEntry> = {}): TextEntry => ({
  type: "qa",
  id,
  text: `Frage ${id}`,
  authorName: null,
  status: "approved",
  answered: false,
  upvotes: 0,
  createdAt: `2026-11-28T10:00:0${id}.000Z`,
  ...patch,
});

describe("Q&A", () => {
  it("defaults to pre-moderation, anonymous questions, and phones that see the list", () => {
    expect(poll.config).toEqual({ moderation: "pre", allowNames: false });
    expect(input.showResultsToVoters).toBe(true);
    // The questions are what phones upvote: a Q&A cannot hide them from phones by this setting.
    expect(qaInputSchema.parse({ type: "qa", question: "Fragen", showResultsToVoters: false }).showResultsToVoters).toBe(true);
    const rules = qaKind.entryRules(poll.config, qaModerationSchema.parse({}));
    expect(rules).toMatchObject({ allowNames: false, upvotes: true, mode: "pre" });
  });

  it("sorts approved questions by upvotes, equal ones newest first", () => {
    const aggregate = qaKind.createAggregate(poll);
    aggregate.add(question("1", { upvotes: 2 }));
    aggregate.add(question("2", { upvotes: 5 }));
    aggregate.add(question("3", { upvotes: 2 }));
    aggregate.add(question("4", { upvotes: 9, status: "pending" }));
    const audience = qaKind.moderation.view(aggregate.result(), { pinnedId: null }, "audience");
    expect(audience.questions.map((q) => q.id)).toEqual(["2", "3", "1"]);
    expect(audience.counts).toEqual({ approved: 3, pending: 1, hidden: 0 });
    expect(qaKind.moderation.awaitingReview(qaKind.moderation.view(aggregate.result(), { pinnedId: null }, "moderator"))).toBe(1);

    // An upvote is remove(old) + add(new).
    aggregate.remove(question("1", { upvotes: 2 }));
    aggregate.add(question("1", { upvotes: 6 }));
    expect(qaKind.moderation.view(aggregate.result(), { pinnedId: null }, "audience").questions.map((q) => q.id)).toEqual(["1", "2", "3"]);
  });

  it("states each question: pinned, answered or open; hidden ones only for moderators", () => {
    const aggregate = qaKind.createAggregate(poll);
    aggregate.add(question("1", { answered: true }));
    aggregate.add(question("2"));
    aggregate.add(question("3", { status: "hidden" }));
    const audience = qaKind.moderation.view(aggregate.result(), { pinnedId: "2" }, "audience");
    expect(audience.questions.map((q) => [q.id, q.state])).toEqual([
      ["2", "pinned"],
      ["1", "answered"],
    ]);
    expect(audience.pinnedId).toBe("2");
    const moderator = qaKind.moderation.view(aggregate.result(), { pinnedId: "3" }, "moderator");
    expect(moderator.questions.map((q) => q.id)).toEqual(["2", "1", "3"]);
    expect(moderator.pinnedId).toBeNull();
  });

  it("pins and switches moderation by the moderator's actions", () => {
    const { apply } = qaKind.moderation;
    expect(apply({ pinnedId: null }, { type: "qa", action: "pin", entryId: "7" })).toEqual({ pinnedId: "7" });
    expect(apply({ pinnedId: "7" }, { type: "qa", action: "pin", entryId: null })).toEqual({ pinnedId: null });
    expect(apply({ pinnedId: "7" }, { type: "qa", action: "set_mode", mode: "post" })).toEqual({ pinnedId: "7", mode: "post" });
  });
});
