/**
 * The vocabulary of exported results: every figure a poll kind can report, in
 * the order spreadsheets show them. Each kind turns its result into rows of
 * these (one per item, per statement and value, per word or per entry) and
 * leaves out what it does not have.
 */

/** Ranking: how many ballots put the item at place 1, 2, … (as many columns as the poll has places), after first_place_share. */
export type PlaceColumn = `place_${number}`;
export const placeColumn = (place: number): PlaceColumn => `place_${place}`;

/** The fixed columns, in order; place columns follow first_place_share. */
export const RESULT_COLUMNS = [
  "item_id",
  "item",
  "rank",
  "tied",
  "score",
  "average_rank",
  "ranked_count",
  "first_places",
  "first_place_share",
  "value",
  "count",
  "share",
  "total",
  "mean",
  "median",
  "rating_count",
  "correct",
  "status",
  "upvotes",
  "answered",
  "author",
  "created_at",
] as const;
export type ResultColumn = (typeof RESULT_COLUMNS)[number] | PlaceColumn;

export type Cell = string | number | boolean | null;
export type ResultRow = Partial<Record<ResultColumn, Cell>>;

/** How a kind counts, in words, for the people who recount: the method and how ties are decided. */
export interface CountingRules {
  method: string;
  ties: string;
}
