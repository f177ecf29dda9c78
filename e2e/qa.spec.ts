/**
 * Q&A beside a live poll: phones reach the questions in a tab while the
 * ranking stays live, ask (one with a name, one anonymously), upvote once
 * and take it back; the moderator approves and hides; everyone sees how many
 * questions were hidden. On the projector: the pinned question large, the
 * top list below, then marked answered.
 */
import type { Page } from "@playwright/test";
import { AttendeePage } from "./pages/attendee-page";
import { ModeratorPage } from "./pages/moderator-page";
import { PresenterPage } from "./pages/presenter-page";
import { expectNoAxeViolations } from "./support/axe";
import { createEventViaApi, LONGEST_QUESTION, openEntryPollWith } from "./support/fixtures";
import { expect, test } from "./support/test";
import { DESKTOP, newContext, PHONE, PROJECTOR, PROJECTORS, screenshot } from "./support/viewports";

const questionCards = (page: Page) => page.getByTestId("qa-questions").getByRole("listitem");

async function openQuestions(phone: AttendeePage, tab: string) {
  await phone.page.getByRole("tab", { name: tab }).click();
  await expect(phone.page.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
}

test("Q&A beside the live poll: asked and upvoted on phones, approved and hidden in the console", async ({ browser }) => {
  const event = await createEventViaApi("Forum Digitaler Staat", [
    { type: "ranking", question: "Was ist am wichtigsten?", items: ["Vertrauen", "Tempo", "Datenschutz"] },
    { type: "qa", question: "Fragen an das Podium", allowNames: true },
  ]);
  const moderator = new ModeratorPage(await (await newContext(browser, DESKTOP)).newPage());
  await moderator.page.goto(`/moderate/${event.moderatorToken}`);
  await moderator.select("Was ist am wichtigsten?");
  await moderator.button("Auf Leinwand und Handys zeigen").click();
  await moderator.startVoting();
  await moderator.select("Fragen an das Podium");
  // A Q&A is not a vote: its own words for opening and closing.
  await moderator.button("Fragerunde starten").click();
  await expect(moderator.button("Fragerunde beenden")).toBeVisible();
  await expect(moderator.page.getByRole("radio", { name: /Vorab prüfen/ })).toBeChecked();
  await expect(moderator.page.getByText("Solange die Fragerunde geöffnet ist")).toBeVisible();

  const projector = new PresenterPage(await (await newContext(browser, PROJECTOR)).newPage());
  await projector.open(event.code);
  await expect(projector.page.getByRole("heading", { name: "Was ist am wichtigsten?" })).toBeVisible();

  const erika = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await erika.open(event.code);
  await expect(erika.question("Was ist am wichtigsten?")).toBeVisible();
  await openQuestions(erika, "Fragen");
  await erika.page.getByLabel("Ihre Frage", { exact: true }).fill("Wann kommt die E-Akte für alle Kommunen?");
  await erika.page.getByLabel("Ihr Name (freiwillig)").fill("Erika");
  await erika.page.getByRole("button", { name: "Frage senden" }).click();
  await expect(erika.page.getByTestId("own-entries").getByText("Wartet auf Freigabe")).toBeVisible();
  await expectNoAxeViolations(erika.page, "phone (Q&A tab)");

  const max = new AttendeePage(await (await newContext(browser, PHONE, "en-US")).newPage());
  await max.open(event.code);
  await openQuestions(max, "Questions");
  await max.page.getByLabel("Your question", { exact: true }).fill("How is data protection ensured in the cloud?");
  await max.page.getByRole("button", { name: "Send question" }).click();
  await max.page.getByLabel("Your question", { exact: true }).fill("Off-topic rant");
  await max.page.getByRole("button", { name: "Send question" }).click();
  await expect(max.page.getByTestId("own-entries").getByRole("listitem")).toHaveCount(2);

  // The console: approve two, hide one; the audience learns only the counts of what it does not see.
  const queue = moderator.page.getByRole("list", { name: "Zur Prüfung" });
  await expect(queue.getByRole("listitem")).toHaveCount(3);
  await moderator.button("„Wann kommt die E-Akte für alle Kommunen?“ freigeben").click();
  await moderator.button("„How is data protection ensured in the cloud?“ freigeben").click();
  await moderator.button("„Off-topic rant“ ausblenden").click();
  await expect(queue).toBeHidden();
  await expect(questionCards(erika.page)).toHaveCount(2);
  await expect(erika.page.getByTestId("moderation-counts")).toHaveText("1 ausgeblendet");
  await expect(erika.page.getByText("Off-topic rant")).toHaveCount(0);
  await expect(max.page.getByTestId("own-entries").getByText("Hidden by the moderator")).toBeVisible();
  await expect(questionCards(erika.page).filter({ hasText: "Wann kommt" })).toContainText("Erika");
  await expect(questionCards(erika.page).filter({ hasText: "How is data" })).toContainText("Anonym");

  // Upvotes: once each, taken back, the order follows (equal ones newest first).
  const upvote = (page: Page, text: string) => page.getByRole("button", { name: new RegExp(`^(Frage unterstützen|Support question): .${text}`) });
  await expect(questionCards(erika.page).first()).toContainText("How is data protection");
  await upvote(max.page, "Wann kommt").click();
  await expect(upvote(max.page, "Wann kommt")).toHaveAttribute("aria-pressed", "true");
  await expect(questionCards(erika.page).first()).toContainText("Wann kommt");
  await expect(upvote(erika.page, "Wann kommt")).toHaveAccessibleName(/\(1 Stimme\)$/);
  await erika.page.getByRole("radio", { name: "Neu" }).check();
  await expect(questionCards(erika.page).first()).toContainText("How is data protection");
  await erika.page.getByRole("radio", { name: "Beliebt" }).check();
  await upvote(erika.page, "How is data").click();
  await upvote(max.page, "How is data").click();
  await expect(questionCards(erika.page).first()).toContainText("How is data protection");
  await expect(upvote(erika.page, "How is data")).toHaveAccessibleName(/\(2 Stimmen\)$/);
  await upvote(max.page, "How is data").click();
  await expect(upvote(max.page, "How is data")).toHaveAttribute("aria-pressed", "false");
  await expect(upvote(erika.page, "How is data")).toHaveAccessibleName(/\(1 Stimme\)$/);
  await expectNoAxeViolations(max.page, "phone (questions, upvoted)");
  await screenshot(erika.page, "qa-phone-de");
  await screenshot(max.page, "qa-phone-en");

  // The poll beside it still takes votes.
  await openQuestions(erika, "Abstimmung");
  await expect(erika.question("Was ist am wichtigsten?")).toBeVisible();
  await expect(erika.submit).toBeVisible();
  await expect(projector.page.getByRole("heading", { name: "Was ist am wichtigsten?" })).toBeVisible();
});

test("Q&A on the projector: the moderator pins the question being answered, then marks it answered", async ({ browser }) => {
  const { event, pollId, moderator: commands, entries } = await openEntryPollWith(
    { type: "qa", question: "Fragen an das Podium", moderation: "post", allowNames: true },
    ["Wann kommt die E-Akte für alle Kommunen?", "How is data protection ensured in the cloud?", "Off-topic rant"],
  );
  await commands.moderateEntry(pollId, entries[2]?.id ?? "", "hide");
  const moderator = new ModeratorPage(await (await newContext(browser, DESKTOP)).newPage());
  await moderator.page.goto(`/moderate/${event.moderatorToken}`);
  await moderator.select("Fragen an das Podium");
  const projector = new PresenterPage(await (await newContext(browser, PROJECTOR)).newPage());
  await projector.open(event.code);
  const phone = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await phone.open(event.code);
  await expect(questionCards(phone.page)).toHaveCount(2);
  await expect(projector.page.getByText("Fragen möglich", { exact: true })).toBeVisible();
  await expect(projector.page.getByText("Abstimmung läuft")).toHaveCount(0);

  await moderator.button("Anheften – „Wann kommt die E-Akte für alle Kommunen?“ als aktuelle Frage").click();
  const board = projector.page.getByTestId("qa-board");
  await expect(board.getByText("Wird gerade beantwortet")).toBeVisible();
  await expect(board).toContainText("Wann kommt die E-Akte für alle Kommunen?");
  await expect(board).toContainText("How is data protection ensured in the cloud?");
  await expect(projector.page.getByText("1 Frage ausgeblendet", { exact: true })).toBeVisible();
  await expect(projector.page.getByText("Off-topic rant")).toHaveCount(0);
  await expect(phone.page.getByText("Wird gerade beantwortet")).toBeVisible();
  await expectNoAxeViolations(projector.page, "projector (Q&A)");
  await expectNoAxeViolations(moderator.page, "moderator (Q&A)");
  await screenshot(projector.page, "qa-projector-1920");
  await screenshot(moderator.page, "qa-moderator");

  // Answered: no longer pinned, shown as answered, and no longer to be upvoted.
  await moderator.button("Beantwortet – „Wann kommt die E-Akte für alle Kommunen?“").click();
  await expect(board.getByText("Wird gerade beantwortet")).toHaveCount(0);
  await expect(phone.page.getByText("Beantwortet")).toBeVisible();
  await expect(phone.page.getByRole("button", { name: /^Frage unterstützen: „Wann kommt/ })).toHaveCount(0);
});

test("the longest questions fit the projector at 1920×1080 and 1280×720, and the phone at 320 px @fit", async ({ browser }) => {
  const long =
    "Wie stellen Bund, Länder und Kommunen sicher, dass die Registermodernisierung und das Once-only-Prinzip nicht zu einer zentralen Datensammlung führen, die dem Volkszählungsurteil und der Datenschutz-Grundverordnung widerspricht, und wer kontrolliert das unabhängig?";
  const { event, pollId, moderator, entries } = await openEntryPollWith(
    { type: "qa", question: LONGEST_QUESTION, moderation: "post", allowNames: true },
    Array.from({ length: 8 }, (_, i) => `${i + 1}. ${long}`.slice(0, 300)),
  );
  await moderator.moderate(pollId, { type: "qa", action: "pin", entryId: entries[0]?.id ?? null });
  for (const [viewport, name] of PROJECTORS) {
    const projector = new PresenterPage(await (await newContext(browser, viewport)).newPage());
    await projector.open(event.code);
    await expect(projector.page.getByTestId("qa-board").getByText("Wird gerade beantwortet")).toBeVisible();
    await projector.page.waitForFunction(() =>
      document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY),
    );
    const report = await projector.page.evaluate(() => {
      const board = document.querySelector("[data-testid=qa-board]")?.getBoundingClientRect();
      const rows = [...document.querySelectorAll("[data-testid=qa-board] li")];
      return {
        overflow: document.documentElement.scrollHeight - window.innerHeight,
        overflowX: document.documentElement.scrollWidth - window.innerWidth,
        rowsVisible: rows.filter((row) => row.getBoundingClientRect().bottom <= (board?.bottom ?? 0) + 1).length,
        smallest: Math.min(...rows.map((row) => Number.parseFloat(getComputedStyle(row).fontSize))),
      };
    });
    expect(report.overflow, `${name}: page scrolls`).toBeLessThanOrEqual(0);
    expect(report.overflowX, `${name}: page scrolls sideways`).toBeLessThanOrEqual(0);
    expect(report.rowsVisible, `${name}: top questions fully on screen`).toBeGreaterThanOrEqual(2);
    expect(report.smallest, `${name}: question text size`).toBeGreaterThanOrEqual(18);
    await screenshot(projector.page, `qa-longest-${viewport.width}`);
    await projector.page.context().close();
  }

  const context = await browser.newContext({ viewport: { width: 320, height: 740 }, locale: "de-DE", hasTouch: true });
  const phone = new AttendeePage(await context.newPage());
  await phone.open(event.code);
  await expect(questionCards(phone.page)).toHaveCount(8);
  const sideways = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(sideways, "320 px: page scrolls sideways").toBeLessThanOrEqual(0);
  await expectNoAxeViolations(phone.page, "phone (longest questions, 320 px)");
  await screenshot(phone.page, "qa-phone-320-longest");
  await context.close();
  moderator.disconnect();
});
