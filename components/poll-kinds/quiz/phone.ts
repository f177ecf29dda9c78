/**
 * What a phone shows of a quiz question, and nothing else of the kind: the phone's
 * page loads these (through phone-registry.ts) with the poll that needs them.
 */
import type { QuizBallot, QuizResults } from "@/lib/domain/poll-kinds/quiz/kind";
import type { BallotPhoneUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
// The server renders these parts before their code arrives: their styles (small) come with the page, not with the code.
import "../shared/ballot.module.css";
import "./quiz.module.css";
import "../shared/bar-rows.module.css";

export const quizPhone: BallotPhoneUi<QuizBallot, QuizResults> = {
  BallotInput: lazyPart(() => import("./quiz-ballot").then((module) => module.QuizBallotInput)),
  OwnAnswer: lazyPart(() => import("./quiz-ballot").then((module) => module.OwnQuizAnswer)),
  ResultsList: lazyPart(() => import("./quiz-results").then((module) => module.QuizResultsList)),
};
