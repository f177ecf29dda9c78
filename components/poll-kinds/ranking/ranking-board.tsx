"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useLayoutEffect, useRef } from "react";
import type { Poll } from "@/lib/domain/poll";
import type { RankingPollResults } from "@/lib/domain/poll-kinds/ranking/kind";
import { Hyphenated } from "../../ui/hyphenated";
import styles from "./ranking-board.module.css";

const MOVE_MS = 650;

/**
 * The live barometer on the projector: one row per item with its rank, label,
 * bar, points and statistics. Labels wrap and hyphenate (any label fits), and
 * type sizes come from the surrounding stage's CSS variables. When the order
 * changes, each row slides from its old place to its new one (FLIP), carrying
 * its rank badge and numbers with it, so no badge ever sits on the wrong row.
 *
 * Without results (a poll not yet open, or no vote yet) it lists the items in
 * poll order with no ranks, bars or points: nothing is claimed before it is true.
 * The rows are hidden from screen readers; the results table carries the same data.
 */
export function RankingBoard({ poll, results }: { poll: Poll; results: RankingPollResults | null }) {
  const { items } = poll;
  const t = useTranslations("presenter");
  const format = useFormatter();
  const rows = useRef(new Map<string, HTMLLIElement>());
  const lastPlaces = useRef(new Map<string, { left: number; top: number }>());
  const order = results ? results.items.map((item) => item.itemId).join() : items.map((item) => item.id).join();

  // FLIP: measure where each row is now, play the move from where it was.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the order changes
  useLayoutEffect(() => {
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    for (const [id, row] of rows.current) {
      // Both axes: in two columns (fit-stage.ts) a row may move to the other column.
      const place = { left: row.offsetLeft, top: row.offsetTop };
      const before = lastPlaces.current.get(id);
      lastPlaces.current.set(id, place);
      if (before === undefined || (before.left === place.left && before.top === place.top) || reduceMotion) continue;
      row.style.transition = "none";
      row.style.transform = `translate(${before.left - place.left}px, ${before.top - place.top}px)`;
      void row.offsetHeight;
      row.style.transition = `transform ${MOVE_MS}ms cubic-bezier(0.2, 0.8, 0.2, 1)`;
      row.style.transform = "";
    }
  }, [order]);

  const register = (id: string) => (element: HTMLLIElement | null) => {
    if (element) rows.current.set(id, element);
    else {
      rows.current.delete(id);
      lastPlaces.current.delete(id);
    }
  };

  if (!results) {
    return (
      <ol className={styles.board} data-mode="preview" aria-hidden="true">
        {items.map((item) => (
          <li key={item.id} ref={register(item.id)} className={styles.row}>
            <span className={styles.marker} />
            <span className={styles.label} data-part="label">
              <Hyphenated text={item.label} />
            </span>
          </li>
        ))}
      </ol>
    );
  }

  const top = Math.max(1, results.items[0]?.score ?? 0);
  return (
    <ol className={styles.board} data-mode="results" aria-hidden="true">
      {results.items.map((item) => {
        const stats = [
          item.averageRank === null ? null : t("averageRank", { value: format.number(item.averageRank, { maximumFractionDigits: 1 }) }),
          t("firstShare", { value: format.number(item.firstPlaceShare, { style: "percent" }) }),
        ]
          .filter(Boolean)
          .join(" · ");
        return (
          <li
            key={item.itemId}
            ref={register(item.itemId)}
            className={styles.row}
            data-leader={(item.rank === 1 && item.score > 0) || undefined}
            data-testid="board-row"
          >
            <span className={styles.rank}>
              {item.rank}
              {item.tied ? <span className={styles.tieMark}>=</span> : null}
            </span>
            <span className={styles.label} data-part="label">
              <Hyphenated text={item.label} />
            </span>
            <span className={styles.measure}>
              <span className={styles.barLine}>
                <span className={styles.bar} style={{ "--ratio": item.score / top } as React.CSSProperties} />
                <span className={styles.points}>{t("points", { score: item.score })}</span>
              </span>
              <span className={styles.stats} data-part="stats">{stats}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
