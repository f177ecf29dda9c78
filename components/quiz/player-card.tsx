"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { NICKNAME_MAX_LENGTH } from "@/lib/domain/poll-kinds/quiz/nickname";
import type { QuizStanding } from "@/lib/realtime/contract";
import { ErrorNotice } from "../ui/error-notice";
import styles from "./player-card.module.css";
import { usePlayerName } from "./player-name";

/**
 * The phone's place in the event's quiz: its name on the leaderboard (an
 * animal until a nickname is chosen), its score and its place.
 */
export function PlayerCard(props: { standing: QuizStanding; onRename: (nickname: string | null) => Promise<string | null> }) {
  const t = useTranslations("quiz");
  const nameOf = usePlayerName();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(props.standing.nickname ?? "");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const { standing } = props;

  async function save(nickname: string | null) {
    setBusy(true);
    const problem = await props.onRename(nickname);
    setBusy(false);
    if (problem) return setError(problem);
    setError("");
    setEditing(false);
  }

  return (
    <section className={styles.card} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        {t("yourQuiz")}
      </h2>
      <p className={styles.name} data-testid="player-name">
        {nameOf(standing)}
      </p>
      <p className={styles.score} data-testid="player-standing">
        {standing.place === null
          ? t("noPlaceYet")
          : t("standing", { place: standing.place, players: standing.players, score: standing.score })}
      </p>
      {editing ? (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            void save(draft.trim() === "" ? null : draft);
          }}
        >
          <label htmlFor={`${id}-nickname`}>{t("nickname")}</label>
          <input
            id={`${id}-nickname`}
            className="input"
            value={draft}
            maxLength={NICKNAME_MAX_LENGTH}
            autoComplete="off"
            aria-describedby={`${id}-hint`}
            onChange={(event) => setDraft(event.target.value)}
          />
          <p id={`${id}-hint`} className="hint">
            {t("nicknameHint", { max: NICKNAME_MAX_LENGTH })}
          </p>
          <ErrorNotice message={error} />
          <div className={styles.actions}>
            <button type="button" className="button button-quiet button-small" onClick={() => setEditing(false)}>
              {t("cancel")}
            </button>
            <button type="submit" className="button button-small" disabled={busy}>
              {t("saveNickname")}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
          {standing.nickname ? t("changeNickname") : t("chooseNickname")}
        </button>
      )}
    </section>
  );
}
