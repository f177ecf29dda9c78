"use client";

import { useEffect, useRef, useState } from "react";
import type { Poll } from "@/lib/domain/poll";
import type { WordcloudResults } from "@/lib/domain/poll-kinds/wordcloud/kind";
import { useElementSize } from "../../ui/use-element-size";
import { layOutCloud, type PlacedWord } from "./cloud-layout";
import styles from "./wordcloud.module.css";

/** How many words the projector shows: the most frequent. */
const SHOWN_WORDS = 60;
const COLOURS = ["#ffd166", "#4cc9f0", "#f79d65", "#52d68a", "#c6d2e3", "#b8b5ff", "#ff8fab"];

const colourOf = (key: string) => {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return COLOURS[Math.abs(hash) % COLOURS.length];
};

/**
 * The word cloud on the projector. Words keep their place as counts change
 * (they are laid out in the order they first appeared) and glide to a new one
 * only when they must. Hidden from screen readers; the table lists the words.
 */
export function WordcloudBoard({ results }: { poll: Poll; results: WordcloudResults | null }) {
  const box = useRef<HTMLDivElement>(null);
  const firstSeen = useRef(new Map<string, number>());
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
    void layOutCloud(ordered, size.width, size.height, getComputedStyle(element).fontFamily).then((next) => {
      if (!current) return;
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
              style={{ transform: `translate(${word.x}px, ${word.y}px)`, fontSize: `${word.size}px`, fill: colourOf(word.key) }}
            >
              {word.text}
            </text>
          ))}
        </svg>
      ) : null}
    </div>
  );
}
