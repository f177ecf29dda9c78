/** The ranking poll ("barometer") on screen: rank on the phone, a live Borda board on the projector. */
import type { RankingBallot, RankingPollResults } from "@/lib/domain/poll-kinds/ranking/kind";
import type { BallotKindUi } from "../kind-ui";
import { PlaceDistribution } from "./place-distribution";
import { RankingBoard } from "./ranking-board";
import { type RankingDraft, rankingEditor } from "./ranking-editor";
import { RankingResultsList } from "./ranking-results-list";
import { RankingResultsTable } from "./ranking-results-table";
import { rankingPhone } from "./phone";

export const rankingUi: BallotKindUi<RankingBallot, RankingPollResults, RankingDraft> = {
  BallotInput: rankingPhone.BallotInput,
  OwnAnswer: rankingPhone.OwnAnswer,
  Board: RankingBoard,
  boardNote: (poll, results, t) => {
    const method = t("method", { items: poll.items.length, top: poll.items.length - 1 });
    return results.items.some((item) => item.tied) ? `${method} ${t("tieNote")}` : method;
  },
  ResultsList: RankingResultsList,
  ResultsTable: RankingResultsTable,
  Details: PlaceDistribution,
  editor: rankingEditor,
};
