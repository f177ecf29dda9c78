import { useFormatter } from "next-intl";
import type { ScaleItemResult } from "@/lib/domain/poll-kinds/scale/kind";
import styles from "./scale.module.css";
import { scaleColor } from "./scale-colors";

/**
 * One statement's ratings as a diverging stacked bar: values below the middle
 * extend left of the centre line, values above it right, and the middle value
 * (on an odd scale) straddles it.
 */
export function DivergingBar({ item }: { item: ScaleItemResult }) {
  const format = useFormatter();
  const points = item.counts.length;
  const total = Math.max(1, item.ratingCount);
  const shares = item.counts.map((count) => count / total);
  const lowerHalf = Math.floor(points / 2);
  const leftShare = shares.slice(0, lowerHalf).reduce((sum, share) => sum + share, 0) + (points % 2 === 1 ? (shares[lowerHalf] ?? 0) / 2 : 0);
  return (
    <span className={styles.track}>
      <span className={styles.centre} />
      {item.ratingCount > 0 ? (
        <span className={styles.stack} style={{ left: `${50 - leftShare * 50}%` }}>
          {shares.map((share, index) =>
            share > 0 ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: one segment per scale value, in order
              <span key={index} className={styles.segment} style={{ width: `${share * 100}%`, background: scaleColor(index, points) }}>
                {share >= 0.25 ? format.number(share, { style: "percent" }) : null}
              </span>
            ) : null,
          )}
        </span>
      ) : null}
    </span>
  );
}
