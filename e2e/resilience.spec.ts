/**
 * A phone whose connection drops: it says so, keeps the vote it is sending,
 * delivers it once the network is back (counted once), and rejoins the event
 * so it keeps following the moderator.
 */
import { expect, type Page, test } from "@playwright/test";
import { AttendeePage } from "./pages/attendee-page";
import { ModeratorPage } from "./pages/moderator-page";
import { DESKTOP, newContext, PHONE } from "./support/viewports";

/** Lets a test pull the phone's network cable for Socket.IO (WebSocket and long-polling alike). */
async function controllableNetwork(page: Page) {
  let down = false;
  const open: { close: () => Promise<void> }[] = [];
  await page.route("**/socket.io/**", (route) => (down ? route.abort("internetdisconnected") : route.continue()));
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (down) return ws.close();
    ws.connectToServer();
    open.push(ws);
  });
  return {
    async drop() {
      down = true;
      for (const ws of open.splice(0)) await ws.close();
    },
    restore() {
      down = false;
    },
  };
}

test("a vote sent while the connection is down is delivered once it is back, and counted once", async ({ browser }) => {
  const moderator = new ModeratorPage(await (await newContext(browser, DESKTOP)).newPage());
  const code = await moderator.createEvent("Funkloch-Forum");
  await moderator.addRankingPoll("Was zuerst?", ["Netz", "Strom", "Kaffee"]);
  await moderator.addRankingPoll("Und danach?", ["Pause", "Arbeit"]);
  await moderator.select("Was zuerst?");
  await moderator.startVoting();

  const phone = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  const network = await controllableNetwork(phone.page);
  await phone.open(code);
  await phone.tapInOrder(["Kaffee", "Netz"]);

  await network.drop();
  await expect(phone.page.getByText("Verbindung unterbrochen – verbinde neu …")).toBeVisible();
  await phone.submit.click();
  await expect(phone.page.getByText("Stimme wird gesendet …")).toBeVisible();
  await phone.page.waitForTimeout(1500);
  await expect(moderator.ballotCount()).toHaveText("keine Stimmen");

  network.restore();
  await phone.expectCounted();
  await expect(phone.page.getByText("Verbindung unterbrochen – verbinde neu …")).toBeHidden();
  await expect(moderator.ballotCount()).toHaveText("1 Stimme");
  const results = await (await phone.page.request.get(`/api/events/${code}/results`)).json();
  expect(results.polls[0].ballotCount).toBe(1);
  expect(results.polls[0].results.items.map((item: { label: string; score: number }) => [item.label, item.score])).toEqual([
    ["Kaffee", 2],
    ["Netz", 1],
    ["Strom", 0],
  ]);

  // Rejoined after the reconnect: the phone still follows the moderator.
  await moderator.button("Nächste Umfrage zeigen →").click();
  await expect(phone.question("Und danach?")).toBeVisible();
});
