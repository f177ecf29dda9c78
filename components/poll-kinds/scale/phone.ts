/**
 * What a phone shows of statements to rate, and nothing else of the kind: the phone's
 * page loads these (through phone-registry.ts) with the poll that needs them.
 */
import type { ScaleBallot, ScaleResults } from "@/lib/domain/poll-kinds/scale/kind";
import type { BallotPhoneUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
// The server renders these parts before their code arrives: their styles (small) come with the page, not with the code.
import "../shared/ballot.module.css";
import "./scale.module.css";

export const scalePhone: BallotPhoneUi<ScaleBallot, ScaleResults> = {
  BallotInput: lazyPart(() => import("./scale-ballot").then((module) => module.ScaleBallotInput)),
  OwnAnswer: lazyPart(() => import("./scale-ballot").then((module) => module.OwnRatings)),
  ResultsList: lazyPart(() => import("./scale-results").then((module) => module.ScaleResultsList)),
};
