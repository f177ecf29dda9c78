/**
 * Chooses the projector's layout and type sizes from its content by
 * measuring, not from breakpoints. In order of preference it tries the full
 * join box, then a compact one, a question of three lines, then two; then the
 * result in two columns; then labels clamped to three, two, one line (their
 * full text stays in the results table for screen readers and on the results
 * page). Labels never go below a floor a room can read (18 px at 720p, scaled
 * with the screen's height), and the question keeps at least two lines: it
 * shrinks, but arriving votes never cut it to one.
 */

export interface StageFit {
  /** Join box beside the content ("sidebar"), or a narrow one that leaves the content more width. */
  join: "sidebar" | "compact";
  questionSize: number;
  /** Lines the question may take; it is clamped with an ellipsis beyond them. */
  questionLines: number;
  labelSize: number;
  /** Columns the result's rows flow in. */
  columns: 1 | 2;
  /** Lines a label may take before it is clamped; null for no clamp. */
  labelLines: number | null;
}

export interface FitTarget {
  /** Applies a fit to the DOM synchronously (CSS variables, data attributes). */
  apply(fit: StageFit): void;
  /** Lines the question takes at the applied fit. */
  questionLineCount(): number;
  /** Whether the result area holds its content without overflow at the applied fit. */
  boardFits(): boolean;
}

/** Type scale for a stage of this height (px). */
export function typeScale(stageHeight: number) {
  return {
    labelMin: Math.max(18, Math.round(stageHeight * 0.025)),
    labelMax: Math.round(stageHeight * 0.06),
    questionMin: Math.max(22, Math.round(stageHeight * 0.031)),
    questionMax: Math.round(stageHeight * 0.072),
  };
}

/** The largest integer in [min, max] for which `ok` holds, assuming it is monotone; `min` if none. */
function largest(min: number, max: number, ok: (value: number) => boolean): number {
  let low = min;
  let high = max;
  if (!ok(low)) return min;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (ok(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

type Layout = Omit<StageFit, "questionSize" | "labelSize">;

/** The layouts to try, roomiest first. Two columns only pay off with enough rows to share. */
export function layoutsFor(rowCount: number): Layout[] {
  const oneColumn: Layout[] = [
    { join: "sidebar", questionLines: 3, columns: 1, labelLines: null },
    { join: "compact", questionLines: 3, columns: 1, labelLines: null },
    { join: "compact", questionLines: 2, columns: 1, labelLines: null },
  ];
  const columns: 1 | 2 = rowCount >= 4 ? 2 : 1;
  const tighter: Layout[] = [
    ...(columns === 2 ? [{ join: "compact", questionLines: 2, columns, labelLines: null } as const] : []),
    ...[3, 2, 1].map((labelLines) => ({ join: "compact", questionLines: 2, columns, labelLines }) as const),
  ];
  return [...oneColumn, ...tighter];
}

/**
 * Finds the roomiest layout in which everything is visible, with the largest
 * type it allows. If even the tightest does not fit (a screen far smaller
 * than any projector), it returns the tightest; the board then cuts off
 * rather than scroll.
 */
export function fitStage(target: FitTarget, stageHeight: number, rowCount: number): StageFit {
  const scale = typeScale(stageHeight);
  const layouts = layoutsFor(rowCount);
  let fit: StageFit | null = null;
  for (const layout of layouts) {
    const base = { ...layout, labelSize: scale.labelMin };
    const questionSize = largest(scale.questionMin, scale.questionMax, (size) => {
      target.apply({ ...base, questionSize: size, questionLines: 99 });
      return target.questionLineCount() <= layout.questionLines;
    });
    const labelSize = largest(scale.labelMin, scale.labelMax, (size) => {
      target.apply({ ...base, questionSize, labelSize: size });
      return target.boardFits();
    });
    fit = { ...layout, questionSize, labelSize };
    target.apply(fit);
    if (target.boardFits()) return fit;
  }
  if (!fit) throw new Error("no layout to try");
  return fit;
}
