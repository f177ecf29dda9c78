/** 100 points on screen: sliders and steppers with a points-left counter on the phone, mean points per item on the projector. */
import type { PointsBallot, PointsResults } from "@/lib/domain/poll-kinds/points/kind";
import type { BallotKindUi } from "../kind-ui";
import { type PointsDraft, pointsEditor } from "./points-editor";
import { PointsBoard, PointsResultsList, PointsResultsTable } from "./points-results";
import { pointsPhone } from "./phone";

export const pointsUi: BallotKindUi<PointsBallot, PointsResults, PointsDraft> = {
  BallotInput: pointsPhone.BallotInput,
  OwnAnswer: pointsPhone.OwnAnswer,
  Board: PointsBoard,
  boardNote: (_poll, results, t) => t("note", { budget: results.budget }),
  ResultsList: PointsResultsList,
  ResultsTable: PointsResultsTable,
  editor: pointsEditor,
};
