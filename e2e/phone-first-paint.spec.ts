/**
 * The phone's page comes with its poll: the server renders the question and
 * the answer controls, so they are there before any script has run or the
 * socket has connected (on a slow network, the difference between a page and
 * a spinner). Checked with JavaScript switched off, so nothing the browser
 * runs can have put them there.
 */
import type { Browser, BrowserContext } from "@playwright/test";
import { AttendeePage } from "./pages/attendee-page";
import { connectModerator, createEventViaApi } from "./support/fixtures";
import { expect, test } from "./support/test";
import { PHONE } from "./support/viewports";

const withoutScripts = (browser: Browser, storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>) =>
  browser.newContext({ viewport: PHONE, locale: "de-DE", javaScriptEnabled: false, storageState });

test("the phone's page is rendered with the live poll: question and answer controls without any script, and a phone that voted sees its answer", async ({
  browser,
}) => {
  const event = await createEventViaApi("Forum Verwaltung", [{ question: "Was ist Ihnen am wichtigsten?", items: ["Vertrauen", "Tempo", "Datenschutz"] }]);
  const pollId = event.polls[0]?.id ?? "";
  const moderator = await connectModerator(event);
  await moderator.show(pollId);
  await moderator.open(pollId);

  const bare = await (await withoutScripts(browser)).newPage();
  await bare.goto(`/join/${event.code}`);
  await expect(bare.getByRole("heading", { name: "Was ist Ihnen am wichtigsten?" })).toBeVisible();
  await expect(bare.getByRole("button", { name: /^Vertrauen – als Platz 1 einordnen$/ })).toBeVisible();
  await expect(bare.getByRole("button", { name: "Stimme abgeben" })).toBeVisible();

  // The same phone after voting: the page knows it by its cookie and shows its answer, not the form.
  const phoneContext = await browser.newContext({ viewport: PHONE, locale: "de-DE", hasTouch: true });
  const phone = new AttendeePage(await phoneContext.newPage());
  await phone.open(event.code);
  await phone.tapInOrder(["Tempo", "Vertrauen"]);
  await phone.submit.click();
  await expect(phone.page.getByText("Ihre Stimme wurde gezählt.")).toBeVisible();

  const reloaded = await (await withoutScripts(browser, await phoneContext.storageState())).newPage();
  await reloaded.goto(`/join/${event.code}`);
  const ownAnswer = reloaded.getByRole("region", { name: "Ihre Rangfolge" });
  await expect(ownAnswer.getByRole("listitem")).toHaveText(["Tempo", "Vertrauen"]);
  await expect(reloaded.getByRole("button", { name: "Stimme abgeben" })).toHaveCount(0);
  moderator.disconnect();
});
