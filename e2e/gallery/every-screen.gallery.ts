/**
 * Pictures of every screen, for people to look at before a release: German
 * and English, phones of 320 and 390 px, the console at 1440 and the
 * projector at 1280×720 and 1920×1080, filled with a realistic forum. Run with
 * `npm run screenshots` (once with the app's font, once with the host's);
 * the pictures land in test-results/gallery/. It asserts only that each
 * screen shows what it should, so a picture is never of an error page.
 */
import { type Browser, expect, type Page } from "@playwright/test";
import type { Ballot } from "@/lib/domain/poll";
import { type ApiEvent, castBallots, connectModerator, createEventViaApi, itemId, submitEntries } from "../support/fixtures";
import { test } from "../support/test";

const PHONES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
] as const;
const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const CONSOLE = { width: 1440, height: 900 };
const LOCALES = [
  ["de", "de-DE"],
  ["en", "en-GB"],
] as const;

const STRATEGY = [
  "Digitale Antragsverfahren Ende-zu-Ende",
  "Registermodernisierung",
  "Barrierefreiheit nach BITV 2.0",
  "Informationssicherheit in Kommunen",
  "Fachkräftegewinnung für die IT",
];

/** The forum of the brochure: one poll of every kind, each with votes. */
async function forum(): Promise<ApiEvent> {
  const event = await createEventViaApi("Forum „Digitaler Staat“ 2026", [
    { type: "ranking", question: "Welche Vorhaben sollten Bund, Länder und Kommunen im nächsten Jahr vorrangig umsetzen?", items: STRATEGY },
    { type: "choice", question: "Wie sind Sie heute angereist?", items: ["Bahn", "Auto", "Fahrrad", "Zu Fuß"] },
    {
      type: "scale",
      question: "Wie sehr stimmen Sie zu?",
      items: ["Meine Behörde ist digital gut aufgestellt", "Ich habe genug Zeit für Weiterbildung"],
      scale: { min: 1, max: 5, minLabel: "gar nicht", maxLabel: "voll und ganz" },
    },
    { type: "points", question: "Wie verteilen Sie 100 Punkte auf diese Vorhaben?", items: STRATEGY.slice(0, 4), budget: 100 },
    { type: "quiz", question: "Seit wann gilt das Onlinezugangsgesetz?", items: ["2009", "2017", "2022"], correct: [1], timeLimitSeconds: 60 },
    { type: "wordcloud", question: "Was verbinden Sie mit Verwaltung 2030?", items: [], maxEntries: 3, maxLength: 40 },
    { type: "open_text", question: "Was sollte die Verwaltung als Erstes vereinfachen?", maxEntries: 3, maxLength: 280 },
    { type: "qa", question: "Ihre Fragen an das Podium", moderation: "post", allowNames: true },
  ]);
  const ids = (poll: number) => (event.polls[poll]?.items ?? []).map((item) => item.id);
  const ballots: [number, Ballot[]][] = [
    [0, [0, 1, 2, 3, 4, 5].map((shift) => ({ type: "ranking", ranking: ids(0).map((_, i) => ids(0)[(i + shift) % 5] ?? "").slice(0, 5 - (shift % 2)) }))],
    [1, ["Bahn", "Bahn", "Auto", "Fahrrad", "Bahn"].map((label) => ({ type: "choice", choices: [itemId(event, 1, label)] }))],
    [2, [4, 2, 5, 3].map((value) => ({ type: "scale", ratings: { [ids(2)[0] ?? ""]: value, [ids(2)[1] ?? ""]: 6 - value } }))],
    [3, [40, 10, 25].map((first) => ({ type: "points", points: { [ids(3)[0] ?? ""]: first, [ids(3)[1] ?? ""]: 100 - first } }))],
    [4, [1, 1, 0, 2].map((index) => ({ type: "quiz", choices: [ids(4)[index] ?? ""] }))],
    [5, [["Bürgernähe", "Tempo"], ["Bürgernähe", "Datenschutz", "KI"], ["Once-Only", "Tempo"], ["Bürgernähe"]].map((words) => ({ type: "wordcloud", words }))],
  ];
  const moderator = await connectModerator(event);
  for (const [poll, list] of ballots) {
    await moderator.show(event.polls[poll]?.id ?? "");
    await moderator.open(event.polls[poll]?.id ?? "");
    await castBallots(event, event.polls[poll]?.id ?? "", list);
  }
  for (const poll of [6, 7]) {
    await moderator.show(event.polls[poll]?.id ?? "");
    await moderator.open(event.polls[poll]?.id ?? "");
  }
  await submitEntries(event, event.polls[6]?.id ?? "", ["Weniger Formulare, mehr Onlinedienste", "Die Vollmacht für Angehörige", "Ein Konto für alles"]);
  await submitEntries(event, event.polls[7]?.id ?? "", ["Wann kommt die digitale Vollmacht?", "Wie werden kleine Kommunen unterstützt?"]);
  moderator.disconnect();
  return event;
}

async function shoot(browser: Browser, viewport: { width: number; height: number }, locale: string, url: string, name: string, ready: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport, locale, hasTouch: viewport.width < 500 });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  const fonts = test.info().project.name.replace("gallery-", "");
  await page.screenshot({ path: `test-results/gallery/${fonts}/${name}-${viewport.width}x${viewport.height}.png`, fullPage: viewport.width < 1000 });
  await context.close();
}

test("every screen, in German and English, at phone, console and projector sizes", async ({ browser }) => {
  test.setTimeout(600_000);
  const event = await forum();
  const moderator = await connectModerator(event);
  const heading = (page: Page) => expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();

  for (const [language, locale] of LOCALES) {
    for (const phone of PHONES) {
      await shoot(browser, phone, locale, "/", `${language}-home`, heading);
      await shoot(browser, phone, locale, "/new", `${language}-new-event`, heading);
      await shoot(browser, phone, locale, "/privacy", `${language}-privacy`, heading);
      await shoot(browser, phone, locale, "/join/ZZZZZZ", `${language}-unknown-code`, heading);
    }
    await shoot(browser, CONSOLE, locale, `/moderate/${event.moderatorToken}`, `${language}-console`, heading);
    await shoot(browser, CONSOLE, locale, `/moderate/${event.moderatorToken}`, `${language}-console-editor`, async (page) => {
      await page.getByRole("button", { name: /^(Bearbeiten|Edit)/ }).first().click();
      await expect(page.getByRole("form")).toBeVisible();
    });
    await shoot(browser, CONSOLE, locale, "/moderate/not-a-token", `${language}-bad-moderator-link`, heading);
    await shoot(browser, CONSOLE, locale, `/results/${event.code}#${event.moderatorToken}`, `${language}-results`, heading);
  }

  for (const poll of event.polls) {
    await moderator.show(poll.id);
    if (poll.type !== "wordcloud" && poll.type !== "open_text" && poll.type !== "qa") await moderator.showResults(poll.id, true);
    for (const [language, locale] of LOCALES) {
      for (const phone of PHONES) {
        await shoot(browser, phone, locale, `/join/${event.code}`, `${language}-phone-${poll.type}`, (page) =>
          expect(page.getByRole("heading", { level: 1, name: poll.question })).toBeVisible(),
        );
      }
      for (const projector of PROJECTORS) {
        await shoot(browser, projector, locale, `/present/${event.code}`, `${language}-projector-${poll.type}`, (page) =>
          expect(page.getByText(poll.question).first()).toBeVisible(),
        );
      }
    }
  }
  moderator.disconnect();
});
