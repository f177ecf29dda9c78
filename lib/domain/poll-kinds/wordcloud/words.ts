/**
 * How word cloud entries are counted: what makes two entries the same word,
 * which words carry no meaning (stop words), and which are held for the
 * moderator's review (the blocklist). Lists come from maintained packages:
 * `@orama/stopwords` (Snowball's German and English lists: function words
 * only, so "Zeit" or "Mensch" still count) and `naughty-words` (LDNOOBW,
 * German and English).
 */
import blockedGerman from "naughty-words/de.json" with { type: "json" };
import blockedEnglish from "naughty-words/en.json" with { type: "json" };
import { stopwords as englishStopWords } from "@orama/stopwords/english";
import { stopwords as germanStopWords } from "@orama/stopwords/german";
import { cleanText } from "../../text/clean-text";

/**
 * The key two entries share when they are the same word: cleaned, then lower
 * case by German rules. ß stays ß, so "STRASSE" and "Straße" stay apart,
 * while "Vertrauen" and " vertrauen " count together.
 */
export function wordKey(text: string): string {
  return cleanText(text).toLocaleLowerCase("de");
}

const STOP_WORDS = new Set([...germanStopWords, ...englishStopWords].map(wordKey));

/** Whether an entry is only a word without meaning of its own ("und", "the"). */
export const isStopWord = (key: string) => STOP_WORDS.has(key);

const BLOCKED = [...blockedGerman, ...blockedEnglish].map(wordKey);
const BLOCKED_WORDS = new Set(BLOCKED);
/** Longer entries of the list are matched inside words too (compounds); short ones only as whole words. */
const BLOCKED_FRAGMENTS = BLOCKED.filter((entry) => entry.length >= 6 && !entry.includes(" "));

/** Whether an entry is held for review: it is, or contains, a word of the blocklist. */
export function isBlockedWord(key: string): boolean {
  if (BLOCKED_WORDS.has(key)) return true;
  const words = key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.some((word) => BLOCKED_WORDS.has(word)) || BLOCKED_FRAGMENTS.some((fragment) => key.includes(fragment));
}
