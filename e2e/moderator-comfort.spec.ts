/**
 * What moderators expect of the editor and the live controls: pasting a list,
 * limits that say what they are in German, duplicating a poll, a countdown that
 * closes voting by itself on every screen, results on phones after voting,
 * "next poll and start" in one step, and a warning before deleting the live poll.
 */
import type { Locator } from "@playwright/test";
import { AttendeePage } from "./pages/attendee-page";
import { PresenterPage } from "./pages/presenter-page";
import { expectNoAxeViolations } from "./support/axe";
import { createEventViaApi } from "./support/fixtures";
import { expect, test } from "./support/test";
import { DESKTOP, newContext, PHONE, PROJECTOR_SMALL, screenshot } from "./support/viewports";

async function paste(field: Locator, text: string): Promise<void> {
  await field.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const PASTED = [
  "- Digitale Antragsverfahren",
  "- Registermodernisierung",
  "- Barrierefreiheit",
  "4. Datenschutz",
  "5) Informationssicherheit",
  "Künstliche Intelligenz",
  "",
  "Fachkräftegewinnung",
  "Interoperabilität",
  "Open Source",
  "Cloud-Strategie",
  "Bürgerkonto",
  "Once-Only-Prinzip",
].join("\n");

test("the editor takes a pasted list, says every limit in German, and polls can be duplicated", async ({ browser }) => {
  const event = await createEventViaApi("Forum Verwaltung", [{ question: "Erste Frage?", items: ["A", "B"] }]);
  const page = await (await newContext(browser, DESKTOP)).newPage();
  await page.goto(`/moderate/${event.moderatorToken}`);
  await page.getByRole("button", { name: "+ Neue Umfrage" }).click();
  const form = page.getByRole("form", { name: "Neue Umfrage" });

  await paste(form.getByLabel("Eintrag 1", { exact: true }), PASTED);
  await expect(form.getByLabel("Eintrag 10", { exact: true })).toHaveValue("Cloud-Strategie");
  await expect(form.getByLabel("Eintrag 1", { exact: true })).toHaveValue("Digitale Antragsverfahren");
  await expect(form.getByLabel("Eintrag 4", { exact: true })).toHaveValue("Datenschutz");
  await expect(form.getByText("10 Einträge eingefügt. Höchstens 10 Einträge: 2 Zeilen wurden nicht übernommen.")).toBeVisible();
  await expect(form.getByRole("button", { name: "+ Eintrag hinzufügen" })).toBeDisabled();
  await expect(form.getByText("Höchstens 10 Einträge pro Umfrage.")).toBeVisible();

  // Limits are counted live and said plainly; nothing is cut off silently.
  await form.getByLabel("Frage", { exact: true }).fill("W".repeat(200));
  await expect(form.getByText("Höchstlänge erreicht (200 Zeichen)")).toBeVisible();
  await form.getByLabel("Frage", { exact: true }).fill("Was ist Ihnen am wichtigsten?");
  await expect(form.getByText("29 / 200 Zeichen")).toBeVisible();
  await form.getByLabel("Eintrag 2", { exact: true }).fill("digitale antragsverfahren");
  await form.getByRole("button", { name: "Umfrage anlegen" }).click();
  await expect(form.getByRole("alert")).toHaveText("Jeder Eintrag darf nur einmal vorkommen (Groß- und Kleinschreibung zählt nicht).");
  await form.getByLabel("Eintrag 2", { exact: true }).fill("Registermodernisierung");
  await expectNoAxeViolations(page, "moderator (editor with limits)");
  await screenshot(page, "moderator-editor-limits");
  await form.getByRole("button", { name: "Umfrage anlegen" }).click();
  await expect(form).toBeHidden();

  // Duplicating puts the copy right after its original.
  const first = page.getByRole("listitem").filter({ hasText: "Erste Frage?" });
  await first.getByRole("button", { name: /^Duplizieren/ }).click();
  const polls = page.getByRole("list").filter({ hasText: "Erste Frage?" }).first().getByRole("listitem");
  await expect(polls).toHaveCount(3);
  await expect(polls.nth(1)).toContainText("Erste Frage? (Kopie)");
  await expect(polls.nth(2)).toContainText("Was ist Ihnen am wichtigsten?");
});

test("at 1440 px the editor takes the wide column, an item shows its whole text, and eight polls are compact cards", async ({ browser }) => {
  const questions = ["Wie sind Sie angereist?", "Was ist Ihnen am wichtigsten?", "Wie zufrieden sind Sie?", "Ihre Fragen an das Podium"];
  const event = await createEventViaApi("Forum Verwaltung", [...questions, ...questions].map((question, index) => ({ question: `${question} (${index + 1})`, items: ["A", "B"] })));
  const page = await (await newContext(browser, DESKTOP)).newPage();
  await page.goto(`/moderate/${event.moderatorToken}`);
  // This server names no operator (playwright.config.ts): the console says so, with what IT has to set.
  await expect(page.getByText("Die Datenschutzerklärung nennt noch keinen Betreiber.", { exact: false })).toContainText("OPERATOR_NAME");
  const cards = page.getByRole("list").filter({ hasText: "(8)" }).getByRole("listitem");
  await expect(cards).toHaveCount(8);
  // Question, then state and actions on one line: no card needs a third line for its buttons.
  for (const height of await cards.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height))) expect(height).toBeLessThan(110);

  await page.getByRole("button", { name: "+ Neue Umfrage" }).click();
  const form = page.getByRole("form", { name: "Neue Umfrage" });
  await expect(page.getByLabel("Frage", { exact: true })).toBeFocused();
  expect((await form.boundingBox())?.width ?? 0, "the editor's width").toBeGreaterThan(DESKTOP.width / 2);
  const long = "Ende-zu-Ende-Digitalisierung der Antragsverfahren nach dem Onlinezugangsgesetz samt Nachweisabruf";
  const item = form.getByLabel("Eintrag 1", { exact: true });
  await item.fill(long);
  // Enter goes on to the next item instead of breaking the label.
  await item.press("Enter");
  await expect(form.getByLabel("Eintrag 2", { exact: true })).toBeFocused();
  await expect(item).toHaveValue(long);
  const hidden = await item.evaluate((field) => Math.max(field.scrollHeight - field.clientHeight, field.scrollWidth - field.clientWidth));
  expect(hidden, "text of the item field hidden behind a scroll").toBeLessThanOrEqual(0);
  await screenshot(page, "moderator-1440-editor");
});

test("a countdown closes voting on every screen; voters see the result; next poll starts in one step", async ({ browser }) => {
  const event = await createEventViaApi("Forum Verwaltung", [
    { question: "Aufwärmen?", items: ["Ja", "Nein"] },
    { question: "Was zuerst?", items: ["Netz", "Strom", "Kaffee"], timerSeconds: 15, showResultsToVoters: true },
  ]);
  const moderator = await (await newContext(browser, DESKTOP)).newPage();
  await moderator.goto(`/moderate/${event.moderatorToken}`);
  await moderator.getByRole("button", { name: "Auf Leinwand und Handys zeigen" }).click();
  const phone = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await phone.open(event.code);
  await expect(phone.question("Aufwärmen?")).toBeVisible();
  const projector = new PresenterPage(await (await newContext(browser, PROJECTOR_SMALL)).newPage());
  await projector.open(event.code);

  await moderator.getByRole("button", { name: "Nächste Umfrage zeigen und starten →" }).click();
  await expect(phone.question("Was zuerst?")).toBeVisible();
  await expect(phone.page.getByRole("timer")).toHaveText(/Verbleibende Zeit: ⏱ 0:1\d/);
  await expect(projector.page.getByRole("timer")).toHaveText(/0:1\d/);

  await phone.tapInOrder(["Strom", "Netz"]);
  await phone.submit.click();
  await phone.expectCounted();
  const result = phone.page.getByRole("region", { name: /Aktuelles Ergebnis/ });
  await expect(result).toBeVisible();
  await expect(result.getByRole("listitem").first()).toContainText("Strom");
  await expectNoAxeViolations(phone.page, "phone (result after voting)");
  await screenshot(phone.page, "phone-result-after-voting");

  // Deleting the poll on screen warns that it is on screen.
  const live = moderator.getByRole("listitem").filter({ hasText: "Was zuerst?" });
  await live.getByRole("button", { name: /^Löschen/ }).click();
  await expect(moderator.getByRole("dialog", { name: "Umfrage löschen?" })).toContainText("wird gerade auf der Leinwand und den Handys gezeigt");
  await moderator.getByRole("dialog").getByRole("button", { name: "Abbrechen" }).click();

  // Nobody touches anything: the countdown ends the vote everywhere.
  await expect(phone.page.getByRole("heading", { name: "Abstimmung beendet" })).toBeVisible({ timeout: 20_000 });
  await expect(projector.page.getByText("Abstimmung beendet")).toBeVisible();
  await expect(moderator.getByRole("button", { name: "Abstimmung wieder öffnen" })).toBeVisible();
  await expect(phone.page.getByRole("timer")).toHaveCount(0);
});
