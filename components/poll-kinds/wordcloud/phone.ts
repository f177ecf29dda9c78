/**
 * What a phone shows of a word cloud, and nothing else of the kind: the phone's
 * page loads these (through phone-registry.ts) with the poll that needs them.
 */
import type { WordcloudBallot, WordcloudResults } from "@/lib/domain/poll-kinds/wordcloud/kind";
import type { BallotPhoneUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
// The server renders these parts before their code arrives: their styles (small) come with the page, not with the code.
import "../shared/ballot.module.css";
import "./wordcloud.module.css";

export const wordcloudPhone: BallotPhoneUi<WordcloudBallot, WordcloudResults> = {
  BallotInput: lazyPart(() => import("./wordcloud-ballot").then((module) => module.WordcloudBallotInput)),
  OwnAnswer: lazyPart(() => import("./wordcloud-ballot").then((module) => module.OwnWords)),
  ResultsList: lazyPart(() => import("./wordcloud-results").then((module) => module.WordcloudResultsList)),
};
