/**
 * Open answers side by side: the moderator makes the poll in the console
 * (pre-moderation), a German and an English phone send answers, the moderator
 * works through the queue with the keyboard, features one, switches to
 * post-moderation, and the projector's wall follows. A wall full of the
 * longest answers fits 1920×1080 and 1280×720.
 */
import type { Page } from "@playwright/test";
import { AttendeePage } from "./pages/attendee-page";
import { ModeratorPage } from "./pages/moderator-page";
import { PresenterPage } from "./pages/presenter-page";
import { expectNoAxeViolations } from "./support/axe";
import { LONGEST_QUESTION, openEntryPollWith } from "./support/fixtures";
import { expect, test } from "./support/test";
import { DESKTOP, newContext, PHONE, PROJECTOR, PROJECTORS, screenshot } from "./support/viewports";

const wallCards = (page: Page) => page.getByTestId("answer-wall").locator("li");

/** The wall stays inside its screen: nothing scrolls, no card runs out to the side, the text is big enough to read. */
async function expectWallFits(page: Page, screen: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY));
  const report = await page.evaluate(() => {
    const wall = document.querySelector("[data-testid=answer-wall]")?.getBoundingClientRect();
    const cards = [...document.querySelectorAll("[data-testid=answer-wall] li")];
    return {
      overflow: document.documentElement.scrollHeight - window.innerHeight,
      overflowX: document.documentElement.scrollWidth - window.innerWidth,
      sideways: cards.filter((card) => card.getBoundingClientRect().right > (wall?.right ?? 0) + 1).length,
      smallest: Math.min(...cards.map((card) => Number.parseFloat(getComputedStyle(card).fontSize))),
      visible: cards.filter((card) => card.getBoundingClientRect().top < (wall?.bottom ?? 0)).length,
    };
  });
  expect(report.overflow, `${screen}: page scrolls`).toBeLessThanOrEqual(0);
  expect(report.overflowX, `${screen}: page scrolls sideways`).toBeLessThanOrEqual(0);
  expect(report.sideways, `${screen}: cards cut off at the side`).toBe(0);
  expect(report.smallest, `${screen}: answer text size`).toBeGreaterThanOrEqual(18);
  expect(report.visible, `${screen}: answers on screen`).toBeGreaterThanOrEqual(4);
}

test("open answers: made in the console, sent from two phones, reviewed by keyboard, shown on a calm wall", async ({ browser }) => {
  const moderator = new ModeratorPage(await (await newContext(browser, DESKTOP)).newPage());
  const code = await moderator.createEvent("Forum Digitaler Staat");
  const page = moderator.page;
  await page.getByRole("button", { name: "+ Neue Umfrage" }).click();
  const form = page.getByRole("form", { name: "Neue Umfrage" });
  await form.getByLabel("Frage", { exact: true }).fill("Was wünschen Sie sich von der digitalen Verwaltung?");
  await form.getByRole("radio", { name: /Offene Antworten/ }).check();
  await form.getByRole("radio", { name: /Vorab prüfen/ }).check();
  await form.getByLabel("Antworten pro Person").selectOption("2");
  await expectNoAxeViolations(page, "moderator (open answers editor)");
  await form.getByRole("button", { name: "Umfrage anlegen" }).click();
  await expect(form).toBeHidden();
  await moderator.select("Was wünschen Sie sich von der digitalen Verwaltung?");
  await moderator.button("Auf Leinwand und Handys zeigen").click();
  await moderator.startVoting();

  const projector = new PresenterPage(await (await newContext(browser, PROJECTOR)).newPage());
  await projector.open(code);
  await expect(projector.page.getByText("Noch keine Antworten.")).toBeVisible();

  const german = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await german.open(code);
  await german.page.getByLabel("Ihre Antwort").fill("Termine beim Bürgeramt online buchen");
  await expectNoAxeViolations(german.page, "phone (open answers)");
  await german.page.getByRole("button", { name: "Antwort senden" }).click();
  const own = german.page.getByTestId("own-entries");
  await expect(own.getByText("Termine beim Bürgeramt online buchen")).toBeVisible();
  await expect(own.getByText("Wartet auf Freigabe")).toBeVisible();
  await expect(german.page.getByLabel("Noch eine Antwort")).toBeFocused();

  const english = new AttendeePage(await (await newContext(browser, PHONE, "en-US")).newPage());
  await english.open(code);
  await english.page.getByLabel("Your answer").fill("Fewer forms, more once-only");
  await english.page.getByRole("button", { name: "Send answer" }).click();
  await english.page.getByLabel("Another answer").fill("Spam spam spam");
  await english.page.getByRole("button", { name: "Send answer" }).click();
  await expect(english.page.getByText("You have sent all 2 answers. Thank you!")).toBeVisible();
  await screenshot(english.page, "open-answers-phone-en");

  // The queue, oldest first: approve with A, hide with H, the focus staying in the queue.
  const queue = page.getByRole("list", { name: "Zur Prüfung" });
  await expect(queue.getByRole("listitem")).toHaveCount(3);
  await expect(projector.page.getByText("3 Antworten werden gerade geprüft …")).toBeVisible();
  await expectNoAxeViolations(page, "moderator (answer queue)");
  await queue.getByRole("listitem").first().focus();
  await page.keyboard.press("a");
  await expect(queue.getByRole("listitem")).toHaveCount(2);
  await expect(queue.getByRole("listitem").first()).toBeFocused();
  await page.keyboard.press("a");
  await expect(queue.getByRole("listitem")).toHaveCount(1);
  await page.keyboard.press("h");
  await expect(page.getByText("Nichts zu prüfen.")).toBeVisible();

  // The wall shows the approved, newest first; the hidden one nowhere.
  await expect(wallCards(projector.page)).toHaveText(["Fewer forms, more once-only", "Termine beim Bürgeramt online buchen"]);
  await expect(projector.page.getByText("Spam spam spam")).toHaveCount(0);
  await expect(own.getByText("Sichtbar")).toBeVisible();
  await expect(english.page.getByText("Hidden by the moderator")).toBeVisible();

  // Feature one; switch to post-moderation: the next answer shows at once.
  await page.getByRole("button", { name: "„Termine beim Bürgeramt online buchen“ groß zeigen" }).click();
  await expect(projector.page.getByText("Im Fokus")).toBeVisible();
  await page.getByRole("radio", { name: /Sofort zeigen/ }).click();
  await expect(page.getByRole("radio", { name: /Sofort zeigen/ })).toBeChecked();
  await german.page.getByLabel("Noch eine Antwort").fill("Offene Daten als Standard");
  await german.page.getByRole("button", { name: "Antwort senden" }).click();
  await expect(wallCards(projector.page)).toHaveText(["Offene Daten als Standard", "Fewer forms, more once-only"]);
  await expect(german.page.getByText("Sie haben alle 2 Antworten gesendet. Danke!")).toBeVisible();
  await expectNoAxeViolations(projector.page, "projector (answer wall)");
  await expectNoAxeViolations(german.page, "phone (own answers)");
  await screenshot(projector.page, "open-answers-projector-1920");
  await screenshot(german.page, "open-answers-phone-de");
  await screenshot(page, "open-answers-moderator");

  // A poll of entries is reset by deleting its answers, and the console says so.
  await expect(moderator.button("Einträge löschen")).toBeVisible();

  // Closing: phones keep what they sent.
  await moderator.closeVoting();
  await expect(german.page.getByText("Die Runde ist beendet. Vielen Dank fürs Mitmachen!")).toBeVisible();
  await expect(own.getByRole("listitem")).toHaveCount(2);
});

test("a wall full of the longest answers fits the projector at 1920×1080 and 1280×720 @fit", async ({ browser }) => {
  const long =
    "Ende-zu-Ende-Digitalisierung der Verwaltungsleistungen nach dem Onlinezugangsgesetz, mit Once-only-Prinzip, Registermodernisierung und einer Datenschutzfolgenabschätzung für jedes Fachverfahren – und bitte barrierefrei nach BITV 2.0 für alle Bürgerinnen und Bürger.";
  const texts = Array.from({ length: 10 }, (_, i) =>
    i % 2 === 0 ? `${i + 1}. ${long}`.slice(0, 280) : `${i + 1}. Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen`,
  );
  const { event, pollId, moderator, entries } = await openEntryPollWith(
    { type: "open_text", question: LONGEST_QUESTION, maxLength: 500, maxEntries: 10 },
    texts,
  );
  await moderator.moderate(pollId, { type: "open_text", action: "feature", entryId: entries[0]?.id ?? null });
  for (const [viewport, name] of PROJECTORS) {
    const projector = new PresenterPage(await (await newContext(browser, viewport)).newPage());
    await projector.open(event.code);
    await expect(projector.page.getByText("Im Fokus")).toBeVisible();
    await expectWallFits(projector.page, name);
    await screenshot(projector.page, `open-answers-longest-${viewport.width}`);
    await projector.page.context().close();
  }
  moderator.disconnect();
});
