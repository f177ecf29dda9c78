import { describe, expect, it } from "vitest";
import { type FitTarget, fitStage, layoutsFor, type StageFit, typeScale } from "./fit-stage";

/** A stand-in for the DOM: text of `questionChars` and rows of `labelChars`, laid out by a simple model. */
function model(args: { questionChars: number; labelChars: number; items: number; width: number; height: number }): FitTarget {
  let fit: StageFit | null = null;
  const content = () => args.width - (fit?.join === "sidebar" ? 300 : 170);
  const lines = (chars: number, size: number, width: number) => Math.ceil((chars * size * 0.55) / width);
  return {
    apply(next) {
      fit = next;
    },
    questionLineCount: () => (fit ? lines(args.questionChars, fit.questionSize, content()) : 0),
    boardFits: () => {
      if (!fit) return false;
      const question = Math.min(fit.questionLines, lines(args.questionChars, fit.questionSize, content())) * fit.questionSize * 1.15;
      const labelLines = Math.min(fit.labelLines ?? 99, lines(args.labelChars, fit.labelSize, (content() * 0.6) / fit.columns));
      const row = labelLines * fit.labelSize * 1.15 + 8;
      return question + Math.ceil(args.items / fit.columns) * row <= args.height - 150;
    },
  };
}

describe("fitStage", () => {
  it("gives a short poll large type beside the full join box", () => {
    const fit = fitStage(model({ questionChars: 30, labelChars: 20, items: 3, width: 1280, height: 720 }), 720, 3);
    expect(fit).toMatchObject({ join: "sidebar", columns: 1, labelLines: null });
    expect(fit.labelSize).toBe(typeScale(720).labelMax);
    expect(fit.questionSize).toBe(typeScale(720).questionMax);
  });

  it("shrinks the question and the join box before the labels reach their floor", () => {
    const fit = fitStage(model({ questionChars: 200, labelChars: 120, items: 10, width: 1280, height: 720 }), 720, 10);
    expect(fit.labelSize).toBeGreaterThanOrEqual(18);
    expect(fit.join).toBe("compact");
    expect(fit.questionSize).toBeLessThan(typeScale(720).questionMax);
  });

  it("goes to two columns, then clamps labels, when one column does not hold the rows at the floor", () => {
    const target = model({ questionChars: 200, labelChars: 160, items: 10, width: 1280, height: 720 });
    const fit = fitStage(target, 720, 10);
    expect(fit.columns).toBe(2);
    target.apply(fit);
    expect(target.boardFits()).toBe(true);
    expect(fit.labelSize).toBeGreaterThanOrEqual(18);
  });

  it("never cuts the question to one line and never goes below the floor, even when nothing fits", () => {
    const target = model({ questionChars: 200, labelChars: 120, items: 10, width: 640, height: 250 });
    const fit = fitStage(target, 360, 10);
    expect(target.boardFits()).toBe(false);
    expect(fit.labelSize).toBe(18);
    expect(fit.questionLines).toBe(2);
    expect(fit.labelLines).toBe(1);
  });

  it("tries two columns only when there are rows to share", () => {
    expect(layoutsFor(2).every((layout) => layout.columns === 1)).toBe(true);
    expect(layoutsFor(8).some((layout) => layout.columns === 2)).toBe(true);
    for (const count of [1, 2, 5, 10]) expect(layoutsFor(count).every((layout) => layout.questionLines >= 2)).toBe(true);
  });
});
