"use client";

import { useEffect, useRef, useState } from "react";
import type { Poll } from "@/lib/domain/poll";
import type { WordcloudResults } from "@/lib/domain/poll-kinds/wordcloud/kind";
import { useElementSize } from "../../ui/use-element-size";
import { layOutCloud, type MeasureText, type PlacedWord } from "./cloud-layout";
import styles from "./wordcloud.module.css";

/** How many words the projector shows: the most frequent. */
const SHOWN_WORDS = 60;
const COLOURS = ["#ffd166", "#4cc9f0", "#f79d65", "#52d68a", "#c6d2e3", "#b8b5ff", "#ff8fab"];

const colourOf = (key: string) => {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return COLOURS[Math.abs(hash) % COLOURS.length];
};

const WEIGHT = 800;

/** Measures words as the SVG draws them: the font's advance width and its ascent and descent. */
function canvasMeasure(fontFamily: string): MeasureText {
  const context = document.createElement("canvas").getContext("2d");
  return (text, size) => {
    if (!context) return { width: text.length * size * 0.65, ascent: size, descent: size * 0.3 };
    context.font = `${WEIGHT} ${size}px ${fontFamily}`;
    const metrics = context.measureText(text);
    return { width: metrics.width, ascent: metrics.fontBoundingBoxAscent, descent: metrics.fontBoundingBoxDescent };
  };
}

/**
 * The word cloud on the projector. No two words' boxes ever overlap, also
 * while the cloud grows: words do not glide through each other, they stand
 * where the layout puts them, and new ones fade in. Words keep their place
 * as counts change (laid out in the order they first appeared, each tried at
 * its old spot first). Hidden from screen readers; the table lists the words.
 */
export function WordcloudBoard({ results }: { poll: Poll; results: WordcloudResults | null }) {
  const box = useRef<HTMLDivElement>(null);
  const firstSeen = useRef(new Map<string, number>());
  const lastSpots = useRef(new Map<string, { x: number; y: number }>());
  const size = useElementSize(box);
  const [placed, setPlaced] = useState<PlacedWord[]>([]);
  // The layout runs off the main thread's turn: what it was last made for, so a picture can wait for it.
  const [laidOut, setLaidOut] = useState("");

  const words = (results?.words ?? []).slice(0, SHOWN_WORDS);
  const wordsKey = JSON.stringify(words.map((word) => [word.key, word.text, word.count]));
  const layoutKey = `${wordsKey}|${size.width}x${size.height}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: wordsKey stands for the words
  useEffect(() => {
    const element = box.current;
    if (!element || size.width === 0 || size.height === 0 || words.length === 0) return setPlaced([]);
    let current = true;
    for (const word of words) if (!firstSeen.current.has(word.key)) firstSeen.current.set(word.key, firstSeen.current.size);
    const ordered = [...words].sort((a, b) => (firstSeen.current.get(a.key) ?? 0) - (firstSeen.current.get(b.key) ?? 0));
    const fontFamily = getComputedStyle(element).fontFamily;
    // Measured in the font the words are drawn in: wait for it (or its fallback, if it cannot load).
    void document.fonts
      .load(`${WEIGHT} 40px ${fontFamily}`)
      .catch(() => [])
      .then(() => {
        if (!current) return;
        const next = layOutCloud(ordered, size.width, size.height, canvasMeasure(fontFamily), lastSpots.current);
        lastSpots.current = new Map(next.map((word) => [word.key, { x: word.x, y: word.y }]));
        setPlaced(next);
        setLaidOut(layoutKey);
      });
    return () => {
      current = false;
    };
  }, [wordsKey, size.width, size.height]);

  return (
    <div ref={box} className={styles.cloud} aria-hidden="true" data-testid="word-cloud" data-busy={words.length > 0 && laidOut !== layoutKey ? "" : undefined}>
      {size.width > 0 ? (
        <svg aria-hidden="true" className={styles.svg} viewBox={`${-size.width / 2} ${-size.height / 2} ${size.width} ${size.height}`} width={size.width} height={size.height}>
          {placed.map((word) => (
            <text
              key={word.key}
              className={styles.word}
              data-testid="cloud-word"
              textAnchor="middle"
              x={word.x}
              y={word.y}
              style={{ fontSize: `${word.size}px`, fill: colourOf(word.key) }}
            >
              {word.text}
            </text>
          ))}
        </svg>
      ) : null}
    </div>
  );
}
