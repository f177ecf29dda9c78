/**
 * A quiz of two questions, side by side: the moderator runs it from the
 * console (open, reveal, next), three phones answer against the clock, and
 * the projector shows the answers, the solution and the leaderboard.
 */

import { AttendeePage } from "./pages/attendee-page";
import { PresenterPage } from "./pages/presenter-page";
import { expectNoAxeViolations } from "./support/axe";
import { createEventViaApi } from "./support/fixtures";
import { expect, test } from "./support/test";
import { DESKTOP, newContext, PHONE, PROJECTOR, screenshot } from "./support/viewports";

test("two quiz questions: phones answer, the moderator reveals, the leaderboard orders players by points", async ({ browser }) => {
  const event = await createEventViaApi("Quiz zum Onlinezugangsgesetz", [
    { type: "quiz", question: "Seit wann gilt das OZG?", items: ["2009", "2017", "2022"], correct: [1], timeLimitSeconds: 60 },
    { type: "quiz", question: "Wie viele Bundesländer gibt es?", items: ["14", "16"], correct: [1], timeLimitSeconds: 60 },
  ]);
  const moderator = await (await newContext(browser, DESKTOP)).newPage();
  await moderator.goto(`/moderate/${event.moderatorToken}`);
  const control = (name: string) => moderator.getByRole("button", { name, exact: true });

  const projector = new PresenterPage(await (await newContext(browser, PROJECTOR)).newPage());
  await projector.open(event.code);
  const phones = await Promise.all(
    [0, 1, 2].map(async () => {
      const phone = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
      await phone.open(event.code);
      return phone;
    }),
  );
  const [ada, ben, cem] = phones as [AttendeePage, AttendeePage, AttendeePage];

  // Ada picks a nickname; the blocklist refuses a bad one in plain German.
  await ada.page.getByRole("button", { name: "Spitznamen wählen" }).click();
  await ada.page.getByLabel("Spitzname für die Rangliste").fill("Sch31ße");
  await ada.page.getByRole("button", { name: "Speichern" }).click();
  await expect(ada.page.getByText("Dieser Spitzname geht leider nicht. Bitte wählen Sie einen anderen.")).toBeVisible();
  await ada.page.getByLabel("Spitzname für die Rangliste").fill("Ada aus Halle");
  await ada.page.getByRole("button", { name: "Speichern" }).click();
  await expect(ada.page.getByTestId("player-name")).toHaveText("Ada aus Halle");

  // Question 1: the moderator starts it from the console; the countdown runs on phones and projector.
  await moderator.getByRole("button", { name: /Seit wann gilt das OZG\?/ }).first().click();
  await control("Abstimmung starten").click();
  await expect(ada.question("Seit wann gilt das OZG?")).toBeVisible();
  await expect(projector.page.getByRole("timer")).toBeVisible();
  await expect(ada.page.getByRole("timer")).toBeVisible();
  await expectNoAxeViolations(ada.page, "phone (quiz question)");
  // Before time is up the projector shows the answers, not how many chose each.
  await expect(projector.boardRows()).toHaveCount(3);

  await ben.page.getByRole("button", { name: "Antwort B: 2017" }).click();
  await ada.page.getByRole("button", { name: "Antwort B: 2017" }).click();
  await cem.page.getByRole("button", { name: "Antwort A: 2009" }).click();
  for (const phone of phones) await phone.expectCounted();
  await expect(projector.ballotCount("3 Stimmen")).toBeVisible();
  await expect(projector.boardRows().nth(1)).not.toContainText("2 ·");
  await expect(ada.page.getByText("Die Auflösung folgt gleich.")).toBeVisible();

  await control("Auflösen").click();
  await expect(projector.page.getByRole("heading", { name: "Rangliste" })).toBeVisible();
  await expect(projector.boardRows().nth(1)).toContainText("2 · 67 %");
  await expect(projector.page.getByText("2 von 3 richtig")).toBeVisible();
  await expect(ada.page.getByText("Richtig!")).toBeVisible();
  await expect(cem.page.getByText("Leider falsch. Richtig war: B · 2017")).toBeVisible();
  // Ben answered first, so Ben leads; Cem has no points.
  const entries = projector.page.getByTestId("leaderboard-entry");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(1)).toContainText("Ada aus Halle");
  await expect(entries.nth(2)).toContainText("0 Pkt.");
  await expect(ben.page.getByTestId("player-standing")).toContainText("Platz 1 von 3");
  await expect(ada.page.getByTestId("player-standing")).toContainText("Platz 2 von 3");
  await expectNoAxeViolations(projector.page, "projector (quiz revealed)");
  await screenshot(projector.page, "quiz-projector-revealed");
  await screenshot(ada.page, "quiz-phone-revealed");

  // Question 2: next and start in one step; only Ada answers, and right, so she overtakes Ben.
  await control("Nächste Umfrage zeigen und starten →").click();
  await expect(ada.question("Wie viele Bundesländer gibt es?")).toBeVisible();
  await ada.page.getByRole("button", { name: "Antwort B: 16" }).click();
  await ben.page.getByRole("button", { name: "Antwort A: 14" }).click();
  await ada.expectCounted();
  await ben.expectCounted();
  await control("Auflösen").click();
  await expect(projector.page.getByText("2 von 2 Fragen aufgelöst")).toBeVisible();
  await expect(entries.nth(0)).toContainText("Ada aus Halle");
  await expect(ada.page.getByTestId("player-standing")).toContainText("Platz 1 von 3");
  await expect(ben.page.getByTestId("player-standing")).toContainText("Platz 2 von 3");
  await expect(moderator.getByRole("heading", { name: "Rangliste" })).toBeVisible();
  await expectNoAxeViolations(moderator, "moderator (quiz)");

  // The clicker's Page Up goes back to question 1 on every screen.
  await moderator.locator("body").click({ position: { x: 5, y: 5 } });
  await moderator.keyboard.press("PageUp");
  await expect(projector.page.getByRole("heading", { level: 1, name: "Seit wann gilt das OZG?" })).toBeVisible();
  await expect(cem.question("Seit wann gilt das OZG?")).toBeVisible();
});
