/** The demo event a fresh install starts with, the start page, and the two languages. */

import { AttendeePage } from "./pages/attendee-page";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";
import { newContext, PHONE, PROJECTOR, screenshot } from "./support/viewports";

const DEMO_CODE = "DS24NW";

test("the demo barometer is live on first start, on phone and projector", async ({ browser }) => {
  const projector = await (await newContext(browser, PROJECTOR)).newPage();
  await projector.goto(`/present/${DEMO_CODE}`);
  await expect(projector.getByRole("heading", { level: 1, name: "Was macht Sie leistungsfähig?" })).toBeVisible();
  await expect(projector.getByText("Digitaler Staat 2024 – New Work Forum")).toBeVisible();

  const phone = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await phone.open(DEMO_CODE);
  for (const item of ["vertrauensvolle Zusammenarbeit", "kreative Atmosphäre", "ausreichend Zeit", "eigenes Fachwissen", "gute Disziplin"]) {
    await expect(phone.poolItem(item)).toBeVisible();
  }
  await screenshot(phone.page, "phone-ballot-empty");
  await phone.tapInOrder(["vertrauensvolle Zusammenarbeit", "ausreichend Zeit", "kreative Atmosphäre"]);
  await screenshot(phone.page, "phone-ballot-partial");
  await phone.submit.click();
  await phone.expectCounted();

  // Changing the vote replaces the ballot: still one vote.
  await phone.page.getByRole("button", { name: "Stimme ändern" }).click();
  await phone.moveUp("ausreichend Zeit").click();
  await phone.submit.click();
  await expect(phone.page.getByRole("status").filter({ hasText: "Ihre geänderte Stimme wurde gezählt." })).toBeVisible();
  await expect(projector.getByText("1 Stimme", { exact: true })).toBeVisible();
  await expect(projector.getByRole("table").locator("tbody tr").first().getByRole("rowheader")).toHaveText("ausreichend Zeit");
  await screenshot(projector, "projector-1920-demo");
});

test("the start page speaks German by default and English on request", async ({ browser }) => {
  const german = await (await newContext(browser, PHONE, "de-DE")).newPage();
  await german.goto("/");
  await expect(german.locator("html")).toHaveAttribute("lang", "de");
  await expect(german.getByRole("heading", { name: "An einer Abstimmung teilnehmen" })).toBeVisible();
  await expectNoAxeViolations(german, "start page");
  await screenshot(german, "phone-home");

  await german.getByRole("button", { name: "Switch to English" }).click();
  await expect(german.getByRole("heading", { name: "Join a vote" })).toBeVisible();
  await expect(german.locator("html")).toHaveAttribute("lang", "en");
  await german.reload();
  await expect(german.getByRole("heading", { name: "Join a vote" })).toBeVisible();

  const english = await (await newContext(browser, PHONE, "en-US")).newPage();
  await english.goto(`/join/${DEMO_CODE}`);
  await expect(english.getByText("Tap the items one after another, the most important first.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(english, "phone (English)");

  await english.goto("/new");
  await expect(english.getByRole("heading", { name: "New event" })).toBeVisible();
  await expectNoAxeViolations(english, "new event (English)");
});

test("no request leaves the server's own origin", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) return;
    if (url.origin !== new URL(baseURL ?? "").origin) foreign.push(request.url());
  });
  for (const path of ["/", `/join/${DEMO_CODE}`, `/present/${DEMO_CODE}`, "/new"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
});
