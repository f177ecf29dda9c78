"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Poll } from "@/lib/domain/poll";
import type { ScaleBallot, ScaleConfig } from "@/lib/domain/poll-kinds/scale/kind";
import { Hyphenated } from "../../ui/hyphenated";
import type { BallotInputProps } from "../kind-ui";
import ballotStyles from "../shared/ballot.module.css";
import styles from "./scale.module.css";

type Ratings = Record<string, number>;

const isRatings = (draft: unknown): draft is Ratings =>
  typeof draft === "object" && draft !== null && !Array.isArray(draft) && Object.values(draft).every((value) => typeof value === "number");

/** How a value is read out: "5 – stimme voll zu" at the ends, the number elsewhere. */
export function valueName(value: number, scale: ScaleConfig["scale"]): string {
  if (value === scale.min && scale.minLabel) return `${value} – ${scale.minLabel}`;
  if (value === scale.max && scale.maxLabel) return `${value} – ${scale.maxLabel}`;
  return String(value);
}

/** Each statement as a row of large value buttons (radio buttons); statements may be skipped. */
export function ScaleBallotInput({ poll, ballot, draft, busy, submitLabel, onDraft, onSubmit }: BallotInputProps<ScaleBallot>) {
  const t = useTranslations("scale");
  const { scale } = poll.config as ScaleConfig;
  const values = Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
  const [ratings, setRatings] = useState<Ratings>(() => {
    const start = isRatings(draft) ? draft : (ballot?.ratings ?? {});
    return Object.fromEntries(Object.entries(start).filter(([itemId, value]) => poll.items.some((item) => item.id === itemId) && values.includes(value)));
  });
  const rated = Object.keys(ratings).length;
  useEffect(() => onDraft(rated > 0 ? ratings : null), [ratings, rated, onDraft]);

  return (
    <form
      className={ballotStyles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (rated > 0 && !busy) onSubmit({ type: "scale", ratings });
      }}
    >
      <p className={ballotStyles.hint}>
        {scale.minLabel || scale.maxLabel
          ? t("instructionsLabelled", { min: valueName(scale.min, scale), max: valueName(scale.max, scale) })
          : t("instructions", { min: scale.min, max: scale.max })}
      </p>
      {poll.items.map((item, index) => (
        <fieldset key={item.id} className={styles.statement}>
          <legend className={styles.statementText}>
            {poll.items.length > 1 ? <span className={styles.statementNumber}>{index + 1}</span> : null}
            <Hyphenated text={item.label} />
          </legend>
          <div className={styles.values} style={{ "--points": values.length } as React.CSSProperties}>
            {values.map((value) => (
              <label key={value} className={styles.value}>
                <input
                  type="radio"
                  name={`scale-${item.id}`}
                  value={value}
                  checked={ratings[item.id] === value}
                  onChange={() => setRatings((current) => ({ ...current, [item.id]: value }))}
                  aria-label={valueName(value, scale)}
                />
                <span aria-hidden="true">{value}</span>
              </label>
            ))}
          </div>
          <EndLabels scale={scale} />
          {ratings[item.id] !== undefined ? (
            <button
              type="button"
              className={`button button-quiet button-small ${styles.skip}`}
              onClick={() =>
                setRatings((current) => {
                  const { [item.id]: _, ...rest } = current;
                  return rest;
                })
              }
            >
              {t("skip", { number: index + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <p className={ballotStyles.hint} aria-live="polite">
        {t("ratedCount", { count: rated, total: poll.items.length })}
      </p>
      <button type="submit" className="button button-block" disabled={rated === 0 || busy}>
        {submitLabel}
      </button>
    </form>
  );
}

function EndLabels({ scale }: { scale: ScaleConfig["scale"] }) {
  if (!scale.minLabel && !scale.maxLabel) return null;
  return (
    <p className={styles.ends} aria-hidden="true">
      <span>{scale.minLabel}</span>
      <span>{scale.maxLabel}</span>
    </p>
  );
}

/** The ratings this phone gave. */
export function OwnRatings({ poll, ballot }: { poll: Poll; ballot: ScaleBallot }) {
  const t = useTranslations("scale");
  const { scale } = poll.config as ScaleConfig;
  return (
    <ul className={ballotStyles.ownList}>
      {poll.items.map((item) => (
        <li key={item.id}>
          <Hyphenated text={item.label} />
          <span className={ballotStyles.ownValue}>{ballot.ratings[item.id] === undefined ? t("skipped") : valueName(ballot.ratings[item.id] ?? 0, scale)}</span>
        </li>
      ))}
    </ul>
  );
}
