/**
 * Events made through the HTTP API and driven over real sockets, for specs
 * whose subject is a screen, not the moderator's clicks. The labels are the
 * longest realistic German ones the limits allow.
 */
import { randomUUID } from "node:crypto";
import { request as httpRequest } from "@playwright/test";
import type { EntryAction, TextEntry } from "@/lib/domain/entries/text-entry";
import { type Ballot, ITEM_LABEL_MAX_LENGTH, type ModerationAction, QUESTION_MAX_LENGTH } from "@/lib/domain/poll";
import type { ClientSocket } from "@/lib/realtime/request";
import { request } from "@/lib/realtime/request";
import { connectParticipant } from "../../tests/support/participant-socket";

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

const GERMAN_ITEMS = [
  "Verwaltungsdigitalisierungsstrategie für Bund, Länder und Kommunen",
  "Ende-zu-Ende-Digitalisierung der Antragsverfahren nach dem Onlinezugangsgesetz",
  "Barrierefreiheitsanforderungen nach BITV 2.0 in allen Fachverfahren",
  "Datenschutzfolgenabschätzung vor jeder Einführung neuer Softwarelösungen",
  "Rechtsvereinfachung und Entbürokratisierung der Zuwendungsverfahren",
  "Qualifizierungsoffensive für Informationssicherheitsbeauftragte",
  "Interoperabilitätsstandards zwischen Landesverwaltungen",
  "Registermodernisierung mit der Identifikationsnummer",
  "Künstliche Intelligenz in der Sachbearbeitung mit menschlicher Letztentscheidung",
  "Nachwuchsgewinnung und Arbeitgeberattraktivität des öffentlichen Dienstes",
];

/** `count` labels, each padded with real words to exactly the label limit. */
export function longGermanItems(count: number): string[] {
  const filler = " sowie Kooperationsvereinbarungen mit Kommunalverwaltungen und Hochschulen";
  return GERMAN_ITEMS.slice(0, count).map((label) => `${label}${filler}`.slice(0, ITEM_LABEL_MAX_LENGTH).trimEnd());
}

export const LONGEST_QUESTION = (
  "Welche Maßnahmen der Verwaltungsdigitalisierungsstrategie sollten Bund, Länder und Kommunen in den kommenden " +
  "Haushaltsjahren vorrangig umsetzen, um Bürgerinnen, Bürgern und Unternehmen spürbare Entlastung zu verschaffen?"
).slice(0, QUESTION_MAX_LENGTH);

export interface ApiEvent {
  code: string;
  moderatorToken: string;
  polls: { id: string; type: string; question: string; items: { id: string; label: string }[] }[];
}

/** A poll as the HTTP API takes it; ranking unless `type` says otherwise. */
export type ApiPoll = { type?: string; question: string; items?: string[]; timerSeconds?: number; showResultsToVoters?: boolean } & Record<string, unknown>;

export async function createEventViaApi(title: string, polls: ApiPoll[]): Promise<ApiEvent> {
  const api = await httpRequest.newContext({ baseURL: BASE_URL });
  const response = await api.post("/api/events", {
    data: { title, polls: polls.map((poll) => ({ type: "ranking", ...poll })) },
  });
  if (!response.ok()) throw new Error(`creating the event failed: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as ApiEvent;
  await api.dispose();
  return body;
}

async function ok<T>(answer: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(`socket request failed: ${settled.error}`);
  return settled.data;
}

/** The moderator's commands, sent the way the console sends them. */
export async function connectModerator(event: ApiEvent) {
  const socket = await connectParticipant(BASE_URL);
  await ok(request(socket, "moderator:join", { token: event.moderatorToken }));
  return {
    socket,
    show: (pollId: string | null) => ok(request(socket, "poll:go-live", { pollId })),
    open: (pollId: string) => ok(request(socket, "poll:set-status", { pollId, status: "open" })),
    close: (pollId: string) => ok(request(socket, "poll:set-status", { pollId, status: "closed" })),
    showResults: (pollId: string, visible: boolean) => ok(request(socket, "poll:set-results-visible", { pollId, visible })),
    reveal: (pollId: string) => ok(request(socket, "poll:reveal-answer", { pollId, revealed: true })),
    moderate: (pollId: string, action: ModerationAction) => ok(request(socket, "poll:moderate", { pollId, action })),
    moderateEntry: (pollId: string, entryId: string, action: EntryAction) => ok(request(socket, "entry:moderate", { pollId, entryId, action })),
    disconnect: () => socket.disconnect(),
  };
}

/** Phones that are plain sockets: fast to vote in numbers. */
export async function castVotes(event: ApiEvent, pollId: string, rankings: string[][]): Promise<void> {
  await castBallots(event, pollId, rankings.map((ranking) => ({ type: "ranking", ranking })));
}

/** Ballots of any kind, each from a phone of its own. */
export async function castBallots(event: ApiEvent, pollId: string, ballots: Ballot[]): Promise<void> {
  const phones: ClientSocket[] = [];
  try {
    for (const ballot of ballots) {
      const phone = await connectParticipant(BASE_URL);
      phones.push(phone);
      await ok(request(phone, "attendee:join", { code: event.code }));
      await ok(request(phone, "vote:submit", { pollId, voteId: randomUUID(), ballot }));
    }
  } finally {
    for (const phone of phones) phone.disconnect();
  }
}

/**
 * An event with one poll of entries, on screen and open, filled from one
 * phone: how the projector-fit specs of entry kinds start.
 */
export async function openEntryPollWith(poll: ApiPoll, texts: string[]) {
  const event = await createEventViaApi("Digitaler Staat 2025 – Forum Verwaltungsdigitalisierungsstrategie", [poll]);
  const pollId = event.polls[0]?.id ?? "";
  const moderator = await connectModerator(event);
  await moderator.show(pollId);
  await moderator.open(pollId);
  return { event, pollId, moderator, entries: await submitEntries(event, pollId, texts) };
}

/** Entries (open answers, questions) sent from one phone; answers them as stored. */
export async function submitEntries(event: ApiEvent, pollId: string, texts: string[]): Promise<TextEntry[]> {
  const phone = await connectParticipant(BASE_URL);
  try {
    await ok(request(phone, "attendee:join", { code: event.code }));
    const stored: TextEntry[] = [];
    for (const text of texts) stored.push(await ok(request(phone, "entry:submit", { pollId, entryId: randomUUID(), entry: { text } })));
    return stored;
  } finally {
    phone.disconnect();
  }
}

/** The id of a poll's item by its label. */
export function itemId(event: ApiEvent, pollIndex: number, label: string): string {
  const id = event.polls[pollIndex]?.items.find((item) => item.label === label)?.id;
  if (!id) throw new Error(`no item "${label}" in poll ${pollIndex}`);
  return id;
}
