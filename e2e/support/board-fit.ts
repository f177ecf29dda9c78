import type { Page } from "@playwright/test";
import { expect, expectTypeface } from "./test";

/**
 * Checks a projector board of any kind: every row inside the screen and the
 * result area, rows in order without overlap, labels at or above the floor
 * (2.5 % of the screen height, at least 18 px), secondary figures at 14 px or
 * more, and no scrolling. `rows` selects the rows (by default the result rows).
 */
export async function expectBoardFits(page: Page, rowCount: number, screen: string, rows = "[data-testid=board-row]"): Promise<void> {
  await expectTypeface(page);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY));
  const report = await page.evaluate((selector) => {
    const rows = [...document.querySelectorAll(selector)].map((row) => {
      const label = row.querySelector("[data-part=label]") as HTMLElement;
      const stats = row.querySelector("[data-part=stats]");
      const box = row.getBoundingClientRect();
      const text = label.getBoundingClientRect();
      return {
        top: box.top,
        bottom: box.bottom,
        left: box.left,
        right: box.right,
        fontSize: Number.parseFloat(getComputedStyle(label).fontSize),
        statsSize: stats ? Number.parseFloat(getComputedStyle(stats).fontSize) : null,
        clipped: text.top < box.top - 0.5 || text.bottom > box.bottom + 0.5 || text.right > box.right + 0.5,
      };
    });
    const area = document.querySelector("main section")?.getBoundingClientRect();
    return {
      rows,
      areaBottom: area?.bottom ?? 0,
      pageOverflow: document.documentElement.scrollHeight - window.innerHeight,
      pageOverflowX: document.documentElement.scrollWidth - window.innerWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
    };
  }, rows);
  const floor = Math.max(18, Math.round(report.innerHeight * 0.025));
  expect(report.rows, screen).toHaveLength(rowCount);
  expect(report.pageOverflow, `${screen}: page scrolls`).toBeLessThanOrEqual(0);
  expect(report.pageOverflowX, `${screen}: page scrolls sideways`).toBeLessThanOrEqual(0);
  report.rows.forEach((row, index) => {
    expect(row.fontSize, `${screen}: label ${index + 1} size`).toBeGreaterThanOrEqual(floor);
    if (row.statsSize !== null) expect(row.statsSize, `${screen}: statistics ${index + 1} size`).toBeGreaterThanOrEqual(14);
    expect(row.bottom, `${screen}: row ${index + 1} below the result area`).toBeLessThanOrEqual(report.areaBottom + 1);
    expect(row.right, `${screen}: row ${index + 1} cut off`).toBeLessThanOrEqual(report.innerWidth);
    expect(row.clipped, `${screen}: label ${index + 1} runs out of its row`).toBe(false);
    // Rows may flow in two columns (fit-stage.ts): no row's box may cross an earlier one's.
    report.rows.slice(0, index).forEach((earlier, earlierIndex) => {
      const overlaps = row.left < earlier.right - 0.5 && earlier.left < row.right - 0.5 && row.top < earlier.bottom - 0.5 && earlier.top < row.bottom - 0.5;
      expect(overlaps, `${screen}: row ${index + 1} overlaps row ${earlierIndex + 1}`).toBe(false);
    });
  });
}
