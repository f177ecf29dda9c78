/** The ranking poll ("barometer") as a poll kind: order items, counted by Borda. */

import { placeColumn, type ResultRow } from "../../exports/result-row";
import { z } from "../../zod";
import { itemLabelsSchema, pollBaseInputShape } from "../common";
import type { PollKind } from "../kind";
import { createBordaAggregate, type RankingBallotProblem, type RankingResults, validateRankingBallot } from "./borda";

export const RANKING_MIN_ITEMS = 2;
export const RANKING_MAX_ITEMS = 10;

export const rankingInputSchema = z.object({
  type: z.literal("ranking"),
  ...pollBaseInputShape,
  items: itemLabelsSchema(RANKING_MIN_ITEMS, RANKING_MAX_ITEMS),
});

export const rankingBallotSchema = z.object({
  type: z.literal("ranking"),
  /** Item ids, most preferred first. */
  ranking: z.array(z.string().min(1).max(64)).min(1).max(RANKING_MAX_ITEMS),
});

/** A ranking has no settings beyond its items. */
export const rankingConfigSchema = z.object({});

export type RankingInput = z.infer<typeof rankingInputSchema>;
export type RankingConfig = z.infer<typeof rankingConfigSchema>;
export type RankingBallot = z.infer<typeof rankingBallotSchema>;
export type RankingPollResults = { type: "ranking" } & RankingResults;

export const rankingKind: PollKind<RankingInput, RankingConfig, RankingBallot, RankingPollResults, RankingBallotProblem> = {
  type: "ranking",
  inputSchema: rankingInputSchema,
  configSchema: rankingConfigSchema,
  configOf: () => ({}),
  responseSchema: rankingBallotSchema,
  validate(poll, ballot) {
    const checked = validateRankingBallot(poll.items, ballot.ranking);
    return checked.ok ? { ok: true, response: { type: "ranking", ranking: checked.ranking } } : checked;
  },
  counting: {
    method:
      "Borda count: with n items, the item at place p (1-based) of a ballot earns n − p points; items a ballot leaves out earn nothing from it.",
    ties: "Items with equal points share a rank (1, 2, 2, 4) and are marked tied; within a tie they are listed by more first places, then by their order in the poll.",
  },
  tabulate: (result) =>
    result.items.map((item): ResultRow => ({
      item_id: item.itemId,
      item: item.label,
      rank: item.rank,
      tied: item.tied,
      score: item.score,
      average_rank: item.averageRank,
      ranked_count: item.rankedCount,
      first_places: item.firstPlaces,
      first_place_share: item.firstPlaceShare,
      ...Object.fromEntries(item.placeCounts.map((count, place) => [placeColumn(place + 1), count])),
    })),
  seriesResult: ({ ballotCount, maxScore, items }) => ({
    ballotCount,
    maxScore,
    items: items.map(({ label, rank, score, averageRank }) => ({ label, rank, score, averageRank })),
  }),
  createAggregate(poll) {
    const borda = createBordaAggregate(poll.items);
    return {
      add: (ballot) => borda.add(ballot.ranking),
      remove: (ballot) => borda.remove(ballot.ranking),
      get count() {
        return borda.ballotCount;
      },
      result: () => ({ type: "ranking", ...borda.result() }),
    };
  },
};
