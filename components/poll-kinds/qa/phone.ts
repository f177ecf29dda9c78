/**
 * What a phone shows of the audience Q&A, and nothing else of the kind: the phone's
 * page loads these (through phone-registry.ts) with the poll that needs them.
 */
import type { QaResults } from "@/lib/domain/poll-kinds/qa/kind";
import type { EntryPhoneUi } from "../kind-ui";
import { lazyPart } from "../shared/lazy-part";
// The server renders these parts before their code arrives: their styles (small) come with the page, not with the code.
import "../shared/ballot.module.css";
import "../shared/entries/entries.module.css";
import "./qa.module.css";

export const qaPhone: EntryPhoneUi<QaResults> = {
  EntryInput: lazyPart(() => import("./qa-input").then((module) => module.QaInput)),
  ClosedEntries: lazyPart(() => import("./qa-input").then((module) => module.QaClosed)),
};
