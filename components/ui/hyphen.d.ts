/** The German patterns of the "hyphen" package (Liang's algorithm, TeX's de-1996 patterns); it ships no types. */
declare module "hyphen/de" {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
