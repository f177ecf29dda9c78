"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { Poll } from "@/lib/domain/poll";
import type { ScaleConfig, ScaleItemResult, ScaleResults } from "@/lib/domain/poll-kinds/scale/kind";
import { Hyphenated } from "../../ui/hyphenated";
import type { ResultsProps } from "../kind-ui";
import { DataTable } from "../shared/data-table";
import { ResultsSection, useResultsCaption } from "../shared/results-section";
import styles from "./scale.module.css";
import { DivergingBar } from "./scale-bar";
import { scaleColor } from "./scale-colors";

function useSummary() {
  const t = useTranslations("scale");
  const format = useFormatter();
  const number = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  return (item: ScaleItemResult) =>
    item.mean === null || item.median === null
      ? t("noRatings")
      : [t("mean", { value: number(item.mean) }), t("median", { value: number(item.median) }), t("ratings", { count: item.ratingCount })].join(" · ");
}

/** What each colour means: the values from lowest to highest, with the end labels. */
function Legend({ scale }: { scale: ScaleConfig["scale"] }) {
  const points = scale.max - scale.min + 1;
  return (
    <p className={styles.legend}>
      {scale.minLabel ? <span className={styles.legendEnd}>{scale.minLabel}</span> : null}
      {Array.from({ length: points }, (_, index) => scale.min + index).map((value, index) => (
        <span key={value} className={styles.swatch} style={{ background: scaleColor(index, points) }}>
          {value}
        </span>
      ))}
      {scale.maxLabel ? <span className={styles.legendEnd}>{scale.maxLabel}</span> : null}
    </p>
  );
}

/** Per statement a diverging stacked bar with its mean (median and counts are in the table); before any rating, the statements alone. */
export function ScaleBoard({ poll, results }: { poll: Poll; results: ScaleResults | null }) {
  const t = useTranslations("scale");
  const format = useFormatter();
  const mean = (value: number) => t("mean", { value: format.number(value, { maximumFractionDigits: 1 }) });
  const { scale } = poll.config as ScaleConfig;
  return (
    <div className={styles.board} aria-hidden="true">
      <Legend scale={scale} />
      <ol className={styles.rows}>
        {(results?.items ?? poll.items.map((item) => ({ itemId: item.id, label: item.label, ratingCount: 0 }) as ScaleItemResult)).map((item) => (
          <li key={item.itemId} className={styles.row} data-testid="board-row">
            <span className={styles.label} data-part="label">
              <Hyphenated text={item.label} />
            </span>
            {results ? (
              <span className={styles.measure}>
                <DivergingBar item={item} />
                <span className={styles.mean}>{item.mean === null ? "–" : mean(item.mean)}</span>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ScaleResultsList({ poll, results, heading }: ResultsProps<ScaleResults> & { heading: string }) {
  const summary = useSummary();
  const { scale } = poll.config as ScaleConfig;
  return (
    <ResultsSection heading={heading} results={results}>
      <div className={styles.list}>
        <Legend scale={scale} />
        <ol className={styles.rows}>
          {results.items.map((item) => (
            <li key={item.itemId} className={styles.row}>
              <span className={styles.label}>
                <Hyphenated text={item.label} />
              </span>
              <span className={styles.measure}>
                <DivergingBar item={item} />
                <span className={styles.detail}>{summary(item)}</span>
              </span>
            </li>
          ))}
        </ol>
      </div>
    </ResultsSection>
  );
}

export function ScaleResultsTable({ poll, results, className }: ResultsProps<ScaleResults> & { className?: string }) {
  const t = useTranslations("scale");
  const caption = useResultsCaption();
  const format = useFormatter();
  const number = (value: number | null) => (value === null ? "–" : format.number(value, { maximumFractionDigits: 2 }));
  const { scale } = results;
  const values = Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
  return (
    <DataTable
      className={className}
      caption={caption(poll, results)}
      columns={[t("statement"), ...values.map((value) => t("valueColumn", { value })), t("meanColumn"), t("medianColumn"), t("ratingsColumn")]}
      rows={results.items.map((item) => ({
        id: item.itemId,
        header: item.label,
        cells: [...item.counts, number(item.mean), number(item.median), item.ratingCount],
      }))}
    />
  );
}
