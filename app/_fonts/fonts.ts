/**
 * The app's own typefaces, served from its own origin: Atkinson Hyperlegible
 * Next (made by the Braille Institute for low-vision readers; clear letter
 * shapes at projector distance and on small phones) and its monospace sibling
 * for join codes. Both come from npm (Fontsource), so every machine shows the
 * same type whatever fonts it has, and nothing loads from another host.
 *
 * next/font preloads the text face's Latin file (all of German: umlauts, ß, „quotes“, –, €)
 * and generates a fallback face on Arial with matching metrics (size-adjust,
 * ascent and descent overrides); app/globals.css adds the same for Linux's
 * Liberation Sans and DejaVu Sans. So the first paint in the fallback does not
 * reflow when the font arrives, and a screen whose font is blocked keeps the
 * layout it was fitted to. The latin-ext file carries the rest of Europe's letters
 * (ẞ, Polish, Czech …) and loads only for a page that uses one.
 */
import localFont from "next/font/local";


export const atkinsonHyperlegible = localFont({
  src: "../../node_modules/@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2",
  weight: "200 800",
  style: "normal",
  display: "swap",
  variable: "--font-sans",
  adjustFontFallback: "Arial",
});

export const atkinsonHyperlegibleExtended = localFont({
  src: "../../node_modules/@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-ext-wght-normal.woff2",
  weight: "200 800",
  style: "normal",
  display: "swap",
  variable: "--font-sans-extended",
  preload: false,
  adjustFontFallback: false,
  // Fontsource's unicode-range of the latin-ext subset (its own CSS), so that file loads only when needed.
  // next/font needs literals here, hence no constant.
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
});

export const atkinsonHyperlegibleMono = localFont({
  src: "../../node_modules/@fontsource-variable/atkinson-hyperlegible-mono/files/atkinson-hyperlegible-mono-latin-wght-normal.woff2",
  weight: "200 800",
  style: "normal",
  display: "swap",
  variable: "--font-mono-face",
  // Codes are not the first thing a phone reads; the browser fetches the file when a code is on screen.
  preload: false,
  adjustFontFallback: false,
});

/** The class names that define the font variables, for the root element. */
export const fontVariables = [atkinsonHyperlegible.variable, atkinsonHyperlegibleExtended.variable, atkinsonHyperlegibleMono.variable].join(" ");
