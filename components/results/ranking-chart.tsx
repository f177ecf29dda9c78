"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRef } from "react";
import { Bar, BarChart, matchByDataKey, XAxis, YAxis } from "recharts";
import type { RankedItem, RankingResults } from "@/lib/domain/ranking";
import styles from "./ranking-chart.module.css";
import { useElementSize } from "./use-element-size";

export type ChartVariant = "projector" | "light";

const PALETTE = {
  projector: { text: "#ffffff", muted: "#c6d2e3", bar: "#4cc9f0", leader: "#ffd166", rankFill: "#1f3a5f", onLeader: "#0b1a2e" },
  light: { text: "#14213d", muted: "#475467", bar: "#1d4ed8", leader: "#f5b700", rankFill: "#e6edff", onLeader: "#14213d" },
} as const;

interface RowShapeProps {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: RankedItem;
}

/**
 * The live barometer: one horizontal bar per item, sorted by Borda score.
 * Recharts animates each bar to its new length and, matched by item id, to
 * its new place, so the ranking visibly re-sorts as votes arrive. The SVG is
 * hidden from screen readers; ResultsTable carries the same data as text.
 */
export function RankingChart({ results, variant }: { results: RankingResults; variant: ChartVariant }) {
  const t = useTranslations("presenter");
  const format = useFormatter();
  const container = useRef<HTMLDivElement>(null);
  const { width, height: available } = useElementSize(container);
  // A poll of two or three items should not get bars as tall as a wall: rows are at most a fifth of the space.
  const height = Math.min(available, results.items.length * (available / 5));
  const colors = PALETTE[variant];
  const topScore = results.items[0]?.score ?? 0;
  const rankColumn = Math.min(96, Math.max(48, width * 0.06));
  const statsOf = new Map(
    results.items.map((item) => [
      item.itemId,
      [
        item.averageRank === null
          ? null
          : t("averageRank", { value: format.number(item.averageRank, { maximumFractionDigits: 1 }) }),
        results.ballotCount > 0 ? t("firstShare", { value: format.number(item.firstPlaceShare, { style: "percent" }) }) : null,
      ]
        .filter(Boolean)
        .join(" · "),
    ]),
  );
  const band = height / Math.max(1, results.items.length);
  const fontSizes = fitFontSizes(
    results.items.map((item) => ({ label: item.label, stats: statsOf.get(item.itemId) ?? "" })),
    band,
    width - rankColumn,
  );
  const scoreColumn = Math.min(200, Math.max(90, width * 0.12));

  return (
    <div ref={container} className={styles.chart} aria-hidden="true">
      {width > 0 && height > 0 ? (
        <BarChart
          width={width}
          height={height}
          layout="vertical"
          data={results.items}
          margin={{ top: 0, right: scoreColumn, bottom: 0, left: rankColumn }}
          barCategoryGap={0}
          accessibilityLayer={false}
        >
          <XAxis type="number" hide domain={[0, Math.max(1, topScore)]} />
          <YAxis type="category" dataKey="itemId" hide />
          <Bar
            dataKey="score"
            shape={(shape: unknown) => (
              <RankRow
                {...(shape as RowShapeProps)}
                chartWidth={width}
                stats={statsOf.get((shape as RowShapeProps).payload.itemId) ?? ""}
                fontSizes={fontSizes}
                rankColumn={rankColumn}
                colors={colors}
                ballotCount={results.ballotCount}
              />
            )}
            isAnimationActive
            animationDuration={650}
            animationEasing="ease-out"
            animationMatchBy={matchByDataKey("itemId")}
          />
        </BarChart>
      ) : null}
    </div>
  );
}

/** One row of the chart: rank badge, label, per-item statistics, the bar and its points. */
function RankRow(props: RowShapeProps & {
  chartWidth: number;
  /** "Ø Platz 1,4 · 57 % auf Platz 1" */
  stats: string;
  fontSizes: { labelSize: number; statSize: number };
  rankColumn: number;
  colors: (typeof PALETTE)[ChartVariant];
  ballotCount: number;
}) {
  const t = useTranslations("presenter");
  const { x, y, width: barWidth, height: band, payload, colors, rankColumn } = props;
  const isLeader = payload.rank === 1 && payload.score > 0;
  const { labelSize, statSize } = props.fontSizes;
  const barTop = y + band * 0.47;
  const barHeight = band * 0.37;
  const barCenter = barTop + barHeight / 2;
  const radius = Math.max(12, Math.min(34, band * 0.26));
  const visibleBarWidth = Math.max(barWidth, 6);


  return (
    <g>
      <circle cx={rankColumn / 2} cy={barCenter} r={radius} fill={isLeader ? colors.leader : colors.rankFill} />
      <text
        x={rankColumn / 2}
        y={barCenter}
        dy="0.35em"
        textAnchor="middle"
        fontSize={radius * 1.05}
        fontWeight={800}
        fill={isLeader ? colors.onLeader : colors.text}
      >
        {payload.rank}
      </text>
      <text x={x} y={y + band * 0.38} fontSize={labelSize} fontWeight={700} fill={colors.text}>
        {payload.label}
      </text>
      <text x={props.chartWidth} y={y + band * 0.38} fontSize={statSize} textAnchor="end" fill={colors.muted}>
        {props.stats}
      </text>
      <rect
        x={x}
        y={barTop}
        width={visibleBarWidth}
        height={barHeight}
        rx={Math.min(10, barHeight / 3)}
        fill={isLeader ? colors.leader : colors.bar}
      />
      <text
        x={x + visibleBarWidth + 14}
        y={barCenter}
        dy="0.35em"
        fontSize={Math.max(14, Math.min(40, band * 0.3))}
        fontWeight={800}
        fill={colors.text}
      >
        {t("points", { score: payload.score })}
      </text>
    </g>
  );
}

/**
 * One label size for every row, as large as the row height allows but small
 * enough that no label runs into the statistics beside it (SVG text does not
 * wrap). Widths are estimated, generously, from the number of characters.
 */
function fitFontSizes(rows: readonly { label: string; stats: string }[], band: number, rowWidth: number) {
  const boldWidth = (text: string) => text.length * 0.58;
  const regularWidth = (text: string) => text.length * 0.52;
  const statSize = Math.max(12, Math.min(30, band * 0.22));
  const fits = rows.map(
    (row) => (rowWidth - regularWidth(row.stats) * statSize - statSize) / Math.max(1, boldWidth(row.label)),
  );
  const labelSize = Math.max(12, Math.min(46, band * 0.34, ...fits));
  return { labelSize, statSize };
}
