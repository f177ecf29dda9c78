"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { QuizLeaderboard } from "@/lib/realtime/contract";
import styles from "./leaderboard.module.css";
import { usePlayerName } from "./player-name";

/** The top 10 of the event's quiz, on the projector (sized by the stage) or in the moderator's console. */
export function Leaderboard({ board, variant }: { board: QuizLeaderboard; variant: "stage" | "console" }) {
  const t = useTranslations("quiz");
  const format = useFormatter();
  const nameOf = usePlayerName();
  return (
    <section className={styles.board} data-variant={variant} aria-labelledby={`leaderboard-${variant}`}>
      <div>
        <h2 id={`leaderboard-${variant}`} className={styles.title}>
          {t("leaderboard")}
        </h2>
        <p className={styles.meta}>{t("afterQuestions", { count: board.questionsRevealed, total: board.questions })}</p>
      </div>
      {board.top.length === 0 ? (
        <p className={styles.empty}>{t("noScores")}</p>
      ) : (
        <ol className={styles.list}>
          {board.top.map((entry) => (
            <li key={`${entry.place}-${nameOf(entry)}`} className={styles.entry} data-place={entry.place} data-testid="leaderboard-entry">
              <span className={styles.place}>{entry.place}</span>
              <span className={styles.name}>{nameOf(entry)}</span>
              <span className={styles.score}>{t("score", { score: format.number(entry.score) })}</span>
            </li>
          ))}
        </ol>
      )}
      <p className={styles.meta}>{t("players", { count: board.players })}</p>
    </section>
  );
}
