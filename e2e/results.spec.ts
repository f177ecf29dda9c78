/**
 * Results that outlive the session: a moderator downloads every format and
 * checks what is in it, opens the results page with its heat map, takes
 * pictures of the projector's stage, prints one page per poll, and links this
 * year's barometer to last year's.
 */
import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import type { EventExport } from "@/lib/domain/exports/event-export";
import { tallyPoll } from "@/lib/domain/poll";
import { expectNoAxeViolations } from "./support/axe";
import { type ApiEvent, castBallots, castVotes, connectModerator, createEventViaApi, itemId, longGermanItems } from "./support/fixtures";
import { expect, test } from "./support/test";
import { DESKTOP, newContext, PHONE, screenshot } from "./support/viewports";

const ITEMS = longGermanItems(5);

async function votedForum(title: string, items: string[]): Promise<ApiEvent> {
  const event = await createEventViaApi(title, [
    { question: "Was macht Sie leistungsfähig?", items },
    { type: "choice", question: "Wie sind Sie angereist?", items: ["Bahn", "Auto", "Fahrrad"] },
    { type: "scale", question: "Wie digital ist Ihre Behörde?", items: ["Heute", "In fünf Jahren"] },
  ]);
  const moderator = await connectModerator(event);
  const [ranking, choice, scale] = event.polls;
  if (!ranking || !choice || !scale) throw new Error("polls missing");
  for (const poll of [ranking, choice, scale]) {
    await moderator.show(poll.id);
    await moderator.open(poll.id);
  }
  const id = (label: string) => itemId(event, 0, label);
  await moderator.show(ranking.id);
  await castVotes(event, ranking.id, [
    [id(items[0] ?? ""), id(items[1] ?? ""), id(items[2] ?? "")],
    [id(items[1] ?? ""), id(items[0] ?? "")],
    [id(items[0] ?? ""), id(items[3] ?? ""), id(items[4] ?? ""), id(items[1] ?? ""), id(items[2] ?? "")],
  ]);
  await moderator.show(choice.id);
  await castBallots(event, choice.id, [{ type: "choice", choices: [itemId(event, 1, "Bahn")] }]);
  await moderator.show(scale.id);
  await castBallots(event, scale.id, [{ type: "scale", ratings: { [itemId(event, 2, "Heute")]: 2, [itemId(event, 2, "In fünf Jahren")]: 5 } }]);
  moderator.disconnect();
  return event;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

test("a moderator takes every result home: CSV, Excel, JSON, PNG, SVG and print", async ({ browser }) => {
  const event = await votedForum("Forum Digitaler Staat 2025", ITEMS);
  const console_ = await (await newContext(browser, DESKTOP)).newPage();
  await console_.goto(`/moderate/${event.moderatorToken}`);
  const panel = console_.getByRole("region", { name: "Ergebnisse sichern" });
  const deletionDate = new Intl.DateTimeFormat("de-DE", { dateStyle: "long" }).format(new Date(Date.now() + 180 * 86_400_000));
  await expect(panel.getByTestId("deletes-on")).toContainText(`Diese Veranstaltung wird am ${deletionDate} mit allen Antworten gelöscht.`);

  const csv = await downloaded(console_, () => panel.getByRole("button", { name: "CSV" }).click());
  expect(csv.download.suggestedFilename()).toMatch(new RegExp(`^barometer-${event.code}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csv.bytes.subarray(3).toString("utf8");
  expect(csvText.split("\r\n")[0]).toMatch(/^Art;Umfrage;Frage;Umfragetyp;/);
  expect(csvText).toContain(ITEMS[0]);

  const xlsx = await downloaded(console_, () => panel.getByRole("button", { name: "Excel" }).click());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as never);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Übersicht", "1 Was macht Sie leistungsfähig", "2 Wie sind Sie angereist", "3 Wie digital ist Ihre Behörde"]);

  const json = await downloaded(console_, () => panel.getByRole("button", { name: "JSON" }).click());
  const document: EventExport = JSON.parse(json.bytes.toString("utf8"));
  const ranking = document.polls[0];
  expect(ranking?.ballots).toHaveLength(3);
  expect(tallyPoll({ type: "ranking", items: ranking?.items ?? [], config: {} }, (ranking?.ballots ?? []).map((b) => b.ballot as never))).toEqual(ranking?.results);

  // The results page opens in a new tab, with the token in the fragment only.
  const [results] = await Promise.all([console_.waitForEvent("popup"), panel.getByRole("link", { name: "Ergebnisseite" }).click()]);
  await expect(results.getByRole("heading", { level: 1, name: "Forum Digitaler Staat 2025" })).toBeVisible();
  const heatmap = results.getByRole("table", { name: "Wie oft jeder Eintrag auf welchem Platz stand" });
  await expect(heatmap).toBeVisible();
  // The first item: put first by two ballots, second by one, left out by none.
  const first = heatmap.locator("tbody tr").filter({ has: results.getByRole("rowheader", { name: ITEMS[0] }) });
  await expect(first.getByRole("cell")).toHaveText([/^267\s%$/, /^133\s%$/, /^00\s%$/, /^00\s%$/, /^00\s%$/, /^0$/]);
  await expectNoAxeViolations(results, "results page");
  await screenshot(results, "desktop-results-page");

  const png = await downloaded(results, () => results.getByRole("button", { name: "PNG-Bild von „Was macht Sie leistungsfähig?“ herunterladen" }).click());
  expect(png.download.suggestedFilename()).toBe(`barometer-${event.code}-1.png`);
  expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1920, 1080]);

  const svg = await downloaded(results, () => results.getByRole("button", { name: "SVG-Bild von „Wie sind Sie angereist?“ herunterladen" }).click());
  const svgText = svg.bytes.toString("utf8");
  expect(svgText).toMatch(/^<svg[^>]+width="1920"[^>]+height="1080"/);
  expect(svgText).toContain("Wie sind Sie angereist?");
  expect(svgText).toContain("Bahn");

  // Print: one page per poll, without the buttons.
  await results.emulateMedia({ media: "print" });
  await expect(results.getByRole("button", { name: "Drucken / PDF" })).toBeHidden();
  const pdf = await results.pdf({ format: "A4" });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(3);
});

test("the results page refuses anyone without the moderator's token", async ({ browser }) => {
  const event = await createEventViaApi("Geheim", [{ question: "Was zuerst?", items: ["A", "B"] }]);
  const page = await (await newContext(browser, PHONE)).newPage();
  await page.goto(`/results/${event.code}`);
  await expect(page.getByRole("heading", { name: "Nur für Moderierende" })).toBeVisible();
  await page.goto(`/results/${event.code}#wrong-token-${event.moderatorToken.slice(0, 5)}`);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Nur für Moderierende" })).toBeVisible();
  await expect(page.getByText("Was zuerst?")).toHaveCount(0);
});

test("this year's barometer is compared with last year's, a renamed item matched by hand", async ({ browser }) => {
  const lastYear = await votedForum("Forum 2024", ["Vertrauen", "Zeit", "Fachwissen", "Disziplin", "Kreativität"]);
  const thisYear = await votedForum("Forum 2025", ["Vertrauen", "ausreichend Zeit", "Fachwissen", "Disziplin", "Kreativität"]);
  const page = await (await newContext(browser, DESKTOP)).newPage();
  await page.goto(`/results/${thisYear.code}#${thisYear.moderatorToken}`);
  const series = page.getByTestId("series").first();
  await series.getByLabel(/Moderationslink der früheren Veranstaltung/).fill(`http://127.0.0.1/moderate/${lastYear.moderatorToken}`);
  await series.getByRole("button", { name: "Suchen" }).click();
  await series.getByRole("button", { name: "Mit „Forum 2024“ vergleichen" }).click();
  await expect(series.getByTestId("slope-chart")).toBeVisible();

  const table = series.getByRole("table", { name: /Platz und Anteil/ });
  await expect(table.getByRole("columnheader")).toContainText(["Eintrag", "Forum 2024", "Forum 2025"]);
  // Until matched, the renamed item is two rows.
  await expect(table.locator("tbody tr")).toHaveCount(6);
  await series.getByText("Umbenannte Einträge zuordnen").click();
  await series.getByRole("group", { name: "Von „Forum 2024“ zu „Forum 2025“" }).getByLabel("Zeit", { exact: true }).selectOption("ausreichend Zeit");
  await expect(table.locator("tbody tr")).toHaveCount(5);
  // Both forums voted alike: second both years, now on one line.
  await expect(table.getByRole("row", { name: /^ausreichend Zeit/ }).getByRole("cell")).toHaveText([/^Platz 2 · 67\s%/, /^Platz 2 · 67\s%/]);
  await expectNoAxeViolations(page, "results page with a series");
  await screenshot(page, "desktop-series");
});

test("attendees learn when their answers go; the statements are there in both languages", async ({ browser }) => {
  const event = await createEventViaApi("Fachtag", [{ question: "Was zuerst?", items: ["A", "B"] }]);
  const phone = await (await newContext(browser, PHONE)).newPage();
  await phone.goto(`/join/${event.code}`);
  await expect(phone.getByRole("contentinfo")).toContainText(/Diese Veranstaltung wird am \d{1,2}\. \S+ \d{4} mit allen Antworten gelöscht\./);
  await phone.getByRole("link", { name: "Datenschutz" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Datenschutzerklärung" })).toBeVisible();
  await expect(phone.getByTestId("retention")).toContainText("180 Tage");
  await expect(phone.getByText("Keine IP-Adressen", { exact: false })).toBeVisible();
  // Without operator details attendees read who is responsible in plain words, never the names of settings.
  await expect(phone.getByText("Verantwortlich ist die Stelle, die diese Veranstaltung ausrichtet.", { exact: false }).first()).toBeVisible();
  await expect(phone.locator("body")).not.toContainText("OPERATOR_");
  await expectNoAxeViolations(phone, "privacy statement");
  await screenshot(phone, "phone-privacy");

  await phone.getByRole("link", { name: "Barrierefreiheit" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Erklärung zur Barrierefreiheit" })).toBeVisible();
  for (const heading of ["Stand der Vereinbarkeit", "Nicht barrierefreie Inhalte", "Feedback und Kontakt", "Schlichtungsverfahren"]) {
    await expect(phone.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(phone.getByRole("link", { name: "https://www.schlichtungsstelle-bgg.de" })).toBeVisible();
  await expectNoAxeViolations(phone, "accessibility statement");

  await phone.getByRole("button", { name: "Switch to English" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
  await expect(phone.getByRole("heading", { name: "Enforcement procedure" })).toBeVisible();
});

test("the A4 handout carries the code and the join QR code on one page", async ({ browser }) => {
  const event = await createEventViaApi("Bürgerdialog Mobilität 2026", [{ question: "Was zuerst?", items: ["A", "B"] }]);
  const page = await (await newContext(browser, DESKTOP)).newPage();
  await page.goto(`/handout/${event.code}`);
  await expect(page.getByText("Bürgerdialog Mobilität 2026")).toBeVisible();
  await expect(page.getByTestId("handout-code")).toHaveText(event.code);
  await expect(page.getByRole("img", { name: new RegExp(`/join/${event.code}$`) })).toBeVisible();
  await expectNoAxeViolations(page, "handout");
  await screenshot(page, "desktop-handout");
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test("a picture of a word cloud shows its words as the cloud laid them out", async ({ browser }) => {
  const event = await createEventViaApi("Klausurtagung", [{ type: "wordcloud", question: "Was verbinden Sie mit Verwaltung 2030?" }]);
  const moderator = await connectModerator(event);
  const poll = event.polls[0];
  if (!poll) throw new Error("poll missing");
  await moderator.show(poll.id);
  await moderator.open(poll.id);
  await castBallots(event, poll.id, [
    { type: "wordcloud", words: ["Bürgernähe", "Tempo"] },
    { type: "wordcloud", words: ["Bürgernähe", "Datenschutz"] },
  ]);
  moderator.disconnect();
  const page = await (await newContext(browser, DESKTOP)).newPage();
  await page.goto(`/results/${event.code}#${event.moderatorToken}`);
  const svg = await downloaded(page, () => page.getByRole("button", { name: /^SVG-Bild/ }).click());
  const text = svg.bytes.toString("utf8");
  // The words as laid out in the cloud, not only in the table screen readers get.
  const placed = [...text.matchAll(/data-testid="cloud-word"[^>]*>([^<]+)</g)].map((match) => match[1]);
  expect(placed.sort()).toEqual(["Bürgernähe", "Datenschutz", "Tempo"]);
});
