/**
 * What a moderator steers beyond one poll: switching the live poll (phones
 * follow without reload), the waiting screen, hiding results, resetting votes
 * and deleting polls after a confirmation, editing and reordering.
 */

import { AttendeePage } from "./pages/attendee-page";
import { ModeratorPage } from "./pages/moderator-page";
import { PresenterPage } from "./pages/presenter-page";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";
import { DESKTOP, newContext, PHONE, PROJECTOR_SMALL, screenshot } from "./support/viewports";

test("phones and the projector follow the moderator through polls, hidden results and resets", async ({ browser }) => {
  const moderator = new ModeratorPage(await (await newContext(browser, DESKTOP)).newPage());
  const code = await moderator.createEvent("Verwaltungsforum");
  await moderator.addRankingPoll("Erste Frage?", ["Eins", "Zwei"]);
  await moderator.addRankingPoll("Zweite Frage?", ["Rot", "Grün", "Blau"], { allowVoteChange: false });
  await expectNoAxeViolations(moderator.page, "moderator (two polls)");

  const projector = new PresenterPage(await (await newContext(browser, PROJECTOR_SMALL)).newPage());
  await projector.open(code);
  await expect(projector.page.getByRole("heading", { name: "Gleich geht es los" })).toBeVisible();
  await expectNoAxeViolations(projector.page, "projector (waiting)");
  await screenshot(projector.page, "projector-1280-waiting");

  const phone = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await phone.open(code);
  await expect(phone.page.getByRole("heading", { name: "Gleich geht es los" })).toBeVisible();
  await expectNoAxeViolations(phone.page, "phone (waiting)");
  await screenshot(phone.page, "phone-waiting");

  // Showing a poll before voting starts: phones and projector preview the items.
  await moderator.select("Erste Frage?");
  await moderator.button("Auf Leinwand und Handys zeigen").click();
  await expect(phone.question("Erste Frage?")).toBeVisible();
  await expect(phone.page.getByText("Die Abstimmung beginnt in Kürze.")).toBeVisible();
  await expect(projector.page.getByText("Startet gleich")).toBeVisible();

  await moderator.startVoting();
  await phone.tapInOrder(["Zwei", "Eins"]);
  await phone.submit.click();
  await phone.expectCounted();
  await projector.expectResults([
    ["Zwei", 1],
    ["Eins", 0],
  ]);

  // Hidden results: the projector keeps counting but shows no scores.
  const resultsSwitch = moderator.page.getByRole("switch", { name: "Ergebnisse auf der Leinwand zeigen" });
  await resultsSwitch.click();
  await expect(resultsSwitch).not.toBeChecked();
  await expect(projector.page.getByRole("heading", { name: "Ergebnisse sind ausgeblendet" })).toBeVisible();
  await expect(projector.resultsTable).toHaveCount(0);
  await expect(projector.ballotCount("1 Stimme")).toBeVisible();
  await expectNoAxeViolations(projector.page, "projector (results hidden)");
  await screenshot(projector.page, "projector-1280-hidden");
  await resultsSwitch.click();
  await expect(resultsSwitch).toBeChecked();
  await expect(projector.resultsTable).toBeVisible();

  // Resetting asks first; the phone learns its ballot is gone and may vote again.
  await moderator.button("Stimmen zurücksetzen").click();
  const dialog = moderator.page.getByRole("dialog", { name: "Alle Stimmen zurücksetzen?" });
  await expect(dialog).toContainText("1 Stimme");
  await expectNoAxeViolations(moderator.page, "moderator (confirm reset)");
  await dialog.getByRole("button", { name: "Abbrechen" }).click();
  await expect(moderator.ballotCount()).toHaveText("1 Stimme");
  await moderator.button("Stimmen zurücksetzen").click();
  await dialog.getByRole("button", { name: "Stimmen zurücksetzen" }).click();
  await expect(moderator.ballotCount()).toHaveText("keine Stimmen");
  await expect(phone.page.getByText("Die Moderation hat die Stimmen zurückgesetzt.")).toBeVisible();
  await expect(phone.poolItem("Eins")).toBeVisible();
  await expect(projector.ballotCount("noch keine Stimmen")).toBeVisible();

  // "Next poll" moves everyone on; this one does not allow changing a vote.
  await moderator.button("Nächste Umfrage zeigen →").click();
  await expect(phone.question("Zweite Frage?")).toBeVisible();
  await expect(projector.page.getByRole("heading", { level: 1, name: "Zweite Frage?" })).toBeVisible();
  await moderator.startVoting();
  await phone.tapInOrder(["Blau"]);
  await expect(phone.page.getByText("Nicht eingeordnete Einträge erhalten 0 Punkte.")).toBeVisible();
  await phone.submit.click();
  await phone.expectCounted();
  await expect(phone.page.getByText("In dieser Umfrage kann eine Stimme nicht geändert werden.")).toBeVisible();
  await expect(phone.page.getByRole("button", { name: "Stimme ändern" })).toHaveCount(0);
  await screenshot(projector.page, "projector-1280-results");

  // Items of a poll with votes are locked in the editor; the question is not.
  const second = moderator.page.getByRole("listitem").filter({ hasText: "Zweite Frage?" });
  await second.getByRole("button", { name: /Bearbeiten/ }).click();
  const editor = moderator.page.getByRole("form", { name: "Umfrage bearbeiten" });
  await expect(editor.getByText(/Die Einträge sind gesperrt/)).toBeVisible();
  await expect(editor.getByLabel("Eintrag 1", { exact: true })).toBeDisabled();
  await editor.getByLabel("Frage", { exact: true }).fill("Zweite Frage, geschärft?");
  await editor.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(phone.question("Zweite Frage, geschärft?")).toBeVisible();

  // Reorder, then delete the first poll after confirming.
  await moderator.page.getByRole("button", { name: "Nach oben: Zweite Frage, geschärft?" }).click();
  await expect(moderator.page.getByRole("listitem").first()).toContainText("Zweite Frage, geschärft?");
  await moderator.page.getByRole("listitem").filter({ hasText: "Erste Frage?" }).getByRole("button", { name: /Löschen/ }).click();
  await moderator.page.getByRole("dialog", { name: "Umfrage löschen?" }).getByRole("button", { name: "Löschen" }).click();
  await expect(moderator.page.getByRole("listitem").filter({ hasText: "Erste Frage?" })).toHaveCount(0);

  // The waiting screen again.
  await moderator.button("Wartebildschirm zeigen").click();
  await expect(phone.page.getByRole("heading", { name: "Gleich geht es los" })).toBeVisible();
  await expect(projector.page.getByRole("heading", { name: "Gleich geht es los" })).toBeVisible();
  await screenshot(moderator.page, "moderator-after-changes");
});

test("a forged or mangled moderator link, an unknown code and an unknown page get clear answers", async ({ page }) => {
  await page.goto(`/moderate/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "Kein Zugriff" })).toBeVisible();
  // Not a dead end: the frame of every page, advice, a way home, and the language switch.
  await expect(page.getByText("Kopieren Sie den Link noch einmal vollständig", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zur Startseite" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Neue Veranstaltung anlegen" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: /Barometer/ })).toBeVisible();
  await expectNoAxeViolations(page, "bad moderator link");
  await screenshot(page, "desktop-bad-moderator-link");
  // Cut short by a mail client: still "no access", not a payload error.
  await page.goto("/moderate/abc");
  await expect(page.getByRole("heading", { name: "Kein Zugriff" })).toBeVisible();
  const missing = await page.goto("/gibt-es-nicht");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zur Startseite" })).toBeVisible();
  await expectNoAxeViolations(page, "404 page");
  const malformed = await page.goto("/join/%E0%A4%A");
  expect(malformed?.status()).toBe(400);
  await expect(page.getByRole("heading", { name: "Ungültige Adresse" })).toBeVisible();
  await page.goto("/join/ZZZZZZ");
  await expect(page.getByRole("heading", { name: "Veranstaltung nicht gefunden" })).toBeVisible();
  await expectNoAxeViolations(page, "phone (unknown code)");
  await page.goto("/");
  // A code typed with spaces is not cut short.
  await page.getByLabel("Code der Veranstaltung").fill("  ZZ ZZ ZZ  ");
  await expect(page.getByLabel("Code der Veranstaltung")).toHaveValue("  ZZ ZZ ZZ  ");
  await page.getByLabel("Code der Veranstaltung").fill("O0O0");
  await page.getByRole("button", { name: "Teilnehmen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "6 Zeichen" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});
