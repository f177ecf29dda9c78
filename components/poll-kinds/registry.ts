/**
 * The UI of every poll kind, by type. Screens render a poll through `kindUi`
 * and never know its kind; a new kind is a folder beside ranking/ and one line here.
 */
import type { PollType } from "@/lib/domain/poll";
import { choiceUi } from "./choice";
import type { BallotKindUi, EntryKindUi, PollKindUi } from "./kind-ui";
import { openTextUi } from "./open-text";
import { pointsUi } from "./points";
import { qaUi } from "./qa";
import { quizUi } from "./quiz";
import { rankingUi } from "./ranking";
import { scaleUi } from "./scale";
import { wordcloudUi } from "./wordcloud";

const KIND_UIS = {
  ranking: rankingUi,
  choice: choiceUi,
  scale: scaleUi,
  points: pointsUi,
  quiz: quizUi,
  wordcloud: wordcloudUi,
  open_text: openTextUi,
  qa: qaUi,
} satisfies Record<PollType, unknown>;

/**
 * The UI of a kind. Each kind's parts are typed with its own ballot, result and
 * draft; the screens hand them only values of the same poll, which the
 * server's schemas guarantee to be of that kind.
 */
export function kindUi(type: PollType): PollKindUi {
  return KIND_UIS[type] as unknown as PollKindUi;
}

/** The UI of a kind whose content comes as entries (open answers, Q&A); null for kinds with ballots. */
export function entryKindUi(type: PollType): EntryKindUi | null {
  const ui = kindUi(type);
  return "EntryInput" in ui ? ui : null;
}

/** The UI of a kind with ballots; null for kinds with entries. */
export function ballotKindUi(type: PollType): BallotKindUi | null {
  const ui = kindUi(type);
  return "BallotInput" in ui ? ui : null;
}

/**
 * Fetches the code of what a phone shows for a kind (its input, the answer it
 * gave), once the kind is on screen: a vote sent offline then still shows,
 * also after a reload from the offline cache.
 */
export function preloadPhoneParts(type: PollType): void {
  const ui = kindUi(type);
  const parts = "BallotInput" in ui ? [ui.BallotInput, ui.OwnAnswer] : [ui.EntryInput, ui.ClosedEntries];
  for (const part of parts) part.preload();
}
