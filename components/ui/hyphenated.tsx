"use client";

import { useEffect, useState } from "react";

type Hyphenate = (text: string) => string;

// The patterns are ~100 kB compressed: fetched once, after the first paint, never in the way of a vote,
// and only where the browser cannot hyphenate German itself.
let hyphenateGerman: Hyphenate | null = null;
let loading: Promise<Hyphenate> | null = null;
let native: boolean | null = null;

/**
 * Whether the browser hyphenates German by itself (CSS `hyphens: auto`, as
 * Android's Chrome and iOS's Safari do): a long compound in a narrow box
 * then takes more than one line. Only on a German page, since `hyphens`
 * follows the page's language and the content is German either way.
 */
function browserHyphenatesGerman(): boolean {
  if (document.documentElement.lang !== "de") return false;
  if (native !== null) return native;
  const probe = document.createElement("span");
  probe.lang = "de";
  probe.textContent = "Verwaltungsdigitalisierungsstrategie";
  probe.style.cssText =
    "position:absolute;visibility:hidden;display:block;width:6em;font-size:16px;line-height:20px;hyphens:auto;-webkit-hyphens:auto;overflow-wrap:normal;word-break:normal";
  document.body.append(probe);
  native = probe.getBoundingClientRect().height > 30;
  probe.remove();
  return native;
}

function loadHyphenation(): Promise<Hyphenate> {
  loading ??= import("hyphen/de").then((patterns) => {
    // Soft hyphens (U+00AD) only in words of 10 letters or more: German compounds, not "Zeit".
    hyphenateGerman = (text) => patterns.hyphenateSync(text, { minWordLength: 10 });
    return hyphenateGerman;
  });
  return loading;
}

/**
 * Soft-hyphenates text so that long German compounds break at syllables
 * ("Verwaltungs-digitalisierungs-strategie") instead of at an arbitrary letter.
 * Browsers only hyphenate by themselves where they ship a dictionary, which
 * many (Chromium on Linux among them) do not; where they do, the text stays
 * as it is and CSS hyphenates it. Until the patterns are loaded, the text is
 * returned as it is; CSS still breaks it anywhere as a last resort.
 */
export function useHyphenate(): Hyphenate {
  const [hyphenate, setHyphenate] = useState<Hyphenate>(() => hyphenateGerman ?? ((text: string) => text));
  useEffect(() => {
    if (hyphenateGerman || browserHyphenatesGerman()) return;
    let current = true;
    void loadHyphenation().then((loaded) => {
      if (current) setHyphenate(() => loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  return hyphenate;
}

/**
 * Text shown hyphenated; assistive technology and text search get it without
 * the soft hyphens, exactly as the moderator typed it.
 */
export function Hyphenated({ text }: { text: string }) {
  const hyphenate = useHyphenate();
  const shown = hyphenate(text);
  if (shown === text) return <>{text}</>;
  return (
    <>
      <span aria-hidden="true">{shown}</span>
      <span className="sr-only">{text}</span>
    </>
  );
}
