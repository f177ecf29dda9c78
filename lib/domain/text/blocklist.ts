/**
 * Words held for the moderator's review before the audience sees them:
 * LDNOOBW's German and English lists (`naughty-words`), matched on German
 * lower case. Free text of every kind is checked here.
 */
import blockedGerman from "naughty-words/de.json" with { type: "json" };
import blockedEnglish from "naughty-words/en.json" with { type: "json" };

const lower = (text: string) => text.toLocaleLowerCase("de");
const BLOCKED = [...blockedGerman, ...blockedEnglish].map(lower);
const BLOCKED_WORDS = new Set(BLOCKED);
/** Longer entries of the list are matched inside words too (compounds); short ones only as whole words. */
const BLOCKED_FRAGMENTS = BLOCKED.filter((entry) => entry.length >= 6 && !entry.includes(" "));

/** Whether cleaned text is, or contains, a word of the blocklist. */
export function containsBlockedWord(text: string): boolean {
  const key = lower(text);
  if (BLOCKED_WORDS.has(key)) return true;
  const words = key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.some((word) => BLOCKED_WORDS.has(word)) || BLOCKED_FRAGMENTS.some((fragment) => key.includes(fragment));
}
