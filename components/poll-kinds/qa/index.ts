/** Audience Q&A on screen: ask and upvote on phones, the pinned question and the top ones on the projector, the moderator's queue. */
import type { QaResults } from "@/lib/domain/poll-kinds/qa/kind";
import type { EntryKindUi } from "../kind-ui";
import { QaBoard } from "./qa-board";
import { type QaDraft, qaEditor } from "./qa-editor";
import { QaClosed, QaInput } from "./qa-input";
import { QaModeration } from "./qa-moderation";
import { QaResultsList, QaResultsTable } from "./qa-results";

export const qaUi: EntryKindUi<QaResults, QaDraft> = {
  EntryInput: QaInput,
  ClosedEntries: QaClosed,
  Board: QaBoard,
  boardNote: (_poll, results, t) =>
    [t("entryCount", { count: results.ballotCount }), t("pendingNote", { count: results.counts.pending }), t("hiddenNote", { count: results.counts.hidden })].join(" · "),
  ResultsList: QaResultsList,
  ResultsTable: QaResultsTable,
  ModerationPanel: QaModeration,
  editor: qaEditor,
};
