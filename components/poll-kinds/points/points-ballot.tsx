"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Poll } from "@/lib/domain/poll";
import type { PointsBallot, PointsConfig } from "@/lib/domain/poll-kinds/points/kind";
import { Hyphenated } from "../../ui/hyphenated";
import type { BallotInputProps } from "../kind-ui";
import ballotStyles from "../shared/ballot.module.css";
import styles from "./points.module.css";

type Points = Record<string, number>;

const isPoints = (draft: unknown): draft is Points =>
  typeof draft === "object" && draft !== null && !Array.isArray(draft) && Object.values(draft).every((value) => Number.isInteger(value) && value >= 0);

/**
 * Shares out the budget: per item a slider, − and + buttons and a number
 * field, never more than what is left. A running counter says how many
 * points are left; the vote goes only once all are given.
 */
export function PointsBallotInput({ poll, ballot, draft, busy, submitLabel, onDraft, onSubmit }: BallotInputProps<PointsBallot>) {
  const t = useTranslations("points");
  const { budget } = poll.config as PointsConfig;
  const step = budget >= 50 ? 5 : 1;
  const [points, setPoints] = useState<Points>(() => {
    const start = isPoints(draft) ? draft : (ballot?.points ?? {});
    const known = Object.entries(start).filter(([itemId]) => poll.items.some((item) => item.id === itemId));
    const sum = known.reduce((total, [, value]) => total + value, 0);
    return sum <= budget ? Object.fromEntries(known) : {};
  });
  const given = Object.values(points).reduce((sum, value) => sum + value, 0);
  const left = budget - given;
  useEffect(() => onDraft(given > 0 ? points : null), [points, given, onDraft]);

  /** Sets an item's points, cut to what is left so the total never passes the budget. */
  const set = (itemId: string, wanted: number) =>
    setPoints((current) => {
      const others = Object.entries(current).reduce((sum, [id, value]) => (id === itemId ? sum : sum + value), 0);
      const value = Math.max(0, Math.min(budget - others, Math.round(Number.isFinite(wanted) ? wanted : 0)));
      return { ...current, [itemId]: value };
    });

  return (
    <form
      className={ballotStyles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (left === 0 && !busy) onSubmit({ type: "points", points });
      }}
    >
      <p className={ballotStyles.hint}>{t("instructions", { budget })}</p>
      <div className={styles.left} data-done={left === 0 || undefined} aria-live="polite" data-testid="points-left">
        {left === 0 ? t("allGiven", { budget }) : t("left", { count: left, budget })}
      </div>
      <ul className={styles.items}>
        {poll.items.map((item) => {
          const value = points[item.id] ?? 0;
          const inputId = `points-${item.id}`;
          return (
            <li key={item.id} className={styles.item}>
              <label htmlFor={inputId} className={styles.itemLabel}>
                <Hyphenated text={item.label} />
              </label>
              <div className={styles.controls}>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t("less", { label: item.label, step })}
                  disabled={value === 0}
                  onClick={() => set(item.id, value - step)}
                >
                  −
                </button>
                <input
                  id={inputId}
                  aria-label={item.label}
                  className={`input ${styles.number}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={value + left}
                  value={value}
                  onChange={(event) => set(item.id, Number.parseInt(event.target.value, 10))}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t("more", { label: item.label, step })}
                  disabled={left === 0}
                  onClick={() => set(item.id, value + Math.min(step, left))}
                >
                  +
                </button>
              </div>
              <input
                className={styles.slider}
                type="range"
                min={0}
                max={budget}
                step={1}
                value={value}
                aria-label={t("slider", { label: item.label })}
                onChange={(event) => set(item.id, Number(event.target.value))}
              />
            </li>
          );
        })}
      </ul>
      <button type="submit" className="button button-block" disabled={left !== 0 || busy}>
        {submitLabel}
      </button>
    </form>
  );
}

/** How this phone shared out its points. */
export function OwnPoints({ poll, ballot }: { poll: Poll; ballot: PointsBallot }) {
  const t = useTranslations("points");
  return (
    <ul className={ballotStyles.ownList}>
      {poll.items.map((item) => (
        <li key={item.id}>
          <Hyphenated text={item.label} />
          <span className={ballotStyles.ownValue}>{t("pointsValue", { count: ballot.points[item.id] ?? 0 })}</span>
        </li>
      ))}
    </ul>
  );
}
