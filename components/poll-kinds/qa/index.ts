/** Audience Q&A on screen: ask and upvote on phones, the pinned question and the top ones on the projector, the moderator's queue. */
import type { QaResults } from "@/lib/domain/poll-kinds/qa/kind";
import type { EntryKindUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
import { QaBoard } from "./qa-board";
import { type QaDraft, qaEditor } from "./qa-editor";
import { QaResultsList, QaResultsTable } from "./qa-results";
import { qaPhone } from "./phone";

export const qaUi: EntryKindUi<QaResults, QaDraft> = {
  EntryInput: qaPhone.EntryInput,
  ClosedEntries: qaPhone.ClosedEntries,
  Board: QaBoard,
  // Transparency the big tools lack: the room sees how many questions wait for review and how many were hidden.
  boardNote: (_poll, { counts }, t) =>
    [counts.pending > 0 ? t("pendingNote", { count: counts.pending }) : null, counts.hidden > 0 ? t("hiddenNote", { count: counts.hidden }) : null]
      .filter(Boolean)
      .join(" · ") || null,
  ResultsList: QaResultsList,
  ResultsTable: QaResultsTable,
  ModerationPanel: lazyPart(() => import("./qa-moderation").then((module) => module.QaModeration)),
  editor: qaEditor,
};
