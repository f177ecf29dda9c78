/** 100 points on screen: sliders and steppers with a points-left counter on the phone, mean points per item on the projector. */
import type { PointsBallot, PointsResults } from "@/lib/domain/poll-kinds/points/kind";
import type { BallotKindUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
import { type PointsDraft, pointsEditor } from "./points-editor";
import { PointsBoard, PointsResultsList, PointsResultsTable } from "./points-results";

export const pointsUi: BallotKindUi<PointsBallot, PointsResults, PointsDraft> = {
  BallotInput: lazyPart(() => import("./points-ballot").then((module) => module.PointsBallotInput)),
  OwnAnswer: lazyPart(() => import("./points-ballot").then((module) => module.OwnPoints)),
  Board: PointsBoard,
  boardNote: (_poll, results, t) => t("note", { budget: results.budget }),
  ResultsList: PointsResultsList,
  ResultsTable: PointsResultsTable,
  editor: pointsEditor,
};
