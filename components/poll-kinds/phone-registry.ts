/**
 * What a phone shows of every poll kind, by type: the phone's screens render
 * polls through these and never import a kind's board, editor or review
 * panel, so none of them is in the phone's page. Each part's code is
 * fetched when a poll of its kind comes on screen.
 */
import type { PollType } from "@/lib/domain/poll";
import { choicePhone } from "./choice/phone";
import type { BallotPhoneUi, EntryPhoneUi, PhoneUi } from "./kind-ui";
import { openTextPhone } from "./open-text/phone";
import { pointsPhone } from "./points/phone";
import { qaPhone } from "./qa/phone";
import { quizPhone } from "./quiz/phone";
import { rankingPhone } from "./ranking/phone";
import { scalePhone } from "./scale/phone";
import { wordcloudPhone } from "./wordcloud/phone";

const PHONE_UIS = {
  ranking: rankingPhone,
  choice: choicePhone,
  scale: scalePhone,
  points: pointsPhone,
  quiz: quizPhone,
  wordcloud: wordcloudPhone,
  open_text: openTextPhone,
  qa: qaPhone,
} satisfies Record<PollType, unknown>;

/** The phone's parts of a kind, typed with its own ballot and results; the screens hand them values of the same poll only. */
const phoneUi = (type: PollType): PhoneUi => PHONE_UIS[type] as unknown as PhoneUi;

/** The phone's parts of a kind with ballots; null for kinds with entries. */
export function ballotPhoneUi(type: PollType): BallotPhoneUi | null {
  const ui = phoneUi(type);
  return "BallotInput" in ui ? ui : null;
}

/** The phone's parts of a kind whose content comes as entries (open answers, Q&A); null for kinds with ballots. */
export function entryPhoneUi(type: PollType): EntryPhoneUi | null {
  const ui = phoneUi(type);
  return "EntryInput" in ui ? ui : null;
}

/**
 * Fetches the code of everything a phone may show of a kind (its input, the
 * answer it gave, the result), once the kind is on screen: a vote sent
 * offline then still shows, also after a reload from the offline cache.
 */
export function preloadPhoneParts(type: PollType): void {
  for (const part of Object.values(phoneUi(type))) part.preload();
}
