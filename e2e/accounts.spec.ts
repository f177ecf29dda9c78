/**
 * Moderators with accounts, end to end in Chromium against a real OpenID
 * Connect provider (e2e/support/oidc-provider.ts): the owner signs in,
 * creates an event and invites a co-moderator, who signs in with another
 * account and moderates; the owner sees the audit log, removes the
 * co-moderator again, and rotates the secret link.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";
import { DESKTOP, newContext, PHONE, screenshot } from "./support/viewports";

/** The provider's development login: any user name is an account, any password will do. */
async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("irrelevant");
  await page.locator('button[type="submit"]').click();
  // First sign-in of this client: the provider asks to share the profile.
  await page.locator('button[type="submit"]').click();
}

test("the owner signs in, invites a co-moderator who signs in too, and manages the team", async ({ browser }) => {
  const anna = await (await newContext(browser, DESKTOP)).newPage();
  await anna.goto("/");
  await anna.getByRole("link", { name: "Anmelden" }).click();
  await signInAtProvider(anna, "anna");
  await expect(anna).toHaveURL(/\/events$/);
  await expect(anna.getByText("Angemeldet als Anna Amtsleiterin.")).toBeVisible();
  await expect(anna.getByText("Sie haben noch keine Veranstaltung.", { exact: false })).toBeVisible();

  await anna.getByRole("link", { name: "Neue Veranstaltung" }).click();
  await anna.getByLabel("Titel").fill("Forum Verwaltungsdigitalisierung 2026");
  await anna.getByRole("button", { name: "Erstellen" }).click();
  await expect(anna).toHaveURL(/\/console\/[A-Z0-9]{6}$/);
  const code = anna.url().split("/").at(-1) ?? "";
  const team = anna.getByRole("region", { name: "Team und Zugänge" });
  await expect(team.getByText("Anna Amtsleiterin")).toBeVisible();
  await team.getByRole("button", { name: "Co-Moderation einladen" }).click();
  const inviteUrl = (await team.locator("code").filter({ hasText: "/invite/" }).textContent()) ?? "";
  expect(inviteUrl).toMatch(/\/invite\/[\w-]{43}$/);
  await expectNoAxeViolations(anna, "console with the team panel");

  // The co-moderator opens the invitation on a phone, signs in as someone else, and accepts.
  const ben = await (await newContext(browser, PHONE)).newPage();
  await ben.goto(new URL(inviteUrl).pathname);
  await expect(ben.getByRole("heading", { name: "Einladung zur Co-Moderation" })).toBeVisible();
  await ben.getByRole("main").getByRole("link", { name: "Anmelden" }).click();
  await signInAtProvider(ben, "ben");
  await expect(ben.getByText("Angemeldet als Ben Behördenberater.", { exact: false })).toBeVisible();
  await screenshot(ben, "phone-invite");
  await ben.getByRole("button", { name: "Einladung annehmen" }).click();
  await expect(ben).toHaveURL(new RegExp(`/console/${code}$`));
  await expect(ben.getByRole("heading", { name: "Forum Verwaltungsdigitalisierung 2026" })).toBeVisible();
  // A co-moderator runs polls but does not manage the team.
  await expect(ben.getByRole("region", { name: "Team und Zugänge" })).toHaveCount(0);
  await ben.goto("/events");
  await expect(ben.getByText("Co-Moderation")).toBeVisible();
  await screenshot(ben, "phone-my-events");

  // The owner sees the co-moderator and the log, then removes them.
  await anna.reload();
  const members = team.getByRole("list").first();
  await expect(members.getByText("Ben Behördenberater", { exact: true })).toBeVisible();
  await team.getByText(/^Protokoll/).click();
  await expect(team.getByRole("cell", { name: "Co-Moderation übernommen: Ben Behördenberater" })).toBeVisible();
  await screenshot(anna, "desktop-console-team");
  await team.getByRole("button", { name: "Ben Behördenberater entfernen" }).click();
  await expect(members.getByText("Ben Behördenberater", { exact: true })).toHaveCount(0);
  await ben.goto(`/console/${code}`);
  await expect(ben.getByText("Dieses Konto hat in dieser Veranstaltung keine Rolle.", { exact: false })).toBeVisible();

  // A new secret link: shown once, and the log says so.
  await team.getByRole("button", { name: "Neuen Link erzeugen" }).click();
  await anna.getByRole("dialog").getByRole("button", { name: "Neuen Link erzeugen" }).click();
  await expect(team.locator("code").filter({ hasText: "/moderate/" })).toBeVisible();
  await expect(team.getByRole("cell", { name: "Neuer geheimer Link" })).toBeVisible();

  // Signing out ends the session: my events ask for a sign-in again.
  await anna.goto("/events");
  await anna.getByRole("button", { name: "Abmelden" }).click();
  await anna.goto("/events");
  await expect(anna.getByText("Melden Sie sich an, um Ihre Veranstaltungen zu sehen.")).toBeVisible();
});
