/**
 * What a phone shows of open answers, and nothing else of the kind: the phone's
 * page loads these (through phone-registry.ts) with the poll that needs them.
 */
import type { OpenTextResults } from "@/lib/domain/poll-kinds/open-text/kind";
import type { EntryPhoneUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
// The server renders these parts before their code arrives: their styles (small) come with the page, not with the code.
import "../shared/ballot.module.css";
import "../shared/entries/entries.module.css";

export const openTextPhone: EntryPhoneUi<OpenTextResults> = {
  EntryInput: lazyPart(() => import("./open-text-input").then((module) => module.OpenTextInput)),
  ClosedEntries: lazyPart(() => import("./open-text-input").then((module) => module.OpenTextClosed)),
};
