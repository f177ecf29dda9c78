/**
 * The `test` every spec uses: Playwright's, plus two duties. It fails the
 * test if any page broke the Content-Security-Policy (an inline script
 * without the nonce, a connection elsewhere, zod probing for eval), and once
 * the test ends it closes every browser context the test opened: specs open
 * several (phones, projectors, the console) from the worker's shared browser,
 * and left open their pages and sockets would pile up and slow later specs down.
 */
import { test as base, expect } from "@playwright/test";

export { expect };

export const test = base.extend<{ guardContexts: undefined }>({
  guardContexts: [
    async ({ browser }, use) => {
      const violations: string[] = [];
      const newContext = browser.newContext.bind(browser);
      // Every context a spec makes comes through here, so its pages are watched from their first line.
      browser.newContext = async (options) => {
        const context = await newContext(options);
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
