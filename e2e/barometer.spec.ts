/**
 * The whole barometer, side by side: a moderator prepares and opens a ranking
 * poll, three phones rank (by tapping, by dragging, by keyboard alone), and the
 * projector shows the exact Borda order as the votes arrive, without a reload.
 */

import { AttendeePage } from "./pages/attendee-page";
import { ModeratorPage } from "./pages/moderator-page";
import { PresenterPage } from "./pages/presenter-page";
import { expectNoAxeViolations } from "./support/axe";
import { tabTo } from "./support/keyboard";
import { expect, test } from "./support/test";
import { DESKTOP, newContext, PHONE, PROJECTOR, screenshot } from "./support/viewports";

const QUESTION = "Was hilft Ihrem Team am meisten?";
const ITEMS = ["Zeit", "Vertrauen", "Fachwissen", "Kreativität"];

test("moderator, three phones and the projector run a ranking poll together", async ({ browser }) => {
  const moderatorContext = await newContext(browser, DESKTOP);
  const moderator = new ModeratorPage(await moderatorContext.newPage());
  const code = await moderator.createEvent("Forum New Work 2025");
  await expectNoAxeViolations(moderator.page, "moderator (new event)");

  await moderator.addRankingPoll(QUESTION, ITEMS);
  await moderator.select(QUESTION);
  await moderator.startVoting();
  await expectNoAxeViolations(moderator.page, "moderator (poll open)");

  const projector = new PresenterPage(await (await newContext(browser, PROJECTOR)).newPage());
  await projector.open(code);
  await expect(projector.page.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
  await expect(projector.page.getByText(code, { exact: true })).toBeVisible();
  await expect(projector.page.getByRole("img", { name: new RegExp(`/join/${code}$`) })).toBeVisible();
  await expect(projector.ballotCount("noch keine Stimmen")).toBeVisible();

  // Phone 1 joins by typing the code on the start page and ranks by tapping.
  const tapper = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await tapper.joinByTypingCode(code);
  await expect(tapper.question(QUESTION)).toBeVisible();
  await expectNoAxeViolations(tapper.page, "phone (ballot)");
  await tapper.tapInOrder(["Vertrauen", "Zeit", "Kreativität", "Fachwissen"]);
  await tapper.expectRanking(["Vertrauen", "Zeit", "Kreativität", "Fachwissen"]);
  await tapper.submit.click();
  await tapper.expectCounted();
  await expectNoAxeViolations(tapper.page, "phone (vote counted)");
  await expect(projector.ballotCount("1 Stimme")).toBeVisible();

  // Phone 2 opens the link, ranks in poll order, then drags Kreativität to the top.
  const dragger = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  await dragger.open(code);
  await dragger.tapInOrder(ITEMS);
  await dragger.drag("Kreativität", "Zeit");
  await dragger.expectRanking(["Kreativität", "Zeit", "Vertrauen", "Fachwissen"]);
  await dragger.submit.click();
  await dragger.expectCounted();

  // Phone 3 uses the keyboard alone and ranks only three of the four items.
  const keyboardUser = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  const keys = keyboardUser.page.keyboard;
  await keyboardUser.open(code);
  await expect(keyboardUser.question(QUESTION)).toBeVisible();
  await tabTo(keyboardUser.page, keyboardUser.poolItem("Vertrauen"));
  await keys.press("Enter");
  await tabTo(keyboardUser.page, keyboardUser.poolItem("Fachwissen"));
  await keys.press("Enter");
  await tabTo(keyboardUser.page, keyboardUser.poolItem("Zeit"));
  await keys.press("Enter");
  await keyboardUser.expectRanking(["Vertrauen", "Fachwissen", "Zeit"]);
  await tabTo(keyboardUser.page, keyboardUser.moveUp("Zeit"), { backwards: true });
  await keys.press("Enter");
  await keyboardUser.expectRanking(["Vertrauen", "Zeit", "Fachwissen"]);
  await expect(keyboardUser.moveUp("Zeit")).toBeFocused();
  await expect(keyboardUser.page.getByText("Zeit ist jetzt Platz 2 von 4.")).toBeAttached();
  await tabTo(keyboardUser.page, keyboardUser.submit);
  await keys.press("Enter");
  await keyboardUser.expectCounted();
  // The form is gone once the vote counts: focus moves to the confirmation, not to <body>.
  await expect(keyboardUser.page.getByText("Ihre Stimme wurde gezählt.")).toBeFocused();

  // Borda with 4 items (3, 2, 1, 0 points): Vertrauen 3+1+3, Zeit 2+2+2, Kreativität 1+3+0, Fachwissen 0+0+1.
  await expect(projector.ballotCount("3 Stimmen")).toBeVisible();
  await projector.expectResults([
    ["Vertrauen", 7],
    ["Zeit", 6],
    ["Kreativität", 4],
    ["Fachwissen", 1],
  ]);
  await projector.expectBoardOrder(["Vertrauen", "Zeit", "Kreativität", "Fachwissen"]);
  await expect(projector.page.getByText(/Borda-Zählung/)).toBeVisible();
  await expect(projector.page.getByTestId("participation")).toHaveText("3 von 3 verbundenen Geräten haben abgestimmt");
  await expect(moderator.ballotCount()).toHaveText("3 Stimmen");
  await expectNoAxeViolations(projector.page, "projector (results)");
  await screenshot(projector.page, "projector-1920-results");
  await screenshot(tapper.page, "phone-vote-counted");
  await screenshot(moderator.page, "moderator-open");

  // The moderator closes the poll; every phone shows it closed without a reload.
  await moderator.closeVoting();
  for (const phone of [tapper, dragger, keyboardUser]) {
    await expect(phone.page.getByRole("heading", { name: "Abstimmung beendet" })).toBeVisible();
  }
  await expect(projector.page.getByText("Abstimmung beendet")).toBeVisible();
  await expectNoAxeViolations(keyboardUser.page, "phone (closed)");
  await screenshot(keyboardUser.page, "phone-closed");
});
