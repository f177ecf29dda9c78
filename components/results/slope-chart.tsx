"use client";

import { useTranslations } from "next-intl";
import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesView } from "@/lib/domain/series/series";

/** Colours that keep 3:1 against white and tell ten lines apart. */
const LINE_COLORS = ["#1d4ed8", "#b42318", "#027a48", "#7a2e0e", "#6941c6", "#c11574", "#0e7090", "#4b5563", "#b54708", "#3e4784"];

/**
 * How each item's place moved from round to round: one line per item, first
 * place on top. Hidden from screen readers: the table beside it has the same.
 */
export function SlopeChart({ series }: { series: SeriesView }) {
  const t = useTranslations("results");
  const maxRank = Math.max(1, ...series.lines.flatMap((line) => line.points.map((point) => point.rank)));
  // Items tied on a place at their last round get their labels stacked, not printed over each other.
  const labelOffset = new Map<number, number>();
  const endings = new Map<string, number[]>();
  series.lines.forEach((line, index) => {
    const last = line.points.at(-1);
    if (!last) return;
    const key = `${last.round}:${last.rank}`;
    endings.set(key, [...(endings.get(key) ?? []), index]);
  });
  for (const indices of endings.values()) {
    for (const [k, lineIndex] of indices.entries()) labelOffset.set(lineIndex, (k - (indices.length - 1) / 2) * 18);
  }
  // Room inside the plot above and below the lines for stacked labels, so they never run into the axis.
  const below = Math.max(0, ...labelOffset.values());
  const above = Math.max(0, ...[...labelOffset.values()].map((offset) => -offset));
  const data = series.rounds.map((round, index) => ({
    round: `${round.eventTitle} (${t("ballotsShort", { count: round.ballotCount })})`,
    ...Object.fromEntries(series.lines.flatMap((line, lineIndex) => line.points.filter((p) => p.round === index).map((p) => [`l${lineIndex}`, p.rank]))),
  }));
  return (
    <div aria-hidden="true" data-testid="slope-chart" style={{ width: "100%", height: 80 + maxRank * 44 + above + below }}>
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 200, bottom: 8, left: 8 }}>
          <CartesianGrid vertical={false} stroke="#e4e7ec" />
          <XAxis dataKey="round" tick={{ fill: "#344054", fontSize: 14 }} padding={{ left: 40, right: 40 }} />
          <YAxis reversed domain={[1, maxRank]} padding={{ top: above, bottom: 12 + below }} allowDecimals={false} tickCount={maxRank} width={40} tick={{ fill: "#344054", fontSize: 14 }} />
          <Tooltip />
          {series.lines.map((line, index) => (
            <Line
              key={line.label}
              dataKey={`l${index}`}
              name={line.label}
              stroke={LINE_COLORS[index % LINE_COLORS.length]}
              strokeWidth={3}
              dot={{ r: 5 }}
              isAnimationActive={false}
              connectNulls={false}
            >
              <LabelList
                dataKey={`l${index}`}
                content={({ x, y, index: pointIndex }) =>
                  pointIndex === data.length - 1 || (line.points.at(-1)?.round === pointIndex && !line.current) ? (
                    <text x={Number(x) + 12} y={Number(y) + 5 + (labelOffset.get(index) ?? 0)} fill={LINE_COLORS[index % LINE_COLORS.length]} fontSize={14} fontWeight={600}>
                      {line.label}
                    </text>
                  ) : null
                }
              />
            </Line>
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
