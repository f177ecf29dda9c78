/** Quiz questions on screen: one-tap answer tiles on the phone; answers, then counts, then the solution on the projector. */
import type { QuizBallot, QuizResults } from "@/lib/domain/poll-kinds/quiz/kind";
import type { BallotKindUi } from "../kind-ui";
import { type QuizDraft, quizEditor } from "./quiz-editor";
import { QuizBoard, QuizResultsList, QuizResultsTable } from "./quiz-results";
import { quizPhone } from "./phone";

export const quizUi: BallotKindUi<QuizBallot, QuizResults, QuizDraft> = {
  BallotInput: quizPhone.BallotInput,
  OwnAnswer: quizPhone.OwnAnswer,
  Board: QuizBoard,
  boardNote: (poll, results, t) => {
    if (poll.status === "open") return t("countsAfterTime");
    if (results.correctCount === null) return t("revealPending");
    return t("correctCount", { count: results.correctCount, total: results.ballotCount });
  },
  ResultsList: QuizResultsList,
  ResultsTable: QuizResultsTable,
  editor: quizEditor,
};
