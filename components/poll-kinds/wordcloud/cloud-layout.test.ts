import { describe, expect, it } from "vitest";
import { type CloudInput, layOutCloud, type MeasureText, type PlacedWord } from "./cloud-layout";

/** A font whose letters are 0.62 em wide, with ascent 0.95 and descent 0.25 em (wider than most, as a worst case). */
const measure: MeasureText = (text, size) => ({ width: text.length * size * 0.62, ascent: size * 0.95, descent: size * 0.25 });

const boxOf = (word: PlacedWord) => {
  const box = measure(word.text, word.size);
  return { left: word.x - box.width / 2, right: word.x + box.width / 2, top: word.y - box.ascent, bottom: word.y + box.descent };
};

function expectNoOverlap(placed: PlacedWord[], width: number, height: number) {
  const boxes = placed.map(boxOf);
  boxes.forEach((box, index) => {
    expect(box.left).toBeGreaterThanOrEqual(-width / 2);
    expect(box.right).toBeLessThanOrEqual(width / 2);
    expect(box.top).toBeGreaterThanOrEqual(-height / 2);
    expect(box.bottom).toBeLessThanOrEqual(height / 2);
    for (const other of boxes.slice(0, index)) {
      const crosses = box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
      expect(crosses, `${placed[index]?.text} overlaps`).toBe(false);
    }
  });
}

const GERMAN = "Vertrauen Homeoffice Digitalisierung Teamgeist Flexibilität Verantwortung Weiterbildung Barrierefreiheit Datenschutz Zusammenarbeit Wertschätzung Agilität Transparenz Führung Sinn Freiheit Effizienz Kommunikation Nachhaltigkeit Innovation".split(" ");
const words = (count: number, grow = 0): CloudInput[] =>
  Array.from({ length: count }, (_, index) => ({ key: `w${index}`, text: `${GERMAN[index % GERMAN.length]}${index >= GERMAN.length ? index : ""}`, count: 1 + ((index * 7 + grow) % 13) }));

describe("layOutCloud", () => {
  it("places 60 words, none overlapping and all inside, on the clouds of 1920×1080 and 1280×720 projectors", () => {
    for (const [width, height] of [
      [1400, 560],
      [860, 380],
    ] as const) {
      const placed = layOutCloud(words(60), width, height, measure);
      expect(placed).toHaveLength(60);
      expectNoOverlap(placed, width, height);
    }
  });

  it("never overlaps while the cloud grows word by word and counts change", () => {
    let previous = new Map<string, { x: number; y: number }>();
    for (let count = 1; count <= 58; count++) {
      const placed = layOutCloud(words(count, count), 1400, 560, measure, previous);
      expect(placed).toHaveLength(count);
      expectNoOverlap(placed, 1400, 560);
      previous = new Map(placed.map((word) => [word.key, { x: word.x, y: word.y }]));
    }
  });

  it("keeps a word where it was when a new word arrives", () => {
    const first = layOutCloud(words(5), 1400, 560, measure);
    const previous = new Map(first.map((word) => [word.key, { x: word.x, y: word.y }]));
    const second = layOutCloud([...words(5), { key: "new", text: "Neu", count: 1 }], 1400, 560, measure, previous);
    for (const word of first) expect(second.find((next) => next.key === word.key)).toMatchObject({ x: word.x, y: word.y });
  });
});
