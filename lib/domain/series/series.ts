/**
 * The barometer over time: one ranking poll asked again at later events, as a
 * series of rounds. A poll keeps frozen copies of the earlier rounds' results
 * (labels, places and scores only: nothing personal), so a series outlives
 * the retention of the events it came from.
 *
 * Items are followed from round to round by label (ignoring case and spaces);
 * a moderator matches renamed ones by hand, or says an item has no successor.
 */
import { z } from "../zod";

export const SERIES_MAX_ROUNDS = 20;

const roundItemSchema = z.object({
  label: z.string().max(200),
  rank: z.number().int().min(1),
  score: z.number().min(0),
  averageRank: z.number().nullable(),
});

export const seriesRoundSchema = z.object({
  eventTitle: z.string().max(200),
  eventCode: z.string().max(20),
  /** ISO time the round's event was created. */
  heldOn: z.string().max(40),
  question: z.string().max(300),
  ballotCount: z.number().int().min(0),
  maxScore: z.number().min(0),
  items: z.array(roundItemSchema).max(50),
  /**
   * This round's labels → the next round's: set by hand for renamed items
   * (a label) or items without a successor (null). A label not in here is
   * matched by the same label in the next round.
   */
  matches: z.record(z.string(), z.string().nullable()).default({}),
});
export type SeriesRound = z.infer<typeof seriesRoundSchema>;
export const earlierRoundsSchema = z.array(seriesRoundSchema).max(SERIES_MAX_ROUNDS - 1);

/** What a kind that can be followed over time (the ranking) reports of its result. */
export interface SeriesResult {
  ballotCount: number;
  maxScore: number;
  items: { label: string; rank: number; score: number; averageRank: number | null }[];
}

/** A poll's result frozen as a round of a series. */
export function roundOf(args: {
  event: { title: string; code: string; createdAt: Date };
  question: string;
  results: SeriesResult;
  matches?: SeriesRound["matches"];
}): SeriesRound {
  return {
    eventTitle: args.event.title,
    eventCode: args.event.code,
    heldOn: args.event.createdAt.toISOString(),
    question: args.question,
    ballotCount: args.results.ballotCount,
    maxScore: args.results.maxScore,
    items: args.results.items.map((item) => ({ label: item.label, rank: item.rank, score: item.score, averageRank: item.averageRank })),
    matches: args.matches ?? {},
  };
}

const sameLabel = (label: string) => label.trim().replace(/\s+/g, " ").toLocaleLowerCase("de");

/** Where each label of `round` goes in `next`: a hand-made match, else the same label, else nowhere. */
export function successorsOf(round: SeriesRound, next: SeriesRound): Map<string, string | null> {
  const nextByLabel = new Map(next.items.map((item) => [sameLabel(item.label), item.label]));
  const nextLabels = new Set(next.items.map((item) => item.label));
  return new Map(
    round.items.map((item) => {
      const chosen = round.matches[item.label];
      if (chosen === null) return [item.label, null];
      if (chosen !== undefined && nextLabels.has(chosen)) return [item.label, chosen];
      return [item.label, nextByLabel.get(sameLabel(item.label)) ?? null];
    }),
  );
}

export interface SeriesPoint {
  round: number;
  rank: number;
  score: number;
  /** score / the round's most possible score: comparable across rounds with different numbers of ballots and items. */
  share: number;
  /** The item's label in that round (it may have been renamed since). */
  label: string;
}

export interface SeriesLine {
  /** The item's label in the last round it appears in. */
  label: string;
  points: SeriesPoint[];
  /** Whether the item is in the newest round. */
  current: boolean;
}

export interface SeriesView {
  rounds: Omit<SeriesRound, "items" | "matches">[];
  lines: SeriesLine[];
}

/** Follows every item through the rounds (oldest first); the newest round's items come first, by their place. */
export function buildSeries(rounds: readonly SeriesRound[]): SeriesView {
  const lineOf = new Map<string, SeriesLine>();
  const lines: SeriesLine[] = [];
  rounds.forEach((round, index) => {
    const previous = rounds[index - 1];
    const carried = new Map<string, SeriesLine>();
    if (previous) {
      for (const [from, to] of successorsOf(previous, round)) {
        const line = lineOf.get(`${index - 1}:${from}`);
        // Two items matched into one: the first keeps the line, the other ends.
        if (to !== null && line && !carried.has(to)) carried.set(to, line);
      }
    }
    for (const item of round.items) {
      let line = carried.get(item.label);
      if (!line) {
        line = { label: item.label, points: [], current: false };
        lines.push(line);
      }
      line.label = item.label;
      line.points.push({ round: index, rank: item.rank, score: item.score, share: round.maxScore > 0 ? item.score / round.maxScore : 0, label: item.label });
      lineOf.set(`${index}:${item.label}`, line);
    }
  });
  const newest = rounds.length - 1;
  for (const line of lines) line.current = line.points.at(-1)?.round === newest;
  const placeNow = (line: SeriesLine) => (line.current ? (line.points.at(-1)?.rank ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER);
  lines.sort((a, b) => placeNow(a) - placeNow(b));
  return { rounds: rounds.map(({ items: _, matches: __, ...meta }) => meta), lines };
}
