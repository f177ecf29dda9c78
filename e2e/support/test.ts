/**
 * The `test` every spec uses: Playwright's, plus closing every browser
 * context a test opened once it ends. Specs open several contexts (phones,
 * projectors, the console) from the worker's shared browser; left open, their
 * pages and sockets would pile up over the run and slow later specs down.
 */
import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";

export const test = base.extend<{ closeContexts: undefined }>({
  closeContexts: [
    async ({ browser }, use) => {
      await use(undefined);
      await Promise.all(browser.contexts().map((context) => context.close()));
    },
    { auto: true },
  ],
});
