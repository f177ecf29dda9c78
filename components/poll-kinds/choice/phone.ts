/**
 * What a phone shows of single and multiple choice, and nothing else of the kind: the phone's
 * page loads these (through phone-registry.ts) with the poll that needs them.
 */
import type { ChoiceBallot, ChoiceResults } from "@/lib/domain/poll-kinds/choice/kind";
import type { BallotPhoneUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
// The server renders these parts before their code arrives: their styles (small) come with the page, not with the code.
import "../shared/ballot.module.css";
import "../shared/bar-rows.module.css";

export const choicePhone: BallotPhoneUi<ChoiceBallot, ChoiceResults> = {
  BallotInput: lazyPart(() => import("./choice-ballot").then((module) => module.ChoiceBallotInput)),
  OwnAnswer: lazyPart(() => import("./choice-ballot").then((module) => module.OwnChoice)),
  ResultsList: lazyPart(() => import("./choice-results").then((module) => module.ChoiceResultsList)),
};
