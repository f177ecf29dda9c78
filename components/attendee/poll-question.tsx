"use client";

import { useTranslations } from "next-intl";
import { useLayoutEffect, useRef, useState } from "react";
import { Hyphenated } from "../ui/hyphenated";
import { useElementSize } from "../ui/use-element-size";
import styles from "./attendee-screen.module.css";

/**
 * The poll's question as the phone's heading. On a short screen a long
 * question is cut to a few lines behind "more", so that the first answer
 * control is in view without scrolling; the heading keeps its whole text for
 * screen readers either way.
 */
export function PollQuestion({ id, text }: { id: string; text: string }) {
  const t = useTranslations("attendee");
  const heading = useRef<HTMLHeadingElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [cut, setCut] = useState(false);
  const { width } = useElementSize(heading);

  // Cut means the clamped heading hides lines; measured again when the width or the text changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: width and text change what the heading holds
  useLayoutEffect(() => {
    const element = heading.current;
    if (!element || expanded) return;
    setCut(element.scrollHeight > element.clientHeight + 1);
  }, [width, text, expanded]);

  return (
    <div className={styles.questionBlock}>
      <h1 ref={heading} id={id} className={styles.question} data-expanded={expanded || undefined}>
        <Hyphenated text={text} />
      </h1>
      {cut || expanded ? (
        <button type="button" className={styles.questionToggle} aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded((open) => !open)}>
          {expanded ? t("questionLess") : t("questionMore")}
        </button>
      ) : null}
    </div>
  );
}
