import { type RefObject, useLayoutEffect, useRef } from "react";

const EASING = "cubic-bezier(0.2, 0.8, 0.2, 1)";

/**
 * Calm motion for a list that changes (FLIP): when `key` changes, children
 * marked `data-flip-key` that moved glide from where they were, and new ones
 * fade in, instead of jumping. Nothing moves for people who ask for reduced motion.
 */
export function useFlip(container: RefObject<HTMLElement | null>, key: string, durationMs = 700): void {
  const before = useRef(new Map<string, DOMRect>());
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for the list's content
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const seenBefore = before.current.size > 0;
    const after = new Map<string, DOMRect>();
    for (const child of element.querySelectorAll<HTMLElement>("[data-flip-key]")) {
      const flipKey = child.dataset.flipKey ?? "";
      const rect = child.getBoundingClientRect();
      after.set(flipKey, rect);
      if (still) continue;
      const old = before.current.get(flipKey);
      if (!old) {
        if (seenBefore) child.animate([{ opacity: 0, transform: "translateY(-0.5rem)" }, { opacity: 1, transform: "none" }], { duration: durationMs, easing: EASING });
        continue;
      }
      const dx = old.left - rect.left;
      const dy = old.top - rect.top;
      if (dx !== 0 || dy !== 0) {
        child.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: "none" }], { duration: durationMs, easing: EASING });
      }
    }
    before.current = after;
  }, [key]);
}
