/**
 * The UI of every poll kind, by type. Screens render a poll through `kindUi`
 * and never know its kind; a new kind is a folder beside ranking/ and one line
 * here and in phone-registry.ts (what a phone shows of it).
 */
import type { PollType } from "@/lib/domain/poll";
import { choiceUi } from "./choice";
import type { PollKindUi } from "./kind-ui";
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
