/** The languages of the UI and how one is picked for a request. Pure: no Next, no cookies API. */
export const LOCALES = ["de", "en"] as const;
export type Locale = (typeof LOCALES)[number];
/** German first: most of our users are German public-sector organisations. */
export const DEFAULT_LOCALE: Locale = "de";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The explicit choice (cookie) wins; else the browser's most preferred
 * language we speak (Accept-Language, by q-value); else German.
 */
export function negotiateLocale(args: { cookie?: string; acceptLanguage?: string | null }): Locale {
  if (isLocale(args.cookie)) return args.cookie;
  const preferences = (args.acceptLanguage ?? "")
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { language: tag.toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((p) => p.language && Number.isFinite(p.q) && p.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return preferences.map((p) => p.language).find(isLocale) ?? DEFAULT_LOCALE;
}
