/**
 * Entries: free text an attendee sends one at a time (open answers, Q&A
 * questions), each reviewed by the moderator on its own. Kinds built on
 * entries share these rules: how text is checked, which status a new entry
 * gets, and the moderation mode that decides it.
 */

import { containsBlockedWord } from "../text/blocklist";
import { cleanText, textLength } from "../text/clean-text";
import { z } from "../zod";

/** pending: waiting for the moderator; approved: shown to everyone; hidden: by the moderator. */
export const ENTRY_STATUSES = ["pending", "approved", "hidden"] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** pre: the moderator approves each entry before anyone sees it; post: entries show at once and can be hidden. */
export const MODERATION_MODES = ["pre", "post"] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];

export const AUTHOR_NAME_MAX_LENGTH = 40;
/** The most characters an entry payload may carry before the kind's own limit is even checked. */
export const ENTRY_PAYLOAD_MAX_LENGTH = 2000;

/** One entry as the results and the moderator's queue hold it. */
export interface TextEntry {
  type: string;
  id: string;
  text: string;
  /** Only where the poll allows names and the author gave one. */
  authorName: string | null;
  status: EntryStatus;
  /** Q&A: the panel has answered the question. */
  answered: boolean;
  upvotes: number;
  /** ISO time the server received the entry. */
  createdAt: string;
}

/** The rules of an entry kind for one poll, from its settings and the moderator's decisions. */
export interface EntryRules {
  maxLength: number;
  /** How many entries one phone may send to the poll; null for no limit but the rate limit. */
  maxEntries: number | null;
  allowNames: boolean;
  upvotes: boolean;
  mode: ModerationMode;
}

export type EntryProblem = "empty_text" | "text_too_long" | "too_many_entries" | "wrong_poll_type";

/** What a phone sends for an entry; the kind's rules check it further. */
export const entryInputSchema = z.object({
  text: z.string().max(ENTRY_PAYLOAD_MAX_LENGTH),
  /** The author's name, where the poll allows names; empty or null for anonymous. */
  authorName: z.string().max(ENTRY_PAYLOAD_MAX_LENGTH).nullable().default(null),
});
export type EntryInput = z.infer<typeof entryInputSchema>;

export type EntryCheck = { ok: true; text: string; authorName: string | null } | { ok: false; reason: EntryProblem };

/**
 * Checks and cleans an entry against the poll's rules. `sentBefore` is how
 * many entries this phone already sent to the poll. A name is dropped where
 * names are not allowed, so nobody's name is kept against the poll's setting.
 */
export function checkEntry(input: EntryInput, rules: EntryRules, sentBefore: number): EntryCheck {
  const text = cleanText(input.text);
  if (text === "") return { ok: false, reason: "empty_text" };
  if (textLength(text) > rules.maxLength) return { ok: false, reason: "text_too_long" };
  if (rules.maxEntries !== null && sentBefore >= rules.maxEntries) return { ok: false, reason: "too_many_entries" };
  const name = rules.allowNames && input.authorName ? [...cleanText(input.authorName)].slice(0, AUTHOR_NAME_MAX_LENGTH).join("") : "";
  return { ok: true, text, authorName: name === "" ? null : name };
}

/** The status a new entry starts with: pending under pre-moderation, or when it holds a blocked word. */
export function initialStatus(rules: Pick<EntryRules, "mode">, entry: { text: string; authorName: string | null }): EntryStatus {
  if (rules.mode === "pre") return "pending";
  return containsBlockedWord(entry.text) || (entry.authorName !== null && containsBlockedWord(entry.authorName)) ? "pending" : "approved";
}

/** The decisions a moderator makes on one entry. */
export const ENTRY_ACTIONS = ["approve", "hide", "mark_answered", "mark_open"] as const;
export type EntryAction = (typeof ENTRY_ACTIONS)[number];

/** The entry after a moderator's action. */
export function applyEntryAction(entry: TextEntry, action: EntryAction): TextEntry {
  switch (action) {
    case "approve":
      return { ...entry, status: "approved" };
    case "hide":
      return { ...entry, status: "hidden" };
    case "mark_answered":
      return { ...entry, answered: true };
    case "mark_open":
      return { ...entry, answered: false };
  }
}
