/** Word clouds on screen: a few words per phone, a stable cloud on the projector, the moderator's review. */
import type { WordcloudBallot, WordcloudResults } from "@/lib/domain/poll-kinds/wordcloud/kind";
import type { BallotKindUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
import { WordcloudBoard } from "./wordcloud-board";
import { type WordcloudDraft, wordcloudEditor } from "./wordcloud-editor";
import { WordcloudResultsList, WordcloudResultsTable } from "./wordcloud-results";
import { wordcloudPhone } from "./phone";

export const wordcloudUi: BallotKindUi<WordcloudBallot, WordcloudResults, WordcloudDraft> = {
  BallotInput: wordcloudPhone.BallotInput,
  OwnAnswer: wordcloudPhone.OwnAnswer,
  Board: WordcloudBoard,
  boardNote: (_poll, results, t) => t("note", { count: results.distinctWords }),
  ResultsList: WordcloudResultsList,
  ResultsTable: WordcloudResultsTable,
  ModerationPanel: lazyPart(() => import("./wordcloud-moderation").then((module) => module.WordcloudModeration)),
  editor: wordcloudEditor,
};
