import { Hyphenated } from "../../ui/hyphenated";
import styles from "./bar-rows.module.css";

export interface BarRow {
  id: string;
  label: string;
  /** Bar length, 0 to 1; null draws no bar (no result yet). */
  ratio: number | null;
  /** The figure beside the bar ("12 · 40 %"). */
  value?: string;
  /** A second line under the bar ("Ø 3,4"). */
  detail?: string;
  /** leader: the top item; correct / wrong: a revealed quiz answer. */
  tone?: "leader" | "correct" | "wrong";
  /** A short mark before the label (a letter, a rank, ✓). */
  mark?: string;
}

/**
 * Horizontal bars, one row per item: on the projector (`board`, type sized by
 * the stage's --label-size) or in a phone's or moderator's list (`list`).
 * Labels wrap and hyphenate, so any label fits. Hidden from screen readers
 * on the projector, where a table carries the same data.
 */
export function BarRows({ rows, variant, label }: { rows: BarRow[]; variant: "board" | "list"; label?: string }) {
  return (
    <ol className={styles.rows} data-variant={variant} aria-hidden={variant === "board" || undefined} aria-label={label}>
      {rows.map((row) => (
        <li key={row.id} className={styles.row} data-tone={row.tone} data-testid={variant === "board" ? "board-row" : undefined}>
          {row.mark ? (
            <span className={styles.mark} aria-hidden="true">
              {row.mark}
            </span>
          ) : null}
          <span className={styles.label} data-part="label">
            <Hyphenated text={row.label} />
          </span>
          {row.ratio === null ? null : (
            <span className={styles.measure}>
              <span className={styles.barLine}>
                <span className={styles.bar} style={{ "--ratio": Math.max(0, Math.min(1, row.ratio)) } as React.CSSProperties} />
                {row.value ? <span className={styles.value}>{row.value}</span> : null}
              </span>
              {row.detail ? <span className={styles.detail}>{row.detail}</span> : null}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
