"use client";

import { useTranslations } from "next-intl";
import type { Poll } from "@/lib/domain/poll";

/** The words for opening and closing a poll that a kind may put its own way (a Q&A is not a vote). */
export type VotingWord = "openBadge" | "closedBadge" | "open" | "close" | "reopen" | "timer";

/**
 * Says a poll's opening and closing in its kind's words where the kind has
 * them (messages `<kind>.voting.<word>`), and in the generic ones (`Abstimmung
 * läuft`) otherwise.
 */
export function useVotingWords(type: Poll["type"]): (word: VotingWord, generic: string) => string {
  const tKind = useTranslations(type);
  return (word, generic) => {
    const key = `voting.${word}` as Parameters<typeof tKind>[0];
    return tKind.has(key) ? tKind(key) : generic;
  };
}
