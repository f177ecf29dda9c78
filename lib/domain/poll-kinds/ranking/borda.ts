/**
 * The ranking poll ("barometer"): attendees order items by preference and the
 * result is a Borda count. Pure functions only; no I/O.
 */
import type { PollItem } from "../common";

/** Why a ranking ballot was refused. */
export type RankingBallotProblem = "empty" | "unknown_item" | "duplicate_item";

export type RankingBallotValidation =
  | { ok: true; ranking: string[] }
  | { ok: false; reason: RankingBallotProblem; itemId?: string };

/**
 * Checks a ballot against a poll's items. A ballot lists item ids from most to
 * least preferred; it may leave items out (a partial ranking) but must rank at
 * least one, and may name each item once.
 */
export function validateRankingBallot(
  items: readonly PollItem[],
  ranking: readonly string[],
): RankingBallotValidation {
  if (ranking.length === 0) return { ok: false, reason: "empty" };
  const known = new Set(items.map((item) => item.id));
  const seen = new Set<string>();
  for (const itemId of ranking) {
    if (!known.has(itemId)) return { ok: false, reason: "unknown_item", itemId };
    if (seen.has(itemId)) return { ok: false, reason: "duplicate_item", itemId };
    seen.add(itemId);
  }
  return { ok: true, ranking: [...ranking] };
}

export interface RankedItem {
  itemId: string;
  label: string;
  /** Borda points summed over all ballots. */
  score: number;
  /** 1-based place in the result; items with equal points share it (1, 2, 2, 4). */
  rank: number;
  /** True when another item has the same points, and so the same rank. */
  tied: boolean;
  /** Mean 1-based position among the ballots that ranked this item; null if none did. */
  averageRank: number | null;
  /** How many ballots ranked this item at all. */
  rankedCount: number;
  /** How many ballots put this item first. */
  firstPlaces: number;
  /** firstPlaces / ballotCount, 0 when there are no ballots. */
  firstPlaceShare: number;
  /** How many ballots put this item at each place: placeCounts[0] is first, placeCounts[1] second, … (one per item of the poll). */
  placeCounts: number[];
}

export interface RankingResults {
  method: "borda";
  ballotCount: number;
  /** The most points one item can have: (items − 1) × ballots. Scales the chart. */
  maxScore: number;
  /** Sorted best first; see {@link rankByBorda} for how ties break. */
  items: RankedItem[];
}

/**
 * The Borda tally of a poll, kept up to date one ballot at a time: a new
 * ballot is `add`, a changed one is `remove(old)` then `add(new)`, a reset is a
 * new aggregate. `add` and `remove` cost O(length of the ranking); `result`
 * costs O(items · log items), never O(ballots).
 *
 * Ballots are trusted to be valid (see {@link validateRankingBallot}); ids
 * that are not items of the poll are ignored, so a stale ballot cannot break a
 * tally. Removing a ballot that was never added corrupts it: the caller (the
 * server's projection) removes exactly what it added.
 */
export interface BordaAggregate {
  add(ranking: readonly string[]): void;
  remove(ranking: readonly string[]): void;
  readonly ballotCount: number;
  result(): RankingResults;
}

export function createBordaAggregate(items: readonly PollItem[]): BordaAggregate {
  const n = items.length;
  const indexOf = new Map(items.map((item, index) => [item.id, index]));
  const score = new Array<number>(n).fill(0);
  const rankSum = new Array<number>(n).fill(0);
  const rankedCount = new Array<number>(n).fill(0);
  const firstPlaces = new Array<number>(n).fill(0);
  // placeCounts[i * n + p]: ballots that put item i at 0-based place p.
  const placeCounts = new Array<number>(n * n).fill(0);
  let ballotCount = 0;

  function apply(ranking: readonly string[], sign: 1 | -1): void {
    ballotCount += sign;
    ranking.forEach((itemId, position) => {
      const i = indexOf.get(itemId);
      if (i === undefined) return;
      score[i] = (score[i] ?? 0) + sign * (n - 1 - position);
      rankSum[i] = (rankSum[i] ?? 0) + sign * (position + 1);
      rankedCount[i] = (rankedCount[i] ?? 0) + sign;
      if (position === 0) firstPlaces[i] = (firstPlaces[i] ?? 0) + sign;
      if (position < n) placeCounts[i * n + position] = (placeCounts[i * n + position] ?? 0) + sign;
    });
  }

  return {
    add: (ranking) => apply(ranking, 1),
    remove: (ranking) => apply(ranking, -1),
    get ballotCount() {
      return ballotCount;
    },
    result: () =>
      rankTally(
        items.map((item, i) => ({
          item,
          order: i,
          score: score[i] ?? 0,
          rankSum: rankSum[i] ?? 0,
          rankedCount: rankedCount[i] ?? 0,
          firstPlaces: firstPlaces[i] ?? 0,
          placeCounts: placeCounts.slice(i * n, i * n + n),
        })),
        ballotCount,
        n,
      ),
  };
}

interface ItemTally {
  item: PollItem;
  order: number;
  score: number;
  rankSum: number;
  rankedCount: number;
  firstPlaces: number;
  placeCounts: number[];
}

/** Sorts and ranks per-item sums; the one place that decides order and ties. */
function rankTally(entries: ItemTally[], ballotCount: number, n: number): RankingResults {
  const sorted = entries.sort((a, b) => b.score - a.score || b.firstPlaces - a.firstPlaces || a.order - b.order);
  const ranked: RankedItem[] = [];
  sorted.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const sharesPreviousRank = previous !== undefined && previous.score === entry.score;
    if (previous && sharesPreviousRank) previous.tied = true;
    ranked.push({
      itemId: entry.item.id,
      label: entry.item.label,
      score: entry.score,
      rank: previous && sharesPreviousRank ? previous.rank : index + 1,
      tied: sharesPreviousRank,
      averageRank: entry.rankedCount > 0 ? entry.rankSum / entry.rankedCount : null,
      rankedCount: entry.rankedCount,
      firstPlaces: entry.firstPlaces,
      firstPlaceShare: ballotCount > 0 ? entry.firstPlaces / ballotCount : 0,
      placeCounts: entry.placeCounts,
    });
  });
  return { method: "borda", ballotCount, maxScore: Math.max(0, n - 1) * ballotCount, items: ranked };
}

/**
 * Aggregates ranking ballots by Borda count. With n items, the item at
 * 0-based position i of a ballot earns n − 1 − i points; items a ballot leaves
 * out earn nothing from it.
 *
 * Ties: items with equal points share a rank number (1, 2, 2, 4) and are
 * marked `tied`. Within a tie they are listed by more first places, then by
 * their order in the poll; that order decides nothing, it only keeps the
 * listing stable.
 */
export function rankByBorda(items: readonly PollItem[], ballots: Iterable<readonly string[]>): RankingResults {
  const aggregate = createBordaAggregate(items);
  for (const ranking of ballots) aggregate.add(ranking);
  return aggregate.result();
}
