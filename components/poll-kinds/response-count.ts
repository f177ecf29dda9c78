"use client";

import { useTranslations } from "next-intl";
import { collectsEntries } from "@/lib/domain/poll";

/** "12 Stimmen" in the screen's own words, or for kinds with entries what they collect ("12 Antworten", "12 Fragen"). */
export function useResponseCount(screen: "moderator" | "presenter"): (poll: { type: string }, count: number) => string {
  const tScreen = useTranslations(screen);
  const tAll = useTranslations();
  return (poll, count) => (collectsEntries(poll) ? tAll(`${poll.type}.entryCount`, { count }) : tScreen("ballots", { count }));
}
