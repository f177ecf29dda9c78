import type { Browser, BrowserContext, Page } from "@playwright/test";
import { test } from "./test";

export const PHONE = { width: 390, height: 844 };
export const PROJECTOR = { width: 1920, height: 1080 };
export const PROJECTOR_SMALL = { width: 1280, height: 720 };
export const DESKTOP = { width: 1440, height: 960 };
/** The projector sizes every board must fit, with their names in assertion messages. */
export const PROJECTORS = [
  [PROJECTOR, "1920×1080"],
  [PROJECTOR_SMALL, "1280×720"],
] as const;

export function newContext(browser: Browser, viewport: { width: number; height: number }, locale = "de-DE"): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale, hasTouch: viewport === PHONE });
}

/** Saves a screenshot under test-results/screenshots/ for people to look at; asserts nothing. */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Let rows and bars finish moving, so the picture shows the state, not a frame of motion.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY));
  // The host-fonts project's pictures go beside, not over, those in the app's own font.
  const folder = test.info().project.name === "host-fonts" ? "screenshots/host-fonts" : "screenshots";
  await page.screenshot({ path: `test-results/${folder}/${name}.png` });
}
