/**
 * Lays words out as a cloud with d3-cloud. The layout is stable: words are
 * placed in the order they first appeared, with a fixed random seed, so a
 * word keeps its place when others grow, and new words find free space
 * around the ones already placed. When d3-cloud cannot place every word, the
 * sizes shrink until it can.
 */
import cloud from "d3-cloud";

export interface CloudInput {
  key: string;
  text: string;
  count: number;
}

export interface PlacedWord {
  key: string;
  text: string;
  size: number;
  x: number;
  y: number;
}

/** A small seeded generator (mulberry32): the same words give the same cloud. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function layOut(words: CloudInput[], width: number, height: number, font: string, scale: number): Promise<PlacedWord[]> {
  const counts = words.map((word) => word.count);
  const most = Math.max(...counts);
  const least = Math.min(...counts);
  const largest = Math.min(height / 5, width / 8, 140) * scale;
  const smallest = Math.max(18, largest * 0.32);
  const sizeOf = (count: number) => (most === least ? largest * 0.7 : smallest + (largest - smallest) * Math.sqrt((count - least) / (most - least)));
  return new Promise((resolve) => {
    cloud<CloudInput & cloud.Word>()
      .size([width, height])
      .words(words.map((word) => ({ ...word, size: sizeOf(word.count) })))
      .padding(Math.max(2, height / 160))
      .rotate(0)
      .font(font)
      .fontWeight(800)
      .fontSize((word) => word.size ?? smallest)
      .random(seeded(7))
      .spiral("archimedean")
      .on("end", (placed) => resolve(centred(placed, smallest)))
      .start();
  });
}

/** Moves the placed words so that together they sit in the middle (d3-cloud starts each word at a random spot near it). */
function centred(placed: (CloudInput & cloud.Word & { x0?: number; x1?: number; y0?: number; y1?: number })[], fallbackSize: number): PlacedWord[] {
  if (placed.length === 0) return [];
  const left = Math.min(...placed.map((word) => (word.x ?? 0) + (word.x0 ?? 0)));
  const right = Math.max(...placed.map((word) => (word.x ?? 0) + (word.x1 ?? 0)));
  const top = Math.min(...placed.map((word) => (word.y ?? 0) + (word.y0 ?? 0)));
  const bottom = Math.max(...placed.map((word) => (word.y ?? 0) + (word.y1 ?? 0)));
  const dx = -(left + right) / 2;
  const dy = -(top + bottom) / 2;
  return placed.map((word) => ({ key: word.key, text: word.text ?? "", size: word.size ?? fallbackSize, x: (word.x ?? 0) + dx, y: (word.y ?? 0) + dy }));
}

/** Places every word (shrinking them until all fit), in first-appearance order. */
export async function layOutCloud(words: CloudInput[], width: number, height: number, font: string): Promise<PlacedWord[]> {
  let scale = 1;
  for (let attempt = 0; attempt < 8; attempt++) {
    const placed = await layOut(words, width, height, font, scale);
    if (placed.length === words.length) return placed;
    scale *= 0.85;
  }
  return layOut(words, width, height, font, scale);
}
