/** Colours of a scale's values: from orange (lowest) through grey (the middle) to teal (highest), readable on dark and light. */
const LOW = [247, 157, 101];
const MIDDLE = [141, 153, 174];
const HIGH = [76, 201, 240];

const mix = (from: number[], to: number[], amount: number) =>
  `rgb(${from.map((channel, index) => Math.round(channel + ((to[index] ?? channel) - channel) * amount)).join(" ")})`;

export function scaleColor(index: number, points: number): string {
  const position = points <= 1 ? 0.5 : index / (points - 1);
  return position < 0.5 ? mix(LOW, MIDDLE, position * 2) : mix(MIDDLE, HIGH, (position - 0.5) * 2);
}
