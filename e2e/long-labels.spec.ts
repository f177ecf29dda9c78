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
    if (width === 320) {
      // Once the labels carry soft hyphens, each item's name still begins with the text it shows (WCAG 2.5.3).
      await expect(phone.poolItem(items[3] ?? "")).toContainText("\u00ad");
      await expectNoAxeViolations(phone.page, "phone (ranking of the longest labels, hyphenated)");
    }
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

test("on a 320×568 phone every kind's first answer control is in view without scrolling; the longest question folds behind „mehr“ @fit", async ({ browser }) => {
  // The longest question the limit allows, over items of a realistic length (the longest items are the test above).
  const items = ["Digitale Antragsverfahren Ende-zu-Ende", "Registermodernisierung", "Barrierefreiheit nach BITV 2.0", "Informationssicherheit in Kommunen"];
  const event = await createEventViaApi("Digitaler Staat 2025 – Forum Verwaltungsdigitalisierungsstrategie", [
    { type: "ranking", question: LONGEST_QUESTION, items },
    { type: "choice", question: LONGEST_QUESTION, items, maxChoices: 3 },
    { type: "scale", question: LONGEST_QUESTION, items, scale: { min: 1, max: 5, minLabel: "gar nicht", maxLabel: "voll und ganz" } },
    { type: "points", question: LONGEST_QUESTION, items, budget: 100 },
    { type: "quiz", question: LONGEST_QUESTION, items, correct: [0], timeLimitSeconds: 120 },
    { type: "wordcloud", question: LONGEST_QUESTION, items: [], maxEntries: 3, maxLength: 40 },
    { type: "open_text", question: LONGEST_QUESTION, maxEntries: 3, maxLength: 280 },
    { type: "qa", question: LONGEST_QUESTION, allowNames: true },
  ]);
  const moderator = await connectModerator(event);
  const context = await browser.newContext({ viewport: { width: 320, height: 568 }, locale: "de-DE", hasTouch: true });
  const phone = new AttendeePage(await context.newPage());
  await phone.open(event.code);
  for (const poll of event.polls) {
    await moderator.show(poll.id);
    await moderator.open(poll.id);
    const question = phone.question(LONGEST_QUESTION);
    await expect(question).toBeVisible();
    // The first thing to answer with: a field, an option or an item, whatever the kind asks for.
    const firstControl = phone.page.locator("article").locator("input:not([type=hidden]), textarea, button:not([aria-controls=question])").first();
    await expect(firstControl).toBeVisible();
    await screenshot(phone.page, `phone-320x568-${poll.type}`);
    const box = await firstControl.boundingBox();
    expect(await phone.page.evaluate(() => window.scrollY), `${poll.type}: the page starts at the top`).toBe(0);
    expect((box?.y ?? 0) + (box?.height ?? 0), `${poll.type}: bottom of the first answer control`).toBeLessThanOrEqual(568);
  }
  // The whole question is one tap away, and the heading carries it in full for screen readers either way.
  const question = phone.question(LONGEST_QUESTION);
  const folded = (await question.boundingBox())?.height ?? 0;
  await phone.page.getByRole("button", { name: "mehr" }).click();
  await expect(phone.page.getByRole("button", { name: "weniger" })).toHaveAttribute("aria-expanded", "true");
  expect((await question.boundingBox())?.height ?? 0).toBeGreaterThan(folded * 2);
  moderator.disconnect();
  await context.close();
});
