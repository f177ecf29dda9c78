import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails with the list of violations if the page breaks any WCAG 2.1 A/AA rule axe can check, label in name included. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  // Colours caught mid-transition (a button turning enabled) are not what anyone reads.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY));
  // Label in name (WCAG 2.5.3) is an experimental rule in axe, off unless asked for.
  // (Both in one options object: AxeBuilder's options() replaces what withTags() set.)
  const { violations } = await new AxeBuilder({ page })
    .options({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      rules: { "label-content-name-mismatch": { enabled: true } },
    })
    .analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}
