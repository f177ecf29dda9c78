/**
 * What a phone downloads to vote: the JavaScript of the production build, as
 * the server sends it (gzip), summed from the files a real page loads. A size
 * is the same on every run, so this is a budget, not a timing. The budgets are
 * today's sizes with a little room: they catch what would make every phone
 * heavier (a chart library, all of zod's locales, drag and drop for a choice,
 * a kind's board or editor, a message parser). The page's own scripts (what runs before the
 * phone is interactive: React, Next's runtime, the Socket.IO client, the
 * screen) are 170 KiB; the outbox's schemas (zod, 33 KiB) and the poll's
 * input come after, 213 KiB in all. The aim is 150 KiB in all.
 */
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { connectModerator, createEventViaApi } from "./support/fixtures";
import { expect, test } from "./support/test";
import { newContext, PHONE } from "./support/viewports";

/** KiB of compressed JavaScript a phone may load for a choice poll, hyphenation patterns aside. */
const BUDGET_KIB = 225;
/** KiB of it the page itself names, which run before the phone is interactive. */
const PAGE_BUDGET_KIB = 180;

interface Script {
  url: string;
  body: string;
}

/** Records every script the page loads; each call answers those loaded since the last one. */
function recordScripts(page: Page): () => Promise<Script[]> {
  let scripts: Promise<Script>[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.endsWith(".js")) scripts.push(response.text().then((body) => ({ url: response.url(), body })));
  });
  return async () => {
    await page.waitForLoadState("networkidle");
    const taken = scripts;
    scripts = [];
    return Promise.all(taken);
  };
}

const kib = (scripts: Script[]) => scripts.reduce((sum, { body }) => sum + gzipSync(body).length, 0) / 1024;
/** The German hyphenation patterns: loaded after the first paint, and only where the browser cannot hyphenate German itself. */
const isHyphenation = ({ body }: Script) => body.includes("hyphenateHTMLSync");
/** dnd-kit's announcements for screen readers, in every build of it. */
const isDragAndDrop = ({ body }: Script) => body.includes("DndDescribedBy");
const isChart = ({ body }: Script) => body.includes("recharts-wrapper");
const isZod = ({ body }: Script) => body.includes("ZodError");
/** The ICU message parser: messages are compiled at build time (next.config.ts). */
const isMessageParser = ({ body }: Script) => body.includes("EXPECT_ARGUMENT_CLOSING_BRACE");

test("a phone loads only what its poll's kind needs: no drag and drop but for a ranking, never charts, and the JavaScript stays within budget", async ({
  browser,
}) => {
  const event = await createEventViaApi("Forum Verwaltung", [
    { type: "choice", question: "Wie sind Sie angereist?", items: ["Bahn", "Auto", "Fahrrad"] },
    { question: "Was ist am wichtigsten?", items: ["Vertrauen", "Tempo", "Datenschutz"] },
  ]);
  const [choice, ranking] = event.polls.map((poll) => poll.id) as [string, string];
  const moderator = await connectModerator(event);
  await moderator.show(choice);
  await moderator.open(choice);

  const phone = await (await newContext(browser, PHONE)).newPage();
  const loadedScripts = recordScripts(phone);
  await phone.goto(`/join/${event.code}`);
  await expect(phone.getByRole("checkbox", { name: "Bahn" }).or(phone.getByRole("radio", { name: "Bahn" }))).toBeVisible();
  const forChoice = await loadedScripts();
  const pageScripts = new Set((await (await phone.request.get(`/join/${event.code}`)).text()).match(/\/_next\/static\/[^"]+\.js/g));
  const named = forChoice.filter((script) => pageScripts.has(new URL(script.url).pathname));
  expect(named.filter(isZod), "zod among the scripts the page itself names").toEqual([]);
  expect(kib(named), "KiB of compressed JavaScript the page itself names").toBeLessThanOrEqual(PAGE_BUDGET_KIB);
  const weight = kib(forChoice.filter((script) => !isHyphenation(script)));
  test.info().annotations.push({
    type: "phone JavaScript (gzip)",
    description: `${weight.toFixed(1)} KiB for a choice poll, ${kib(named).toFixed(1)} KiB of it named by the page`,
  });
  expect(forChoice.filter(isDragAndDrop), "drag and drop loaded for a choice poll").toEqual([]);
  expect(forChoice.filter(isChart), "a chart library on a phone").toEqual([]);
  expect(forChoice.filter(isMessageParser), "a message parser on a phone").toEqual([]);
  expect(weight, "KiB of compressed JavaScript for a choice poll").toBeLessThanOrEqual(BUDGET_KIB);

  // The ranking brings its drag and drop along when it comes on screen, and still no charts.
  await moderator.show(ranking);
  await moderator.open(ranking);
  await expect(phone.getByRole("button", { name: /^Vertrauen – als Platz 1 einordnen$/ })).toBeVisible();
  const forRanking = await loadedScripts();
  expect(forRanking.filter(isDragAndDrop).length, "drag and drop for the ranking").toBeGreaterThan(0);
  expect(forRanking.filter(isChart)).toEqual([]);
  moderator.disconnect();
});
