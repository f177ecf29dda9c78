/**
 * Word cloud: each participant gives up to `maxEntries` words or short
 * phrases, which replace their earlier ones. Counted per word (see words.ts),
 * shown in the spelling most people used. The moderator can hide a word;
 * words on the blocklist wait for the moderator's approval.
 */

import type { ResultRow } from "../../exports/result-row";
import { containsBlockedWord } from "../../text/blocklist";
import { cleanText, textLength } from "../../text/clean-text";
import { z } from "../../zod";
import { pollBaseInputShape } from "../common";
import type { PollKind } from "../kind";
import { isStopWord, wordKey } from "./words";

export const WORDCLOUD_MAX_ENTRIES = 5;
export const WORDCLOUD_MAX_LENGTH = 60;
/** The most words a result lists (most frequent first); a cloud shows fewer. */
export const WORDCLOUD_RESULT_WORDS = 200;

export const wordcloudInputSchema = z.object({
  type: z.literal("wordcloud"),
  ...pollBaseInputShape,
  /** A word cloud has no items: what people type is the content. */
  items: z.array(z.string()).max(0).default([]),
  maxEntries: z.number().int().min(1).max(WORDCLOUD_MAX_ENTRIES).default(3),
  maxLength: z.number().int().min(5).max(WORDCLOUD_MAX_LENGTH).default(30),
});

export const wordcloudConfigSchema = z.object({ maxEntries: z.number().int().min(1), maxLength: z.number().int().min(1) });

export const wordcloudBallotSchema = z.object({
  type: z.literal("wordcloud"),
  /** This participant's words; they replace the ones sent before. */
  words: z.array(z.string().max(500)).min(1).max(WORDCLOUD_MAX_ENTRIES),
});

/** What the moderator decided about words, by key: hidden from the audience, or approved despite the blocklist. */
export const wordcloudModerationSchema = z.object({
  hidden: z.array(z.string()).default([]),
  approved: z.array(z.string()).default([]),
});

export const wordcloudModerationActionSchema = z.object({
  type: z.literal("wordcloud"),
  action: z.enum(["hide", "show", "approve"]),
  key: z.string().min(1).max(500),
});

export type WordcloudInput = z.infer<typeof wordcloudInputSchema>;
export type WordcloudConfig = z.infer<typeof wordcloudConfigSchema>;
export type WordcloudBallot = z.infer<typeof wordcloudBallotSchema>;
export type WordcloudModeration = z.infer<typeof wordcloudModerationSchema>;
export type WordcloudModerationAction = z.infer<typeof wordcloudModerationActionSchema>;
export type WordcloudBallotProblem = "empty_word" | "too_many_words" | "word_too_long";

export interface CloudWord {
  /** What makes entries the same word; the moderator acts on it. */
  key: string;
  /** The spelling most people used (ties: the first in German order, capitals first, so "Vertrauen" before "vertrauen"). */
  text: string;
  count: number;
  /** shown; hidden by the moderator; held: on the blocklist, waiting for approval. Only moderators see the others. */
  status: "shown" | "hidden" | "held";
}

export interface WordcloudResults {
  type: "wordcloud";
  ballotCount: number;
  /** How many different words there are (stop words not counted), shown or not. */
  distinctWords: number;
  /** Most frequent first, then by text; at most WORDCLOUD_RESULT_WORDS. */
  words: CloudWord[];
}

/** Checks and tidies a participant's words: cleaned, stop words and repeats dropped. */
export function validateWords(words: readonly string[], config: WordcloudConfig) {
  if (words.length > config.maxEntries) return { ok: false as const, reason: "too_many_words" as const };
  const kept = new Map<string, string>();
  for (const raw of words) {
    const text = cleanText(raw);
    if (text === "") return { ok: false as const, reason: "empty_word" as const };
    if (textLength(text) > config.maxLength) return { ok: false as const, reason: "word_too_long" as const };
    const key = wordKey(text);
    if (!kept.has(key)) kept.set(key, text);
  }
  return { ok: true as const, words: [...kept.values()] };
}

const SPELLING_ORDER = new Intl.Collator("de", { caseFirst: "upper" });

export function createWordcloudAggregate() {
  const words = new Map<string, { count: number; spellings: Map<string, number> }>();
  let ballotCount = 0;
  const apply = (ballot: WordcloudBallot, step: 1 | -1) => {
    ballotCount += step;
    for (const text of ballot.words) {
      const key = wordKey(text);
      if (key === "" || isStopWord(key)) continue;
      const word = words.get(key) ?? { count: 0, spellings: new Map<string, number>() };
      word.count += step;
      word.spellings.set(text, (word.spellings.get(text) ?? 0) + step);
      if (word.spellings.get(text) === 0) word.spellings.delete(text);
      if (word.count === 0) words.delete(key);
      else words.set(key, word);
    }
  };
  return {
    add: (ballot: WordcloudBallot) => apply(ballot, 1),
    remove: (ballot: WordcloudBallot) => apply(ballot, -1),
    get count() {
      return ballotCount;
    },
    result(): WordcloudResults {
      const listed = [...words].map(([key, word]): CloudWord => {
        let text = key;
        let best = 0;
        for (const [spelling, count] of word.spellings) {
          if (count > best || (count === best && SPELLING_ORDER.compare(spelling, text) < 0)) {
            text = spelling;
            best = count;
          }
        }
        return { key, text, count: word.count, status: containsBlockedWord(key) ? "held" : "shown" };
      });
      listed.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, "de"));
      return { type: "wordcloud", ballotCount, distinctWords: listed.length, words: listed.slice(0, WORDCLOUD_RESULT_WORDS) };
    },
  };
}

/** The result with the moderator's decisions applied: every word with its status, for moderators; only shown ones otherwise. */
export function moderateWords(results: WordcloudResults, moderation: WordcloudModeration, viewer: "audience" | "moderator"): WordcloudResults {
  const hidden = new Set(moderation.hidden);
  const approved = new Set(moderation.approved);
  const words = results.words.map((word): CloudWord => {
    if (hidden.has(word.key)) return { ...word, status: "hidden" };
    if (word.status === "held" && approved.has(word.key)) return { ...word, status: "shown" };
    return word;
  });
  return { ...results, words: viewer === "moderator" ? words : words.filter((word) => word.status === "shown") };
}

export const wordcloudKind: PollKind<
  WordcloudInput,
  WordcloudConfig,
  WordcloudBallot,
  WordcloudResults,
  WordcloudBallotProblem,
  WordcloudModeration,
  WordcloudModerationAction
> = {
  type: "wordcloud",
  inputSchema: wordcloudInputSchema,
  configSchema: wordcloudConfigSchema,
  configOf: (input) => ({ maxEntries: input.maxEntries, maxLength: input.maxLength }),
  responseSchema: wordcloudBallotSchema,
  validate(poll, ballot) {
    const checked = validateWords(ballot.words, poll.config);
    if (!checked.ok) return checked;
    return { ok: true, response: { type: "wordcloud", words: checked.words } };
  },
  counting: {
    method: `Words are counted regardless of case (German rules) and surrounding spaces, each at most once per ballot; stop words are not counted. The most frequent spelling is shown. The result lists the ${WORDCLOUD_RESULT_WORDS} most frequent words.`,
    ties: "Equal counts are listed in German alphabetical order.",
  },
  tabulate: (result) => result.words.map((word): ResultRow => ({ item: word.text, count: word.count, status: word.status })),
  createAggregate: () => createWordcloudAggregate(),
  moderation: {
    schema: wordcloudModerationSchema,
    actionSchema: wordcloudModerationActionSchema,
    apply(state, { action, key }) {
      const without = (list: string[]) => list.filter((entry) => entry !== key);
      if (action === "hide") return { hidden: [...without(state.hidden), key], approved: state.approved };
      if (action === "show") return { hidden: without(state.hidden), approved: state.approved };
      return { hidden: without(state.hidden), approved: [...without(state.approved), key] };
    },
    view: moderateWords,
    awaitingReview: (result) => result.words.filter((word) => word.status === "held").length,
  },
};
