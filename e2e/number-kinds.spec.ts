/**
 * Choice, scale and 100 points, side by side: the moderator's console, two or
 * more phones at 390×844 and the projector at 1920×1080. Each spec votes on
 * the phones as people would (by touch or keyboard) and asserts what the
 * projector then shows. The longest labels each kind allows fit 1280×720 and
 * 1920×1080.
 */

import type { Ballot } from "@/lib/domain/poll";
import { AttendeePage } from "./pages/attendee-page";
import { ModeratorPage } from "./pages/moderator-page";
import { PresenterPage } from "./pages/presenter-page";
import { expectNoAxeViolations } from "./support/axe";
import { expectBoardFits } from "./support/board-fit";
import { castBallots, connectModerator, createEventViaApi, itemId, LONGEST_QUESTION, longGermanItems } from "./support/fixtures";
import { tabTo } from "./support/keyboard";
import { expect, test } from "./support/test";
import { DESKTOP, newContext, PHONE, PROJECTOR, PROJECTOR_SMALL, screenshot } from "./support/viewports";

test("multiple choice: made in the console, chosen on two phones, counted on the projector", async ({ browser }) => {
  const moderator = new ModeratorPage(await (await newContext(browser, DESKTOP)).newPage());
  const code = await moderator.createEvent("Forum Verwaltung digital");
  const page = moderator.page;
  await page.getByRole("button", { name: "+ Neue Umfrage" }).click();
  const form = page.getByRole("form", { name: "Neue Umfrage" });
  await form.getByLabel("Frage", { exact: true }).fill("Welche Themen interessieren Sie?");
  await form.getByRole("radio", { name: /Auswahl/ }).check();
  for (const [index, label] of ["KI", "Cloud", "Datenschutz"].entries()) await form.getByLabel(`Eintrag ${index + 1}`, { exact: true }).fill(label);
  await form.getByLabel("Antworten pro Person").selectOption({ label: "bis zu 3 (Mehrfachauswahl)" });
  // More choices than answers is refused in the form, in German.
  await form.getByRole("button", { name: "Eintrag 3 entfernen" }).click();
  await form.getByRole("button", { name: "Umfrage anlegen" }).click();
  await expect(form.getByText("Es können nicht mehr Antworten gewählt werden, als es gibt.")).toBeVisible();
  await form.getByRole("button", { name: "+ Eintrag hinzufügen" }).click();
  await form.getByLabel("Eintrag 3", { exact: true }).fill("Barrierefreiheit");
  await form.getByLabel("Antworten pro Person").selectOption({ label: "bis zu 2 (Mehrfachauswahl)" });
  await expectNoAxeViolations(page, "moderator (choice editor)");
  await form.getByRole("button", { name: "Umfrage anlegen" }).click();
  await expect(form).toBeHidden();
  await moderator.select("Welche Themen interessieren Sie?");
  await moderator.startVoting();

  const projector = new PresenterPage(await (await newContext(browser, PROJECTOR)).newPage());
  await projector.open(code);
  await expect(projector.page.getByText("Noch keine Stimmen – das Ergebnis erscheint hier, sobald die ersten eintreffen.")).toBeVisible();

  const first = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await first.open(code);
  await expect(first.page.getByRole("group", { name: "Wählen Sie bis zu 2 Antworten." })).toBeVisible();
  await first.page.getByRole("checkbox", { name: "KI" }).check();
  await first.page.getByRole("checkbox", { name: "Cloud" }).check();
  // The limit is reached: the third box locks.
  await expect(first.page.getByRole("checkbox", { name: "Barrierefreiheit" })).toBeDisabled();
  await expectNoAxeViolations(first.page, "phone (choice)");
  await first.submit.click();
  await first.expectCounted();

  // The second phone chooses by keyboard alone.
  const second = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await second.open(code);
  await tabTo(second.page, second.page.getByRole("checkbox", { name: "KI" }));
  await second.page.keyboard.press("Space");
  await tabTo(second.page, second.page.getByRole("checkbox", { name: "Barrierefreiheit" }));
  await second.page.keyboard.press("Space");
  await tabTo(second.page, second.submit);
  await second.page.keyboard.press("Enter");
  await second.expectCounted();

  await expect(projector.ballotCount("2 Stimmen")).toBeVisible();
  await projector.expectBoardOrder(["KI", "Cloud", "Barrierefreiheit"]);
  await expect(projector.boardRows().nth(0)).toContainText("2 · 100 %");
  await expect(projector.boardRows().nth(1)).toContainText("1 · 50 %");
  await expect(projector.boardRows().nth(2)).toContainText("1 · 50 %");
  await expect(projector.page.getByText(/Mehrfachauswahl: bis zu 2 Antworten je Person/)).toBeVisible();
  await expectNoAxeViolations(projector.page, "projector (choice)");
  await screenshot(projector.page, "choice-projector-1920");
  await screenshot(first.page, "choice-phone-counted");
});

test("scale: statements rated on two phones, skipped ones left out, diverging bars with means on the projector", async ({ browser }) => {
  const statements = ["Die Verwaltung ist digital gut aufgestellt.", "Ich arbeite gern mobil."];
  const event = await createEventViaApi("Abschlussbefragung", [
    { type: "scale", question: "Wie sehr stimmen Sie zu?", items: statements, scale: { min: 1, max: 5, minLabel: "gar nicht", maxLabel: "voll und ganz" } },
  ]);
  const moderator = new ModeratorPage(await (await newContext(browser, DESKTOP)).newPage());
  await moderator.page.goto(`/moderate/${event.moderatorToken}`);
  await moderator.select("Wie sehr stimmen Sie zu?");
  await moderator.startVoting();

  const projector = new PresenterPage(await (await newContext(browser, PROJECTOR)).newPage());
  await projector.open(event.code);
  await expect(projector.page.getByText("Noch keine Stimmen – das Ergebnis erscheint hier, sobald die ersten eintreffen.")).toBeVisible();

  const first = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await first.open(event.code);
  await expect(first.submit).toBeDisabled();
  const firstStatement = first.page.getByRole("group", { name: statements[0] });
  await firstStatement.getByRole("radio", { name: "5 – voll und ganz" }).check();
  await first.page.getByRole("group", { name: statements[1] }).getByRole("radio", { name: "4", exact: true }).check();
  await expect(first.page.getByText("2 von 2 Aussagen bewertet")).toBeVisible();
  await expectNoAxeViolations(first.page, "phone (scale)");
  await first.submit.click();
  await first.expectCounted();
  await expect(first.page.getByText("5 – voll und ganz")).toBeVisible();

  // The second phone rates only the first statement, and changes its mind once.
  const second = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await second.open(event.code);
  const group = second.page.getByRole("group", { name: statements[0] });
  await group.getByRole("radio", { name: "2", exact: true }).check();
  await group.getByRole("radio", { name: "3", exact: true }).check();
  await second.submit.click();
  await second.expectCounted();
  await expect(second.page.getByText("übersprungen")).toBeVisible();

  await expect(projector.ballotCount("2 Stimmen")).toBeVisible();
  await expect(projector.boardRows().nth(0)).toContainText("Ø 4");
  await expect(projector.boardRows().nth(1)).toContainText("Ø 4");
  await expect(projector.page.getByText(/3 liegt mittig/)).toBeVisible();
  const table = projector.resultsTable;
  await expect(table.locator("tbody tr").first().locator("td")).toHaveText(["0", "0", "1", "0", "1", "4", "4", "2"]);
  await expectNoAxeViolations(projector.page, "projector (scale)");
  await screenshot(projector.page, "scale-projector-1920");
});

test("100 points: the phone cannot vote until every point is given; the projector sorts items by mean", async ({ browser }) => {
  const event = await createEventViaApi("Haushaltsklausur", [
    { type: "points", question: "Wohin mit dem Budget?", items: ["Weiterbildung", "Ausstattung", "Gesundheit"] },
  ]);
  const poll = event.polls[0]?.id ?? "";
  const moderator = new ModeratorPage(await (await newContext(browser, DESKTOP)).newPage());
  await moderator.page.goto(`/moderate/${event.moderatorToken}`);
  await moderator.select("Wohin mit dem Budget?");
  await moderator.startVoting();
  const projector = new PresenterPage(await (await newContext(browser, PROJECTOR)).newPage());
  await projector.open(event.code);

  const phone = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await phone.open(event.code);
  const left = phone.page.getByTestId("points-left");
  await expect(left).toHaveText("Noch 100 Punkte von 100 zu verteilen");
  await phone.page.getByRole("button", { name: "Weiterbildung: 5 mehr" }).click();
  await phone.page.getByRole("button", { name: "Weiterbildung: 5 mehr" }).click();
  await expect(left).toHaveText("Noch 90 Punkte von 100 zu verteilen");
  await phone.page.getByLabel("Gesundheit", { exact: true }).fill("95");
  // More than what is left is cut to what is left.
  await expect(phone.page.getByLabel("Gesundheit", { exact: true })).toHaveValue("90");
  await expect(left).toHaveText("Alle 100 Punkte verteilt");
  await phone.page.getByLabel("Gesundheit", { exact: true }).fill("60");
  await expect(left).toHaveText("Noch 30 Punkte von 100 zu verteilen");
  await expect(phone.submit).toBeDisabled();
  await phone.page.getByLabel("Ausstattung", { exact: true }).fill("30");
  await expect(phone.submit).toBeEnabled();
  await expectNoAxeViolations(phone.page, "phone (points)");
  await phone.submit.click();
  await phone.expectCounted();

  // The second phone types its numbers.
  const second = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await second.open(event.code);
  await second.page.getByLabel("Ausstattung", { exact: true }).fill("80");
  await second.page.getByLabel("Weiterbildung", { exact: true }).fill("20");
  await second.submit.click();
  await second.expectCounted();
  await castBallots(event, poll, [{ type: "points", points: { [itemId(event, 0, "Gesundheit")]: 100 } }]);
  await expect(projector.ballotCount("3 Stimmen")).toBeVisible();
  // Means over three people: Gesundheit (60 + 0 + 100) / 3, Ausstattung (30 + 80) / 3, Weiterbildung (10 + 20) / 3.
  await projector.expectBoardOrder(["Gesundheit", "Ausstattung", "Weiterbildung"]);
  await expect(projector.boardRows().nth(0)).toContainText("Ø 53,3");
  await expect(projector.boardRows().nth(1)).toContainText("Ø 36,7");
  await expect(projector.boardRows().nth(2)).toContainText("Ø 10");
  await expectNoAxeViolations(projector.page, "projector (points)");
  await screenshot(projector.page, "points-projector-1920");
});

test("each kind's largest poll of the longest German labels fits 1280×720 and 1920×1080 @fit", async ({ browser }) => {
  const longest = (count: number) => longGermanItems(Math.min(count, 10)).concat(longGermanItems(Math.max(0, count - 10)).map((label) => `${label.slice(0, 110)} (Teil 2)`));
  const polls = [
    { type: "choice", question: LONGEST_QUESTION, items: longest(12), maxChoices: 3 },
    { type: "scale", question: LONGEST_QUESTION, items: longest(10), scale: { min: 0, max: 10, minLabel: "überhaupt nicht einverstanden", maxLabel: "vollkommen einverstanden" } },
    { type: "points", question: LONGEST_QUESTION, items: longest(10), budget: 1000 },
    { type: "quiz", question: LONGEST_QUESTION, items: longest(6), correct: [2], timeLimitSeconds: 120 },
  ];
  const event = await createEventViaApi("Digitaler Staat 2025 – Forum Verwaltungsmodernisierung", polls);
  const moderator = await connectModerator(event);
  const screens = await Promise.all(
    [PROJECTOR_SMALL, PROJECTOR].map(async (viewport) => {
      const projector = new PresenterPage(await browser.newPage({ viewport, locale: "de-DE" }));
      await projector.open(event.code);
      return { projector, name: `${viewport.width}×${viewport.height}` };
    }),
  );
  const everyItem = (index: number) => event.polls[index]?.items.map((item) => item.id) ?? [];
  const ballots: [number, Ballot][] = [
    [0, { type: "choice", choices: everyItem(0).slice(0, 3) }],
    [1, { type: "scale", ratings: Object.fromEntries(everyItem(1).map((id, i) => [id, i])) }],
    [2, { type: "points", points: Object.fromEntries(everyItem(2).map((id) => [id, 100])) }],
    [3, { type: "quiz", choices: [everyItem(3)[2] ?? ""] }],
  ];
  for (const [index, ballot] of ballots) {
    const poll = event.polls[index];
    if (!poll) throw new Error("no poll");
    await moderator.show(poll.id);
    await moderator.open(poll.id);
    await castBallots(event, poll.id, [ballot, ballot]);
    if (poll.type === "quiz") {
      await moderator.reveal(poll.id);
    }
    for (const { projector, name } of screens) {
      await expect(projector.ballotCount("2 Stimmen")).toBeVisible();
      if (poll.type === "quiz") await expect(projector.page.getByRole("heading", { name: "Rangliste" })).toBeVisible();
      await screenshot(projector.page, `fit-${poll.type}-${name}`);
      await expectBoardFits(projector.page, poll.items.length, `${poll.type} at ${name}`);
    }
  }
  moderator.disconnect();
});
