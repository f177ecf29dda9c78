/**
 * A word cloud side by side: the moderator makes it in the console, two phones
 * send words, the projector draws the cloud, and the moderator's review keeps
 * a blocklisted word off the projector until approved and hides another one
 * at once.
 */
import type { Page } from "@playwright/test";
import { AttendeePage } from "./pages/attendee-page";
import { ModeratorPage } from "./pages/moderator-page";
import { PresenterPage } from "./pages/presenter-page";
import { expectNoAxeViolations } from "./support/axe";
import { castBallots, connectModerator, createEventViaApi } from "./support/fixtures";
import { expect, test } from "./support/test";
import { DESKTOP, newContext, PHONE, PROJECTOR, PROJECTOR_SMALL, PROJECTORS, screenshot } from "./support/viewports";

const cloudWords = (page: Page) => page.getByTestId("cloud-word");

/** Every word of the cloud lies inside the cloud's box, no two words' boxes overlap, and the page does not scroll. */
async function expectCloudFits(page: Page, screen: string): Promise<void> {
  // Only the fade-in of new words may run; nothing moves, so this waits for no motion.
  await expect(page.getByTestId("word-cloud")).not.toHaveAttribute("data-busy");
  const report = await page.evaluate(() => {
    const box = document.querySelector("[data-testid=word-cloud]")?.getBoundingClientRect();
    const words = [...document.querySelectorAll("[data-testid=cloud-word]")].map((word) => ({ text: word.textContent, box: word.getBoundingClientRect() }));
    const overlapping = words.flatMap((word, index) =>
      words
        .slice(0, index)
        .filter(({ box: other }) => word.box.left < other.right - 0.5 && other.left < word.box.right - 0.5 && word.box.top < other.bottom - 0.5 && other.top < word.box.bottom - 0.5)
        .map((other) => `${word.text} × ${other.text}`),
    );
    return {
      outside: words.filter(({ box: word }) => !box || word.left < box.left - 1 || word.right > box.right + 1 || word.top < box.top - 1 || word.bottom > box.bottom + 1).length,
      overlapping,
      overflow: document.documentElement.scrollHeight - window.innerHeight,
    };
  });
  expect(report.outside, `${screen}: words outside the cloud`).toBe(0);
  expect(report.overlapping, `${screen}: words on top of each other`).toEqual([]);
  expect(report.overflow, `${screen}: page scrolls`).toBeLessThanOrEqual(0);
}

/** Words that 58 people might send about New Work, with some said by many. */
const NEW_WORK_WORDS = (
  "Vertrauen Homeoffice Flexibilität Digitalisierung Teamgeist Verantwortung Weiterbildung Barrierefreiheit Datenschutz Zusammenarbeit " +
  "Wertschätzung Agilität Transparenz Führung Sinn Freiheit Effizienz Kommunikation Nachhaltigkeit Innovation Selbstorganisation " +
  "Arbeitszeitmodelle Desksharing Videokonferenz Fortbildung Gesundheit Balance Kultur Wandel Offenheit Mut Fehlerkultur Eigenverantwortung " +
  "Kollaboration Werkzeuge Netzwerk Coaching Feedback Klarheit Verwaltungsmodernisierung Bürgernähe Ergebnisorientierung Prozesse Automatisierung " +
  "Rechtssicherheit Beteiligung Vielfalt Inklusion Motivation Entlastung Lernen Experimente Räume Ausstattung Dienstvereinbarung Personalrat Zukunft Tempo"
).split(" ");

test("a word cloud that grows to 58 words never lays two words over each other @fit", async ({ browser }) => {
  const event = await createEventViaApi("Auftakt New Work", [{ type: "wordcloud", question: "Was fällt Ihnen zu New Work ein?", items: [], maxEntries: 3, maxLength: 40 }]);
  const poll = event.polls[0];
  if (!poll) throw new Error("no poll");
  const moderator = await connectModerator(event);
  await moderator.show(poll.id);
  await moderator.open(poll.id);
  moderator.disconnect();
  const screens = await Promise.all(
    PROJECTORS.map(async ([viewport, name]) => {
      const projector = new PresenterPage(await browser.newPage({ viewport, locale: "de-DE" }));
      await projector.open(event.code);
      return { page: projector.page, name };
    }),
  );
  // Rounds of phones, each sending a new word and repeating popular ones, so sizes change as words arrive.
  const sent = new Set<string>();
  const rounds = [6, 14, 22, 38, 58];
  for (const [round, size] of rounds.entries()) {
    const ballots = NEW_WORK_WORDS.slice(rounds[round - 1] ?? 0, size).map((word, index) => ({
      type: "wordcloud" as const,
      words: [word, NEW_WORK_WORDS[index % 3] ?? "Vertrauen", NEW_WORK_WORDS[(index % 5) + 3] ?? "Teamgeist"],
    }));
    await castBallots(event, poll.id, ballots);
    for (const ballot of ballots) for (const word of ballot.words) sent.add(word);
    for (const { page, name } of screens) {
      await expect(cloudWords(page)).toHaveCount(sent.size);
      await expectCloudFits(page, `${name}, ${sent.size} words`);
    }
  }
  for (const { page, name } of screens) await screenshot(page, `projector-${name}-wordcloud-58`);
});

test("word cloud: made in the console, filled from two phones, drawn on the projector, moderated live", async ({ browser }) => {
  const moderator = new ModeratorPage(await (await newContext(browser, DESKTOP)).newPage());
  const code = await moderator.createEvent("Auftakt New Work");
  const page = moderator.page;
  await page.getByRole("button", { name: "+ Neue Umfrage" }).click();
  const form = page.getByRole("form", { name: "Neue Umfrage" });
  await form.getByLabel("Frage", { exact: true }).fill("Was fällt Ihnen zu New Work ein?");
  await form.getByRole("radio", { name: /Wortwolke/ }).check();
  await form.getByLabel("Wörter pro Person", { exact: true }).selectOption("2");
  await expectNoAxeViolations(page, "moderator (word cloud editor)");
  await form.getByRole("button", { name: "Umfrage anlegen" }).click();
  await expect(form).toBeHidden();
  await moderator.select("Was fällt Ihnen zu New Work ein?");
  await moderator.startVoting();

  const projector = new PresenterPage(await (await newContext(browser, PROJECTOR)).newPage());
  await projector.open(code);
  const small = new PresenterPage(await browser.newPage({ viewport: PROJECTOR_SMALL, locale: "de-DE" }));
  await small.open(code);

  const first = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await first.open(code);
  await first.page.getByLabel("Wort 1").fill("Vertrauen");
  await first.page.getByLabel("Wort 2").fill("Arschloch");
  await expectNoAxeViolations(first.page, "phone (word cloud)");
  await first.submit.click();
  await first.expectCounted();
  await expect(first.page.getByRole("heading", { name: "Ihre Wörter" })).toBeVisible();

  const second = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await second.open(code);
  await second.page.getByLabel("Wort 1").fill(" vertrauen ");
  await second.page.getByLabel("Wort 2").fill("Homeoffice");
  await second.page.getByLabel("Wort 2").press("Enter");
  await second.expectCounted();

  // Two mentions of Vertrauen count together; the blocklisted word waits for review.
  await expect(projector.ballotCount("2 Stimmen")).toBeVisible();
  await expect(cloudWords(projector.page)).toHaveText(["Vertrauen", "Homeoffice"]);
  const sizes = await cloudWords(projector.page).evaluateAll((words) => words.map((word) => Number.parseFloat(getComputedStyle(word).fontSize)));
  expect(sizes[0]).toBeGreaterThan(sizes[1] ?? Number.POSITIVE_INFINITY);
  await expect(projector.resultsTable.locator("tbody tr")).toHaveCount(2);
  await expect(page.getByText("1 Wort wartet auf Ihre Freigabe (Sperrliste).")).toBeVisible();
  await expectNoAxeViolations(projector.page, "projector (word cloud)");
  await expectNoAxeViolations(page, "moderator (word review)");
  await expectCloudFits(projector.page, "1920×1080");
  await expectCloudFits(small.page, "1280×720");

  // Hiding a word takes it off the projector at once; approving shows the held one.
  await page.getByRole("button", { name: "„Homeoffice“ ausblenden" }).click();
  await expect(cloudWords(projector.page)).toHaveText(["Vertrauen"]);
  await page.getByRole("button", { name: "„Arschloch“ freigeben" }).click();
  await expect(cloudWords(projector.page)).toHaveCount(2);
  await page.getByRole("button", { name: "„Homeoffice“ wieder zeigen" }).click();
  await expect(cloudWords(projector.page)).toHaveCount(3);
  await screenshot(projector.page, "wordcloud-projector-1920");
  await screenshot(small.page, "wordcloud-projector-1280");
});
