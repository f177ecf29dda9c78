import { describe, expect, it } from "vitest";
import type { TextEntry } from "../../entries/text-entry";
import { openTextInputSchema, openTextKind, openTextModerationSchema } from "./kind";

const input = openTextInputSchema.parse({ type: "open_text", question: "Was wünschen Sie sich von der digitalen Verwaltung?" });
const poll = { type: "open_text", items: [], config: openTextKind.configOf(input) };
const answer = (id: string, status: TextEntry["status"], second: number): TextEntry => ({
  type: "open_text",
  id,
  text: `Antwort ${id}`,
  authorName: null,
  status,
  answered: false,
  upvotes: 0,
  createdAt: new Date(Date.UTC(2026, 10, 28, 10, 0, second)).toISOString(),
});

describe("open answers", () => {
  it("take the issue's defaults: post-moderation, 280 characters, 3 answers per phone", () => {
    expect(poll.config).toEqual({ moderation: "post", maxLength: 280, maxEntries: 3 });
    const rules = openTextKind.entryRules(poll.config, openTextModerationSchema.parse({}));
    expect(rules).toEqual({ maxLength: 280, maxEntries: 3, allowNames: false, upvotes: false, mode: "post" });
    expect(openTextKind.entryRules(poll.config, { mode: "pre", featuredId: null }).mode).toBe("pre");
  });

  it("refuses items and limits out of range", () => {
    expect(openTextInputSchema.safeParse({ ...input, items: ["A"] }).success).toBe(false);
    expect(openTextInputSchema.safeParse({ ...input, maxLength: 501 }).success).toBe(false);
    expect(openTextInputSchema.safeParse({ ...input, moderation: "never" }).success).toBe(false);
  });

  it("shows the audience approved answers newest first and the counts of the others", () => {
    const aggregate = openTextKind.createAggregate(poll);
    aggregate.add(answer("a", "approved", 1));
    aggregate.add(answer("b", "pending", 2));
    aggregate.add(answer("c", "approved", 3));
    aggregate.add(answer("d", "hidden", 4));
    const state = { featuredId: "a" };
    const audience = openTextKind.moderation.view(aggregate.result(), state, "audience");
    expect(audience.entries.map((e) => e.id)).toEqual(["c", "a"]);
    expect(audience).toMatchObject({ ballotCount: 4, counts: { approved: 2, pending: 1, hidden: 1 }, featuredId: "a", mode: "post" });
    const moderator = openTextKind.moderation.view(aggregate.result(), state, "moderator");
    expect(moderator.entries.map((e) => e.id)).toEqual(["c", "a", "b", "d"]);
    expect(openTextKind.moderation.awaitingReview(moderator)).toBe(1);
  });

  it("never features an answer that is not approved", () => {
    const aggregate = openTextKind.createAggregate(poll);
    aggregate.add(answer("a", "approved", 1));
    aggregate.remove(answer("a", "approved", 1));
    aggregate.add(answer("a", "hidden", 1));
    expect(openTextKind.moderation.view(aggregate.result(), { featuredId: "a" }, "audience").featuredId).toBeNull();
    expect(openTextKind.moderation.view(aggregate.result(), { featuredId: "a" }, "moderator").featuredId).toBeNull();
  });

  it("switches moderation and features by the moderator's actions", () => {
    const { apply } = openTextKind.moderation;
    const switched = apply({ featuredId: null }, { type: "open_text", action: "set_mode", mode: "pre" });
    expect(switched).toEqual({ mode: "pre", featuredId: null });
    expect(apply(switched, { type: "open_text", action: "feature", entryId: "x" })).toEqual({ mode: "pre", featuredId: "x" });
    const aggregate = openTextKind.createAggregate(poll);
    expect(openTextKind.moderation.view(aggregate.result(), switched, "audience").mode).toBe("pre");
  });
});
