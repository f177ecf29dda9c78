/**
 * What a phone shows of a ranking, and nothing else of the kind: the phone's
 * page loads these (through phone-registry.ts) with the poll that needs them.
 */
import type { RankingBallot, RankingPollResults } from "@/lib/domain/poll-kinds/ranking/kind";
import type { BallotPhoneUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
// The server renders these parts before their code arrives: their styles (small) come with the page, not with the code.
import "./ranking-ballot.module.css";
import "./own-ranking.module.css";
import "./ranking-results-list.module.css";

export const rankingPhone: BallotPhoneUi<RankingBallot, RankingPollResults> = {
  BallotInput: lazyPart(() => import("./ranking-ballot").then((module) => module.RankingBallotInput)),
  OwnAnswer: lazyPart(() => import("./own-ranking").then((module) => module.OwnRanking)),
  ResultsList: lazyPart(() => import("./ranking-results-list").then((module) => module.RankingResultsList)),
};
