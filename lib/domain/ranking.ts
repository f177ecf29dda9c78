/**
 * The ranking poll ("barometer"): attendees order items by preference and the
 * result is a Borda count. Pure functions only; no I/O.
 */

export interface PollItem {
  id: string;
  label: string;
}

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
 * Aggregates ranking ballots by Borda count. With n items, the item at
 * 0-based position i of a ballot earns n − 1 − i points; items a ballot leaves
 * out earn nothing from it.
 *
 * Ties: items with equal points share a rank number (1, 2, 2, 4) and are
 * marked `tied`. Within a tie they are listed by more first places, then by
 * their order in the poll; that order decides nothing, it only keeps the
 * listing stable.
 *
 * Ballots are trusted to be valid (see {@link validateRankingBallot}); ids
 * that are not items of the poll are ignored, so a stale ballot cannot break a tally.
 */
export function rankByBorda(
  items: readonly PollItem[],
  ballots: Iterable<readonly string[]>,
): RankingResults {
  const n = items.length;
  const stats = new Map(
    items.map((item, order) => [
      item.id,
      { item, order, score: 0, rankSum: 0, rankedCount: 0, firstPlaces: 0 },
    ]),
  );

  let ballotCount = 0;
  for (const ranking of ballots) {
    ballotCount++;
    ranking.forEach((itemId, position) => {
      const entry = stats.get(itemId);
      if (!entry) return;
      entry.score += n - 1 - position;
      entry.rankSum += position + 1;
      entry.rankedCount++;
      if (position === 0) entry.firstPlaces++;
    });
  }

  const sorted = [...stats.values()].sort(
    (a, b) => b.score - a.score || b.firstPlaces - a.firstPlaces || a.order - b.order,
  );

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
    });
  });

  return {
    method: "borda",
    ballotCount,
    maxScore: Math.max(0, n - 1) * ballotCount,
    items: ranked,
  };
}
