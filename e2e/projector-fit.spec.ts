/**
 * The projector holds every poll from 2 to 10 items with the longest labels
 * and question the limits allow, in every state, at 1280×720 and 1920×1080:
 * nothing scrolls, nothing is cut off or overlaps, labels stay large.
 */
import type { Page } from "@playwright/test";
import { PresenterPage } from "./pages/presenter-page";
import { expectBoardFits } from "./support/board-fit";
import { castVotes, connectModerator, createEventViaApi, LONGEST_QUESTION, longGermanItems } from "./support/fixtures";
import { expect, test } from "./support/test";
import { PROJECTOR, PROJECTOR_SMALL, screenshot } from "./support/viewports";

/** The ranking board's rows, also before there are results (no ranks yet). */
const expectRankingBoardFits = (page: Page, itemCount: number, screen: string) => expectBoardFits(page, itemCount, screen, "ol[data-mode] > li");

for (const itemCount of [2, 5, 10]) {
  test(`${itemCount} items of the longest German labels fit the projector in every state @fit`, async ({ browser }) => {
    const items = longGermanItems(itemCount);
    const event = await createEventViaApi("Digitaler Staat 2025 – Forum Verwaltungsmodernisierung", [{ question: LONGEST_QUESTION, items }]);
    const poll = event.polls[0];
    if (!poll) throw new Error("no poll");
    const moderator = await connectModerator(event);
    const screens = await Promise.all(
      [PROJECTOR_SMALL, PROJECTOR].map(async (viewport) => {
        const projector = new PresenterPage(await browser.newPage({ viewport, locale: "de-DE" }));
        await projector.open(event.code);
        await expect(projector.page.getByRole("heading", { name: "Gleich geht es los" })).toBeVisible();
        return { projector, name: `${viewport.width}×${viewport.height}` };
      }),
    );

    await moderator.show(poll.id);
    for (const { projector, name } of screens) {
      await expect(projector.page.getByText("Startet gleich")).toBeVisible();
      await expectRankingBoardFits(projector.page, itemCount, `${name} starting soon`);
      if (itemCount === 10) await screenshot(projector.page, `projector-${name}-10-starting-soon`);
    }

    // Open without votes: the items, no ranks, no stub bars.
    await moderator.open(poll.id);
    for (const { projector, name } of screens) {
      await expect(projector.page.getByText(/Noch keine Stimmen/)).toBeVisible();
      await expect(projector.boardRows()).toHaveCount(0);
      await expectRankingBoardFits(projector.page, itemCount, `${name} open, no votes`);
    }

    const ids = poll.items.map((item) => item.id);
    await castVotes(event, poll.id, [ids, [...ids].reverse(), ids.slice(1), ids.slice(0, 2)]);
    for (const { projector, name } of screens) {
      await expect(projector.ballotCount("4 Stimmen")).toBeVisible();
      await expectRankingBoardFits(projector.page, itemCount, `${name} open with votes`);
      // Votes take room, but the question keeps at least two lines beside the result.
      const questionLines = await projector.page
        .getByRole("heading", { level: 1 })
        .evaluate((heading) => Math.round(heading.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(heading).lineHeight)));
      expect(questionLines, `${name}: lines of the question with votes`).toBeGreaterThanOrEqual(2);
      await screenshot(projector.page, `projector-${name}-${itemCount}-results`);
    }

    await moderator.close(poll.id);
    for (const { projector, name } of screens) {
      await expect(projector.page.getByText("Abstimmung beendet")).toBeVisible();
      await expectRankingBoardFits(projector.page, itemCount, `${name} closed`);
    }

    await moderator.showResults(poll.id, false);
    for (const { projector, name } of screens) {
      await expect(projector.page.getByRole("heading", { name: "Ergebnisse sind ausgeblendet" })).toBeVisible();
      const overflow = await projector.page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      expect(overflow, `${name} hidden`).toBeLessThanOrEqual(0);
    }
    moderator.disconnect();
  });
}

test("ties share a rank and say so; H hides the result on this screen, F goes fullscreen", async ({ browser }) => {
  const event = await createEventViaApi("Gleichstand", [{ question: "Was zuerst?", items: ["Zeit", "Geld", "Ruhe"] }]);
  const poll = event.polls[0];
  if (!poll) throw new Error("no poll");
  const [zeit, geld, ruhe] = poll.items.map((item) => item.id) as [string, string, string];
  const moderator = await connectModerator(event);
  await moderator.show(poll.id);
  await moderator.open(poll.id);
  moderator.disconnect();
  // Zeit 2+0 = 2, Geld 0+2 = 2 (one first place each), Ruhe 1+1 = 2: a three-way tie.
  await castVotes(event, poll.id, [
    [zeit, ruhe, geld],
    [geld, ruhe, zeit],
  ]);

  const projector = new PresenterPage(await browser.newPage({ viewport: PROJECTOR_SMALL, locale: "de-DE" }));
  await projector.open(event.code);
  await expect(projector.ballotCount("2 Stimmen")).toBeVisible();
  await expect(projector.boardRows()).toHaveCount(3);
  for (const row of await projector.boardRows().all()) await expect(row).toContainText("1=");
  await expect(projector.page.getByText("„=“ heißt Gleichstand", { exact: false })).toBeVisible();
  // "Einträge" are what is ranked, "Punkte" what they earn; one point is singular.
  await expect(projector.page.getByText("Borda-Zählung: Bei 3 Einträgen erhält Platz 1 2 Punkte,", { exact: false })).toBeVisible();
  await expect(projector.boardRows().first()).toContainText("2 Punkte");
  // The hidden labels of the statistics name what they count, not an example count.
  await expect(projector.page.locator("aside dt")).toHaveText(["Stimmen", "Beteiligung"]);
  await screenshot(projector.page, "projector-1280-tie");

  await projector.page.keyboard.press("h");
  await expect(projector.page.getByRole("heading", { name: "Ergebnisse sind ausgeblendet" })).toBeVisible();
  await expect(projector.page.getByText("Auf dieser Leinwand ausgeblendet.", { exact: false })).toBeVisible();
  await projector.page.keyboard.press("h");
  await expect(projector.boardRows()).toHaveCount(3);

  await projector.page.keyboard.press("f");
  await expect.poll(() => projector.page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(projector.page.getByRole("button", { name: /Vollbild beenden/ })).toBeVisible();
  await projector.page.keyboard.press("f");
  await expect.poll(() => projector.page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test("English speaks of one point and of items", async ({ browser }) => {
  const event = await createEventViaApi("Two items", [{ question: "Which first?", items: ["Time", "Money"] }]);
  const poll = event.polls[0];
  if (!poll) throw new Error("no poll");
  const moderator = await connectModerator(event);
  await moderator.show(poll.id);
  await moderator.open(poll.id);
  moderator.disconnect();
  await castVotes(event, poll.id, [[poll.items[0]?.id ?? ""]]);
  const projector = new PresenterPage(await browser.newPage({ viewport: PROJECTOR_SMALL, locale: "en-GB" }));
  await projector.open(event.code);
  await expect(projector.boardRows().first()).toContainText("1 point");
  await expect(projector.boardRows().first()).not.toContainText("1 points");
  await expect(projector.page.getByText("Borda count: with 2 items, rank 1 earns 1 point,", { exact: false })).toBeVisible();
});
