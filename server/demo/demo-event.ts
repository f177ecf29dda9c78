/**
 * The demo event every fresh install starts with: the barometer of the
 * "Digitaler Staat 2024" New Work forum, live and open, with a Q&A open beside
 * it and a word cloud and open answers ready to show. Its moderator token is
 * kept in a file beside the database so the start banner can print a working moderator link.
 */
import fs from "node:fs";
import path from "node:path";
import { type EventInput, eventInputSchema, runsAlongside } from "@/lib/domain/poll";
import { fileBesideDatabase } from "../db/database-url";
import type { StoredEvent } from "../events/event-repository";
import type { CreatedEvent, EventService } from "../events/event-service";

export const DEMO_EVENT_CODE = "DS24NW";

export const DEMO_EVENT: EventInput = eventInputSchema.parse({
  title: "Digitaler Staat 2024 – New Work Forum",
  polls: [
    {
      type: "ranking",
      question: "Was macht Sie leistungsfähig?",
      items: [
        "vertrauensvolle Zusammenarbeit",
        "kreative Atmosphäre",
        "ausreichend Zeit",
        "eigenes Fachwissen",
        "gute Disziplin",
      ],
      allowVoteChange: true,
    },
    { type: "wordcloud", question: "Was verbinden Sie mit New Work?", maxEntries: 3 },
    { type: "open_text", question: "Was sollte Ihre Verwaltung als Erstes ändern?", moderation: "post" },
    { type: "qa", question: "Fragen an das Podium", moderation: "pre" },
  ],
});

/** Beside a SQLite file (data/barometer.db → data/barometer.demo-moderator-token), else in ./data/. */
export const demoTokenFile = (databaseUrl: string) => fileBesideDatabase(databaseUrl, ".demo-moderator-token");

export interface DemoEvent {
  code: string;
  moderatorToken: string;
  created: boolean;
}

/**
 * Creates the demo event if it does not exist (live and open, ready to vote).
 * If it exists but its token file is gone, issues a new moderator token.
 */
export async function ensureDemoEvent(events: EventService, tokenFile: string): Promise<DemoEvent> {
  const existing = await events.findEventByCode(DEMO_EVENT_CODE).catch(() => null);
  if (existing) return existingDemo(events, existing, tokenFile);
  let created: CreatedEvent;
  try {
    created = await events.createEvent({ ...DEMO_EVENT, code: DEMO_EVENT_CODE });
  } catch (error) {
    // Two processes starting at once: the code is unique, so the second one finds the first one's event.
    const raced = await events.findEventByCode(DEMO_EVENT_CODE).catch(() => null);
    if (!raced) throw error;
    return existingDemo(events, raced, tokenFile);
  }
  const { event, moderatorToken } = created;

  const polls = (await events.getEventOverview(event.id)).polls.map((p) => p.poll);
  const [barometer] = polls;
  if (barometer) {
    await events.goLive({ eventId: event.id, pollId: barometer.id });
    await events.setStatus({ eventId: event.id, pollId: barometer.id, status: "open" });
  }
  // The Q&A runs beside the barometer from the start: phones show it in a tab of its own.
  for (const poll of polls.filter(runsAlongside)) await events.setStatus({ eventId: event.id, pollId: poll.id, status: "open" });
  writeTokenFile(tokenFile, moderatorToken);
  return { code: event.code, moderatorToken, created: true };
}

/** The demo event as it is; a new moderator token only if the saved one is gone or no longer works. */
async function existingDemo(events: EventService, existing: StoredEvent, tokenFile: string): Promise<DemoEvent> {
  const saved = fs.existsSync(tokenFile) ? fs.readFileSync(tokenFile, "utf8").trim() : "";
  const valid = saved && (await events.authorizeModerator(saved).catch(() => null))?.id === existing.id;
  const moderatorToken = valid ? saved : await events.rotateModeratorToken(existing.id);
  if (!valid) writeTokenFile(tokenFile, moderatorToken);
  return { code: existing.code, moderatorToken, created: false };
}

function writeTokenFile(file: string, token: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
}
