import { useTranslations } from "next-intl";
import type { QuizPlayerName } from "@/lib/realtime/contract";

/** A player's name: the nickname, or the animal and number a phone without one plays as. */
export function usePlayerName(): (player: QuizPlayerName) => string {
  const t = useTranslations("quiz");
  return (player) => player.nickname ?? `${t(`animals.${player.animal}`)} ${player.number}`;
}
