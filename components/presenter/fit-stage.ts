/**
 * Chooses the projector's type sizes from its content by measuring, not from
 * breakpoints: the question shrinks (and, as a last resort, is clamped) before
 * the item labels do, and the labels never go below a floor a room can read
 * (18 px at 720p, scaled with the screen's height).
 */

export interface StageFit {
  /** Join box beside the content ("sidebar"), or a narrow one that leaves the content more width. */
  join: "sidebar" | "compact";
  questionSize: number;
  /** Lines the question may take; it is clamped with an ellipsis beyond them. */
  questionLines: number;
  labelSize: number;
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

const ATTEMPTS: readonly Pick<StageFit, "join" | "questionLines">[] = [
  { join: "sidebar", questionLines: 3 },
  { join: "compact", questionLines: 3 },
  { join: "compact", questionLines: 2 },
  { join: "compact", questionLines: 1 },
];

/** Finds the roomiest fit in which everything is visible; the tightest one if none is. */
export function fitStage(target: FitTarget, stageHeight: number): StageFit {
  const scale = typeScale(stageHeight);
  let fit: StageFit = { join: "compact", questionLines: 1, questionSize: scale.questionMin, labelSize: scale.labelMin };
  for (const attempt of ATTEMPTS) {
    const base = { ...attempt, labelSize: scale.labelMin };
    const questionSize = largest(scale.questionMin, scale.questionMax, (size) => {
      target.apply({ ...base, questionSize: size, questionLines: 99 });
      return target.questionLineCount() <= attempt.questionLines;
    });
    const labelSize = largest(scale.labelMin, scale.labelMax, (size) => {
      target.apply({ ...base, questionSize, labelSize: size });
      return target.boardFits();
    });
    fit = { ...attempt, questionSize, labelSize };
    target.apply(fit);
    if (target.boardFits()) return fit;
  }
  return fit;
}
