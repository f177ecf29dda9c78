import { describe, expect, it } from "vitest";
import { type FitTarget, fitStage, type StageFit, typeScale } from "./fit-stage";

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
      const row = lines(args.labelChars, fit.labelSize, content() * 0.6) * fit.labelSize * 1.15 + 8;
      return question + args.items * row <= args.height - 150;
    },
  };
}

describe("fitStage", () => {
  it("gives a short poll large type beside the full join box", () => {
    const fit = fitStage(model({ questionChars: 30, labelChars: 20, items: 3, width: 1280, height: 720 }), 720);
    expect(fit.join).toBe("sidebar");
    expect(fit.labelSize).toBe(typeScale(720).labelMax);
    expect(fit.questionSize).toBe(typeScale(720).questionMax);
  });

  it("shrinks the question and the join box before the labels reach their floor", () => {
    const fit = fitStage(model({ questionChars: 200, labelChars: 120, items: 10, width: 1280, height: 720 }), 720);
    expect(fit.labelSize).toBeGreaterThanOrEqual(18);
    expect(fit.join).toBe("compact");
    expect(fit.questionSize).toBeLessThan(typeScale(720).questionMax);
  });

  it("never goes below the floor, even when nothing fits", () => {
    const fit = fitStage(model({ questionChars: 200, labelChars: 120, items: 10, width: 640, height: 360 }), 360);
    expect(fit.labelSize).toBe(18);
    expect(fit.questionLines).toBe(1);
  });
});
