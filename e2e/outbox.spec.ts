/**
 * A phone on bad Wi-Fi never loses a vote: it is kept on the phone until the
 * server has it, however long the phone is offline, across a reload, and it
 * is counted exactly once.
 */
import type { Page } from "@playwright/test";
import { AttendeePage } from "./pages/attendee-page";
import { expectNoAxeViolations } from "./support/axe";
import { type ApiEvent, connectModerator, createEventViaApi } from "./support/fixtures";
import { expect, test } from "./support/test";
import { newContext, PHONE, screenshot } from "./support/viewports";

/**
 * Pulls the phone's cable for Socket.IO only (WebSocket and long-polling); pages still load.
 * The cable is pulled once the connection runs over its WebSocket: the page is usable before
 * (it is server-rendered), and during Socket.IO's upgrade a long-poll already under way would
 * still deliver, so the phone would not notice the pull until its heartbeat gives up.
 */
async function controllableSocketNetwork(page: Page) {
  let down = false;
  const open: { close: () => Promise<void> }[] = [];
  let webSocketOpened = () => {};
  let webSocket = new Promise<void>((resolve) => {
    webSocketOpened = resolve;
  });
  await page.route("**/socket.io/**", (route) => (down ? route.abort("internetdisconnected") : route.continue()));
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (down) return ws.close();
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      server.send(message);
      // Engine.IO's upgrade packet: from now on the connection runs over this WebSocket alone.
      if (message === "5") webSocketOpened();
    });
    open.push(ws);
  });
  return {
    async drop() {
      await webSocket;
      down = true;
      for (const ws of open.splice(0)) await ws.close();
      webSocket = new Promise<void>((resolve) => {
        webSocketOpened = resolve;
      });
    },
    restore() {
      down = false;
    },
  };
}

async function openPoll(title: string): Promise<{ event: ApiEvent; pollId: string }> {
  const event = await createEventViaApi(title, [{ question: "Was zuerst?", items: ["Netz", "Strom", "Kaffee"] }]);
  const pollId = event.polls[0]?.id ?? "";
  const moderator = await connectModerator(event);
  await moderator.show(pollId);
  await moderator.open(pollId);
  moderator.disconnect();
  return { event, pollId };
}

async function storedBallots(page: Page, code: string) {
  const results = await (await page.request.get(`/api/events/${code}/results`)).json();
  return {
    count: results.polls[0].ballotCount as number,
    scores: results.polls[0].results.items.map((item: { label: string; score: number }) => [item.label, item.score]),
  };
}

test("a vote cast offline waits on the phone for over a minute and is counted once the network is back", async ({ browser }) => {
  const { event } = await openPoll("Funkloch-Forum");
  const context = await newContext(browser, PHONE);
  const phone = new AttendeePage(await context.newPage());
  await phone.page.clock.install();
  const network = await controllableSocketNetwork(phone.page);
  await phone.open(event.code);
  await phone.tapInOrder(["Kaffee", "Netz"]);

  // The browser knows at once that it is offline, and the phone says so at once.
  await network.drop();
  await context.setOffline(true);
  await expect(phone.page.getByText("Keine Internetverbindung.", { exact: false })).toBeVisible();
  await phone.submit.click();
  const saved = phone.page.getByText("Ihre Stimme ist auf diesem Handy gespeichert", { exact: false });
  await expect(saved).toBeVisible();
  await expect(phone.page.getByRole("heading", { name: "Ihre Rangfolge" })).toBeVisible();
  // Scrolled to the end of the page, the phone still shows that it is offline.
  await phone.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(phone.page.getByText("Keine Internetverbindung.", { exact: false })).toBeInViewport();

  // Seventy seconds offline: the old phone gave up after ~55 s; the outbox never does.
  await phone.page.clock.fastForward("01:10");
  await expect(saved).toBeVisible();
  expect((await storedBallots(phone.page, event.code)).count).toBe(0);
  await expectNoAxeViolations(phone.page, "phone (vote saved offline)");
  await screenshot(phone.page, "phone-vote-saved-offline");

  await context.setOffline(false);
  network.restore();
  await phone.expectCounted();
  expect(await storedBallots(phone.page, event.code)).toEqual({
    count: 1,
    scores: [
      ["Kaffee", 2],
      ["Netz", 1],
      ["Strom", 0],
    ],
  });
});

test("a vote and an unfinished ranking survive a reload while the server is out of reach", async ({ browser }) => {
  const { event } = await openPoll("Neuladen-Forum");
  const phone = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  const network = await controllableSocketNetwork(phone.page);
  await phone.open(event.code);

  // An unfinished ranking comes back after a reload.
  await phone.tapInOrder(["Strom", "Kaffee"]);
  await phone.page.reload();
  await phone.expectRanking(["Strom", "Kaffee"]);

  // A vote sent while the server cannot be reached is still there after a reload, and goes out once it can.
  await network.drop();
  await phone.submit.click();
  await expect(phone.page.getByText("Ihre Stimme ist auf diesem Handy gespeichert", { exact: false })).toBeVisible();
  await phone.page.reload();
  await expect(phone.page.getByText("Ihre Stimme ist auf diesem Handy gespeichert", { exact: false })).toBeVisible();
  expect((await storedBallots(phone.page, event.code)).count).toBe(0);
  network.restore();
  await phone.expectCounted();

  // Counted once, and a further reload finds it stored, not pending.
  await phone.page.reload();
  await expect(phone.page.getByRole("heading", { name: "Ihre Rangfolge" })).toBeVisible();
  await expect(phone.page.getByText("Ihre Stimme ist auf diesem Handy gespeichert", { exact: false })).toHaveCount(0);
  expect((await storedBallots(phone.page, event.code)).count).toBe(1);
});

test("a reload without any network shows the app from the phone's cache, with the waiting vote, which is counted once back online", async ({ browser }) => {
  const { event } = await openPoll("Offline-Forum");
  // The one spec with the service worker on (playwright.config.ts blocks it elsewhere, where routes must see every request).
  const context = await browser.newContext({ viewport: PHONE, locale: "de-DE", hasTouch: true, serviceWorkers: "allow" });
  const phone = new AttendeePage(await context.newPage());
  await phone.open(event.code);
  await phone.tapInOrder(["Kaffee", "Strom"]);
  // The worker has taken over and keeps this page: what a phone has after its first visit.
  await phone.page.waitForFunction(async () => navigator.serviceWorker.controller !== null && (await caches.match(location.href)) !== undefined);

  await context.setOffline(true);
  await phone.submit.click();
  const saved = phone.page.getByText("Ihre Stimme ist auf diesem Handy gespeichert", { exact: false });
  await expect(saved).toBeVisible();
  await phone.page.reload();
  // Not the browser's "no internet" page: the app, offline, with the vote still waiting.
  await expect(phone.page.getByText("Barometer").first()).toBeVisible();
  await expect(phone.page.getByText("Keine Internetverbindung.", { exact: false })).toBeVisible();
  await expect(saved).toBeVisible();
  await expectNoAxeViolations(phone.page, "phone (reloaded offline)");
  await screenshot(phone.page, "phone-reloaded-offline");
  expect((await storedBallots(phone.page, event.code)).count).toBe(0);

  await context.setOffline(false);
  await phone.expectCounted();
  await phone.page.reload();
  await expect(phone.page.getByRole("heading", { name: "Ihre Rangfolge" })).toBeVisible();
  expect(await storedBallots(phone.page, event.code)).toEqual({
    count: 1,
    scores: [
      ["Kaffee", 2],
      ["Strom", 1],
      ["Netz", 0],
    ],
  });
});

test("a waiting vote still reaches its poll after the moderator has moved on, while that poll is open", async ({ browser }) => {
  const event = await createEventViaApi("Weiter-Forum", [
    { question: "Was zuerst?", items: ["Netz", "Strom", "Kaffee"] },
    { question: "Und danach?", items: ["Pause", "Arbeit"] },
  ]);
  const [first, second] = event.polls.map((poll) => poll.id) as [string, string];
  const moderator = await connectModerator(event);
  await moderator.show(first);
  await moderator.open(first);

  const phone = new AttendeePage(await (await newContext(browser, PHONE)).newPage());
  const network = await controllableSocketNetwork(phone.page);
  await phone.open(event.code);
  await phone.tapInOrder(["Strom"]);
  await network.drop();
  await phone.submit.click();
  await expect(phone.page.getByText("Ihre Stimme ist auf diesem Handy gespeichert", { exact: false })).toBeVisible();

  // The moderator shows the next poll; the first stays open.
  await moderator.show(second);
  moderator.disconnect();
  network.restore();
  await expect(phone.question("Und danach?")).toBeVisible();
  await expect.poll(async () => (await storedBallots(phone.page, event.code)).count).toBe(1);
});
