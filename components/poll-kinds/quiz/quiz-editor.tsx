"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { CORRECT_OUT_OF_RANGE, QUIZ_MAX_ITEMS, QUIZ_MAX_SECONDS, QUIZ_MIN_ITEMS, QUIZ_MIN_SECONDS, type QuizConfig } from "@/lib/domain/poll-kinds/quiz/kind";
import type { KindEditor } from "../kind-ui";
import styles from "../shared/editor.module.css";
import { describeItemsProblem, ItemListField } from "../shared/item-list-field";

export interface QuizDraft {
  items: string[];
  /** Beside each item: whether it is a correct answer. */
  correct: boolean[];
  timeLimitSeconds: number;
}

const bounds = { min: QUIZ_MIN_ITEMS, max: QUIZ_MAX_ITEMS };
const TIME_CHOICES = [5, 10, 15, 20, 30, 45, 60, 90, 120] as const;

function QuizFields({ draft, onChange, locked }: { draft: QuizDraft; onChange: (update: (draft: QuizDraft) => QuizDraft) => void; locked: boolean }) {
  const tQuiz = useTranslations("quiz");
  const id = useId();
  return (
    <>
      <ItemListField
        items={draft.items}
        marks={draft.correct}
        markText={tQuiz("correctMark")}
        markLabel={(number) => tQuiz("correctLabel", { number })}
        onChange={(items, correct) => onChange((d) => ({ ...d, items, correct }))}
        {...bounds}
        legend={tQuiz("itemsLegend", bounds)}
        itemLabel={(number) => tQuiz("answerLabel", { number })}
        addLabel={tQuiz("addAnswer")}
        locked={locked}
      />
      <div className={styles.setting}>
        <label htmlFor={id}>{tQuiz("timeLimit")}</label>
        <select
          id={id}
          className="input"
          value={draft.timeLimitSeconds}
          disabled={locked}
          onChange={(event) => onChange((d) => ({ ...d, timeLimitSeconds: Number(event.target.value) }))}
        >
          {[...new Set([...TIME_CHOICES, draft.timeLimitSeconds])]
            .filter((seconds) => seconds >= QUIZ_MIN_SECONDS && seconds <= QUIZ_MAX_SECONDS)
            .sort((a, b) => a - b)
            .map((seconds) => (
              <option key={seconds} value={seconds}>
                {tQuiz("seconds", { seconds })}
              </option>
            ))}
        </select>
      </div>
    </>
  );
}

export const quizEditor: KindEditor<QuizDraft> = {
  empty: () => ({ items: ["", "", "", ""], correct: [false, false, false, false], timeLimitSeconds: 20 }),
  of: (poll) => {
    const config = poll.config as QuizConfig;
    return { items: poll.items.map((item) => item.label), correct: poll.items.map((_, index) => config.correct.includes(index)), timeLimitSeconds: config.timeLimitSeconds };
  },
  toInput: (draft) => {
    const filled = draft.items.flatMap((label, index) => (label.trim() === "" ? [] : [{ label, correct: draft.correct[index] ?? false }]));
    return {
      items: filled.map((answer) => answer.label),
      correct: filled.flatMap((answer, index) => (answer.correct ? [index] : [])),
      timeLimitSeconds: draft.timeLimitSeconds,
    };
  },
  Fields: QuizFields,
  describeProblem: (issue, t) => {
    if (issue.path[0] === "correct") return issue.message === CORRECT_OUT_OF_RANGE || issue.code === "too_small" ? t("correctMissing") : null;
    return describeItemsProblem(issue, t, bounds);
  },
  defaults: { allowVoteChange: false },
  hasOwnTimer: true,
};
