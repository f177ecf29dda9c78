/** Open answers on screen: a form per answer on phones, a calm wall on the projector, the moderator's review queue. */
import type { OpenTextResults } from "@/lib/domain/poll-kinds/open-text/kind";
import type { EntryKindUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
import { type OpenTextDraft, openTextEditor } from "./open-text-editor";
import { OpenTextResultsList, OpenTextResultsTable } from "./open-text-results";
import { OpenTextWall } from "./open-text-wall";
import { openTextPhone } from "./phone";

export const openTextUi: EntryKindUi<OpenTextResults, OpenTextDraft> = {
  EntryInput: openTextPhone.EntryInput,
  ClosedEntries: openTextPhone.ClosedEntries,
  Board: OpenTextWall,
  boardNote: () => null,
  ResultsList: OpenTextResultsList,
  ResultsTable: OpenTextResultsTable,
  ModerationPanel: lazyPart(() => import("./open-text-moderation").then((module) => module.OpenTextModeration)),
  editor: openTextEditor,
};
