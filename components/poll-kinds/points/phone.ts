/**
 * What a phone shows of points to spread, and nothing else of the kind: the phone's
 * page loads these (through phone-registry.ts) with the poll that needs them.
 */
import type { PointsBallot, PointsResults } from "@/lib/domain/poll-kinds/points/kind";
import type { BallotPhoneUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
// The server renders these parts before their code arrives: their styles (small) come with the page, not with the code.
import "../shared/ballot.module.css";
import "./points.module.css";
import "../shared/bar-rows.module.css";

export const pointsPhone: BallotPhoneUi<PointsBallot, PointsResults> = {
  BallotInput: lazyPart(() => import("./points-ballot").then((module) => module.PointsBallotInput)),
  OwnAnswer: lazyPart(() => import("./points-ballot").then((module) => module.OwnPoints)),
  ResultsList: lazyPart(() => import("./points-results").then((module) => module.PointsResultsList)),
};
