/** Word clouds on screen: a few words per phone, a stable cloud on the projector, the moderator's review. */
import type { WordcloudBallot, WordcloudResults } from "@/lib/domain/poll-kinds/wordcloud/kind";
import type { BallotKindUi } from "../kind-ui";
import { OwnWords, WordcloudBallotInput } from "./wordcloud-ballot";
import { WordcloudBoard } from "./wordcloud-board";
import { type WordcloudDraft, wordcloudEditor } from "./wordcloud-editor";
import { WordcloudModeration } from "./wordcloud-moderation";
import { WordcloudResultsList, WordcloudResultsTable } from "./wordcloud-results";

export const wordcloudUi: BallotKindUi<WordcloudBallot, WordcloudResults, WordcloudDraft> = {
  BallotInput: WordcloudBallotInput,
  OwnAnswer: OwnWords,
  Board: WordcloudBoard,
  boardNote: (_poll, results, t) => t("note", { count: results.distinctWords }),
  ResultsList: WordcloudResultsList,
  ResultsTable: WordcloudResultsTable,
  ModerationPanel: WordcloudModeration,
  editor: wordcloudEditor,
};
