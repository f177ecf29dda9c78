/** Open answers on screen: a form per answer on phones, a calm wall on the projector, the moderator's review queue. */
import type { OpenTextResults } from "@/lib/domain/poll-kinds/open-text/kind";
import type { EntryKindUi } from "../kind-ui";
import { type OpenTextDraft, openTextEditor } from "./open-text-editor";
import { OpenTextClosed, OpenTextInput } from "./open-text-input";
import { OpenTextModeration } from "./open-text-moderation";
import { OpenTextResultsList, OpenTextResultsTable } from "./open-text-results";
import { OpenTextWall } from "./open-text-wall";

export const openTextUi: EntryKindUi<OpenTextResults, OpenTextDraft> = {
  EntryInput: OpenTextInput,
  ClosedEntries: OpenTextClosed,
  Board: OpenTextWall,
  boardNote: () => null,
  ResultsList: OpenTextResultsList,
  ResultsTable: OpenTextResultsTable,
  ModerationPanel: OpenTextModeration,
  editor: openTextEditor,
};
