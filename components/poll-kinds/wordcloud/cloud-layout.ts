/**
 * Lays words out as a cloud of boxes that never overlap: each word's whole
 * text box (advance width × the font's ascent and descent), plus padding, is
 * kept clear of every other, so no two words touch even while the cloud
 * grows. Pure: the caller measures text (a canvas in the browser).
 *
 * The layout is stable: words are placed in the order they first appeared,
 * and a word that was placed before keeps its spot if it still fits there at
 * its new size; otherwise it, like a new word, takes the first free spot on a
 * spiral out from the middle. When not every word fits, all sizes shrink
 * until they do.
 */

export interface CloudInput {
  key: string;
  text: string;
  count: number;
}

export interface PlacedWord {
  key: string;
  text: string;
  size: number;
  /** Centre of the word, from the cloud's middle (px). */
  x: number;
  /** Baseline of the word, from the cloud's middle (px). */
  y: number;
}

export interface TextBox {
  width: number;
  ascent: number;
  descent: number;
}

/** Measures a word at a font size (px). */
export type MeasureText = (text: string, size: number) => TextBox;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function boxAt(x: number, y: number, text: TextBox, padding: number): Box {
  return { left: x - text.width / 2 - padding, right: x + text.width / 2 + padding, top: y - text.ascent - padding, bottom: y + text.descent + padding };
}

function tryLayout(args: {
  words: CloudInput[];
  width: number;
  height: number;
  measure: MeasureText;
  previous: ReadonlyMap<string, { x: number; y: number }>;
  scale: number;
}): PlacedWord[] {
  const { words, width, height, measure, previous, scale } = args;
  const counts = words.map((word) => word.count);
  const most = Math.max(...counts);
  const least = Math.min(...counts);
  const largest = Math.min(height / 5, width / 8, 140) * scale;
  const smallest = Math.max(14, largest * 0.32);
  const sizeOf = (count: number) => (most === least ? largest * 0.7 : smallest + (largest - smallest) * Math.sqrt((count - least) / (most - least)));
  const padding = Math.max(2, height / 160);
  const bounds: Box = { left: -width / 2, right: width / 2, top: -height / 2, bottom: height / 2 };
  const inside = (box: Box) => box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
  const taken: Box[] = [];
  const placed: PlacedWord[] = [];
  const aspect = width / height;
  const maxRadius = Math.hypot(width, height) / 2;

  for (const word of words) {
    const size = sizeOf(word.count);
    const text = measure(word.text, size);
    // Baseline so that the box is centred on the spot.
    const free = (cx: number, cy: number) => {
      const y = cy + (text.ascent - text.descent) / 2;
      const box = boxAt(cx, y, text, padding);
      return inside(box) && !taken.some((other) => overlaps(box, other)) ? { y, box } : null;
    };
    let spot: { x: number; y: number; box: Box } | null = null;
    const before = previous.get(word.key);
    if (before) {
      const cy = before.y - (text.ascent - text.descent) / 2;
      const found = free(before.x, cy);
      if (found) spot = { x: before.x, ...found };
    }
    // An Archimedean spiral, stretched to the cloud's shape.
    for (let angle = 0; !spot && angle * 2 <= maxRadius; angle += 0.12) {
      const radius = angle * 2;
      const cx = radius * Math.cos(angle) * Math.sqrt(aspect);
      const cy = (radius * Math.sin(angle)) / Math.sqrt(aspect);
      const found = free(cx, cy);
      if (found) spot = { x: cx, ...found };
    }
    if (!spot) continue;
    taken.push(spot.box);
    placed.push({ key: word.key, text: word.text, size, x: spot.x, y: spot.y });
  }
  return placed;
}

/**
 * Places every word (shrinking them until all fit), in the order given, no
 * two boxes overlapping and every box inside width × height. `previous`
 * holds where words stood in the last layout, so that they stay put.
 */
export function layOutCloud(
  words: CloudInput[],
  width: number,
  height: number,
  measure: MeasureText,
  previous: ReadonlyMap<string, { x: number; y: number }> = new Map(),
): PlacedWord[] {
  if (words.length === 0 || width <= 0 || height <= 0) return [];
  let placed: PlacedWord[] = [];
  let scale = 1;
  for (let attempt = 0; attempt < 10; attempt++) {
    placed = tryLayout({ words, width, height, measure, previous, scale });
    if (placed.length === words.length) return placed;
    // A smaller cloud starts afresh: the old spots were for larger words.
    previous = new Map();
    scale *= 0.85;
  }
  return placed;
}
