"use client";

import { useTranslations } from "next-intl";
import type { Poll } from "@/lib/domain/poll";
import type { QuizBallot, QuizConfig } from "@/lib/domain/poll-kinds/quiz/kind";
import { Hyphenated } from "../../ui/hyphenated";
import type { BallotInputProps } from "../kind-ui";
import ballotStyles from "../shared/ballot.module.css";
import styles from "./quiz.module.css";

/** Answer letters, as the projector shows them. */
export const answerLetter = (index: number) => String.fromCharCode(65 + index);

/** One tap answers: speed counts, and a quiz answer stands once given. */
export function QuizBallotInput({ poll, busy, onSubmit }: BallotInputProps<QuizBallot>) {
  const t = useTranslations("quiz");
  return (
    <div className={ballotStyles.form}>
      <p className={ballotStyles.hint}>{t("instructions")}</p>
      <ul className={styles.answers}>
        {poll.items.map((item, index) => (
          <li key={item.id}>
            <button
              type="button"
              className={styles.answer}
              data-index={index}
              disabled={busy}
              aria-label={t("answerButton", { letter: answerLetter(index), label: item.label })}
              onClick={() => onSubmit({ type: "quiz", choices: [item.id] })}
            >
              <span className={styles.letter} aria-hidden="true">
                {answerLetter(index)}
              </span>
              <Hyphenated text={item.label} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The answer this phone gave, and once revealed, whether it was right. */
export function OwnQuizAnswer({ poll, ballot }: { poll: Poll; ballot: QuizBallot }) {
  const t = useTranslations("quiz");
  const index = poll.items.findIndex((item) => item.id === ballot.choices[0]);
  const item = poll.items[index];
  const { correct } = poll.config as QuizConfig;
  const revealed = poll.answerRevealed && correct.length > 0;
  const right = revealed && correct.includes(index);
  return (
    <div className={styles.own} data-outcome={revealed ? (right ? "right" : "wrong") : undefined}>
      <p className={styles.ownAnswer}>
        <span className={styles.letter} aria-hidden="true">
          {answerLetter(index)}
        </span>
        <Hyphenated text={item?.label ?? ""} />
      </p>
      {revealed ? (
        <p className={styles.outcome} role="status">
          {right ? t("right") : t("wrong", { answer: correct.map((i) => `${answerLetter(i)} · ${poll.items[i]?.label ?? ""}`).join(", ") })}
        </p>
      ) : (
        <p className={ballotStyles.hint}>{t("waitForReveal")}</p>
      )}
    </div>
  );
}
