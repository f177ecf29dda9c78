/**
 * The `test` every spec uses: Playwright's, plus two duties. It fails the
 * test if any page broke the Content-Security-Policy (an inline script
 * without the nonce, a connection elsewhere, zod probing for eval), and once
 * the test ends it closes every browser context the test opened: specs open
 * several (phones, projectors, the console) from the worker's shared browser,
 * and left open their pages and sockets would pile up and slow later specs down.
 *
 * With the option `typeface: "host"` (the "host-fonts" project, which runs the
 * tests tagged @fit) every page loses the app's own font: its requests are
 * aborted and the metric-matched fallback faces are taken out of the
 * stylesheets, so the page falls through to whatever the machine has (here
 * DejaVu Sans, wider than most). Layouts must fit there too.
 */
import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";

export { expect };

export type Typeface = "bundled" | "host";

/** The app's own font files, and the fallback faces with its metrics (app/globals.css, next/font's "… Fallback"). */
const FONT_FILE = /\.woff2(\?|$)/;
const METRIC_FALLBACKS = /"?(atkinsonHyperlegible Fallback|Atkinson Fallback Liberation|Atkinson Fallback DejaVu)"?,\s*/g;

async function serveHostFontsOnly(context: BrowserContext): Promise<void> {
  await context.route(FONT_FILE, (route) => route.abort());
  await context.route(/\.css(\?|$)/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(METRIC_FALLBACKS, "") });
  });
}

export const test = base.extend<{ guardContexts: undefined; typeface: Typeface }>({
  typeface: ["bundled", { option: true }],
  guardContexts: [
    async ({ browser, typeface }, use) => {
      const violations: string[] = [];
      const newContext = browser.newContext.bind(browser);
      // Every context a spec makes comes through here, so its pages are watched from their first line.
      browser.newContext = async (options) => {
        const context = await newContext(options);
        if (typeface === "host") await serveHostFontsOnly(context);
        context.on("console", (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
        });
        return context;
      };
      try {
        await use(undefined);
      } finally {
        browser.newContext = newContext;
      }
      await Promise.all(browser.contexts().map((context) => context.close()));
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

/** Checks that the page draws with the typeface the project asks for: the app's own, or none of it. */
export async function expectTypeface(page: Page): Promise<void> {
  const wanted = (test.info().project.use as { typeface?: Typeface }).typeface ?? "bundled";
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.status === "loaded" && face.family.replaceAll('"', "") === "atkinsonHyperlegible").length);
  if (wanted === "bundled") expect(loaded, "the app's own font is loaded").toBeGreaterThan(0);
  else expect(loaded, "no face of the app's own font is loaded").toBe(0);
}
