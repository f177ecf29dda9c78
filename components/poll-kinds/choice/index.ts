/** Single and multiple choice on screen: option cards on the phone, bars with counts and shares on the projector. */
import type { ChoiceBallot, ChoiceResults } from "@/lib/domain/poll-kinds/choice/kind";
import type { BallotKindUi } from "../kind-ui";
import { type ChoiceDraft, choiceEditor } from "./choice-editor";
import { ChoiceBoard, ChoiceResultsList, ChoiceResultsTable } from "./choice-results";
import { choicePhone } from "./phone";

export const choiceUi: BallotKindUi<ChoiceBallot, ChoiceResults, ChoiceDraft> = {
  BallotInput: choicePhone.BallotInput,
  OwnAnswer: choicePhone.OwnAnswer,
  Board: ChoiceBoard,
  boardNote: (_poll, results, t) => (results.maxChoices > 1 ? t("multipleNote", { max: results.maxChoices }) : null),
  ResultsList: ChoiceResultsList,
  ResultsTable: ChoiceResultsTable,
  editor: choiceEditor,
};
