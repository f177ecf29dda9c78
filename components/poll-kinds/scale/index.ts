/** Rating scales on screen: large value buttons on the phone, diverging stacked bars with means on the projector. */
import type { ScaleBallot, ScaleResults } from "@/lib/domain/poll-kinds/scale/kind";
import type { BallotKindUi } from "../kind-ui";
import { type ScaleDraft, scaleEditor } from "./scale-editor";
import { ScaleBoard, ScaleResultsList, ScaleResultsTable } from "./scale-results";
import { scalePhone } from "./phone";

export const scaleUi: BallotKindUi<ScaleBallot, ScaleResults, ScaleDraft> = {
  BallotInput: scalePhone.BallotInput,
  OwnAnswer: scalePhone.OwnAnswer,
  Board: ScaleBoard,
  boardNote: (_poll, results, t) =>
    (results.scale.max - results.scale.min) % 2 === 0 ? t("noteOdd", { middle: (results.scale.max + results.scale.min) / 2 }) : t("noteEven"),
  ResultsList: ScaleResultsList,
  ResultsTable: ScaleResultsTable,
  editor: scaleEditor,
};
