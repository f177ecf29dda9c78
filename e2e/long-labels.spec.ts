/**
 * The longest realistic German labels the limits allow, on the narrowest
 * phones: no page scrolls sideways, no label or move button is cut off.
 */
import type { Page } from "@playwright/test";
import { AttendeePage } from "./pages/attendee-page";
import { expectNoAxeViolations } from "./support/axe";
import { connectModerator, createEventViaApi, LONGEST_QUESTION, longGermanItems } from "./support/fixtures";
import { expect, test } from "./support/test";
import { screenshot } from "./support/viewports";

const WIDTHS = [320, 360, 390] as const;

async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${screen} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

/** Every visible button lies fully inside the viewport. */
async function expectButtonsInside(page: Page, width: number, screen: string): Promise<void> {
  const outside = await page.evaluate((viewportWidth) => {
    return [...document.querySelectorAll("button")]
      .map((button) => ({ name: button.getAttribute("aria-label") ?? button.textContent ?? "", box: button.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > viewportWidth + 0.5))
      .map(({ name }) => name);
  }, width);
  expect(outside, `buttons cut off on ${screen}`).toEqual([]);
}

test("a ten-item poll of the longest German labels fits phones of 320, 360 and 390 px @fit", async ({ browser }) => {
  const items = longGermanItems(10);
  const event = await createEventViaApi("Digitaler Staat 2025 – Forum Verwaltungsdigitalisierungsstrategie", [
    { question: LONGEST_QUESTION, items },
  ]);
  const pollId = event.polls[0]?.id ?? "";

  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 740 }, locale: "de-DE", hasTouch: true });
    const phone = new AttendeePage(await context.newPage());
    const moderator = await connectModerator(event);
    await moderator.show(null);
    await phone.open(event.code);
    await expect(phone.page.getByRole("heading", { name: "Gleich geht es los" })).toBeVisible();
    await expectNoSidewaysScroll(phone.page, `waiting screen at ${width}px`);

    await moderator.show(pollId);
    await moderator.open(pollId);
    moderator.disconnect();
    await expect(phone.question(LONGEST_QUESTION)).toBeVisible();
    await phone.poolItem(items[0] ?? "").click();
    await phone.poolItem(items[1] ?? "").click();
    await phone.poolItem(items[2] ?? "").click();
    await expectNoSidewaysScroll(phone.page, `ballot at ${width}px`);
    await expectButtonsInside(phone.page, width, `ballot at ${width}px`);
    // The label of a ranked row gets (nearly) the whole row: the move buttons sit below it.
    const label = phone.rankedLabels().first().locator("span").filter({ hasText: items[0] ?? "" }).first();
    expect((await label.boundingBox())?.width ?? 0).toBeGreaterThan(width * 0.6);
    await screenshot(phone.page, `phone-${width}-long-labels`);
    await context.close();
  }
});

test("the moderator console fits a 320 px phone with the longest labels, live controls first @fit", async ({ browser }) => {
  const items = longGermanItems(10);
  const event = await createEventViaApi("Verwaltungsdigitalisierungsstrategiekonferenz", [{ question: LONGEST_QUESTION, items }]);
  const context = await browser.newContext({ viewport: { width: 320, height: 740 }, locale: "de-DE", hasTouch: true });
  const page = await context.newPage();
  await page.goto(`/moderate/${event.moderatorToken}`);
  const controls = page.getByRole("heading", { level: 2, name: LONGEST_QUESTION });
  await expect(controls).toBeVisible();
  await expectNoSidewaysScroll(page, "moderator at 320px");
  const controlsTop = (await controls.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  const listTop = (await page.getByRole("heading", { level: 2, name: "Umfragen" }).boundingBox())?.y ?? 0;
  expect(controlsTop).toBeLessThan(listTop);
  await page.getByRole("button", { name: /^Bearbeiten/ }).click();
  await expect(page.getByRole("form", { name: "Umfrage bearbeiten" })).toBeVisible();
  await expectNoSidewaysScroll(page, "poll editor at 320px");
  await screenshot(page, "moderator-320-editor");
  await context.close();
});

test("every other kind's largest poll of the longest German labels fits a 320 px phone @fit", async ({ browser }) => {
  const event = await createEventViaApi("Digitaler Staat 2025 – Forum Verwaltungsdigitalisierungsstrategie", [
    { type: "choice", question: LONGEST_QUESTION, items: longGermanItems(10), maxChoices: 3 },
    {
      type: "scale",
      question: LONGEST_QUESTION,
      items: longGermanItems(10),
      scale: { min: 0, max: 10, minLabel: "überhaupt nicht einverstanden", maxLabel: "vollkommen einverstanden" },
    },
    { type: "points", question: LONGEST_QUESTION, items: longGermanItems(10), budget: 1000 },
    { type: "quiz", question: LONGEST_QUESTION, items: longGermanItems(6), correct: [0], timeLimitSeconds: 120 },
    { type: "wordcloud", question: LONGEST_QUESTION, items: [], maxEntries: 5, maxLength: 60 },
    { type: "open_text", question: LONGEST_QUESTION, maxEntries: 10, maxLength: 500 },
    { type: "qa", question: LONGEST_QUESTION, allowNames: true },
  ]);
  const moderator = await connectModerator(event);
  const context = await browser.newContext({ viewport: { width: 320, height: 740 }, locale: "de-DE", hasTouch: true });
  const phone = new AttendeePage(await context.newPage());
  await phone.open(event.code);
  for (const poll of event.polls) {
    await moderator.show(poll.id);
    await moderator.open(poll.id);
    await expect(phone.question(LONGEST_QUESTION)).toBeVisible();
    const answerButton = phone.page.getByRole("button", { name: /^(Antwort A|Antwort senden|Frage senden)/ });
    await expect(phone.page.getByRole("timer").or(phone.submit).or(answerButton).first()).toBeVisible();
    await expectNoSidewaysScroll(phone.page, `${poll.type} at 320px`);
    await expectButtonsInside(phone.page, 320, `${poll.type} at 320px`);
    await expectNoAxeViolations(phone.page, `phone (${poll.type}, longest labels)`);
    await screenshot(phone.page, `phone-320-${poll.type}-long-labels`);
    if (poll.type === "points") {
      // Labels get the whole width of their row; the stepper sits below beside the slider.
      const widths = await phone.page.locator("form li").evaluateAll((rows) =>
        rows.map((row) => (row.querySelector("label")?.getBoundingClientRect().width ?? 0) / row.getBoundingClientRect().width),
      );
      expect(widths.length).toBe(10);
      for (const share of widths) expect(share, "share of the row a points label gets").toBeGreaterThan(0.85);
    }
  }
  moderator.disconnect();
  await context.close();
});
