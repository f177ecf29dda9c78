/**
 * Hyphenates German text off the main thread: the patterns are ~280 kB of
 * script whose evaluation alone would block a phone for a noticeable moment.
 * Answers each batch of texts with the same texts, soft-hyphenated.
 */
import { hyphenateSync } from "hyphen/de";

export interface HyphenationRequest {
  texts: string[];
}
export interface HyphenationAnswer {
  texts: string[];
  hyphenated: string[];
}

self.addEventListener("message", (message: MessageEvent<HyphenationRequest>) => {
  const { texts } = message.data;
  // Soft hyphens (U+00AD) only in words of 10 letters or more: German compounds, not "Zeit".
  const answer: HyphenationAnswer = { texts, hyphenated: texts.map((text) => hyphenateSync(text, { minWordLength: 10 })) };
  self.postMessage(answer);
});
