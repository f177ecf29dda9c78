/**
 * How word cloud entries are counted: what makes two entries the same word,
 * and which words carry no meaning (stop words). The list comes from a
 * maintained package, `@orama/stopwords` (Snowball's German and English
 * lists: function words only, so "Zeit" or "Mensch" still count).
 */
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
