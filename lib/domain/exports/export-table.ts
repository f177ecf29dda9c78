/**
 * One event export as one table (what CSV writes, and what XLSX splits into a
 * sheet per poll): a row per result line, then a row per ballot. Pure, so the
 * layout and the escaping are tested without files.
 */
import type { EventExport, ExportedPoll } from "./event-export";
import { type Cell, placeColumn, RESULT_COLUMNS, type ResultColumn } from "./result-row";

/** What every row starts with, so a filtered spreadsheet still says which poll a row belongs to. */
export const LEAD_COLUMNS = ["record", "poll", "question", "kind", "poll_status", "ballot_count"] as const;
/** Ballot rows end with the phone's random id and its ballot as JSON. */
export const BALLOT_COLUMNS = ["participant", "entry_id", "ballot"] as const;
export type ExportColumn = (typeof LEAD_COLUMNS)[number] | ResultColumn | (typeof BALLOT_COLUMNS)[number];

export interface ExportTable {
  columns: ExportColumn[];
  rows: Cell[][];
}

/** The result columns any of these polls fills, in the vocabulary's order, places by number after first_place_share. */
export function usedResultColumns(polls: readonly ExportedPoll[]): ResultColumn[] {
  const used = new Set<string>();
  let places = 0;
  for (const poll of polls) {
    for (const row of poll.rows) {
      for (const [key, value] of Object.entries(row)) {
        if (value === undefined) continue;
        const place = /^place_(\d+)$/.exec(key);
        if (place) places = Math.max(places, Number(place[1]));
        else used.add(key);
      }
    }
  }
  const placeColumns = Array.from({ length: places }, (_, index) => placeColumn(index + 1));
  return RESULT_COLUMNS.filter((column) => used.has(column)).flatMap((column) => (column === "first_place_share" ? [column, ...placeColumns] : [column]));
}

export function exportTable(document: EventExport): ExportTable {
  const { polls } = document;
  const resultColumns = usedResultColumns(polls);
  const hasBallots = polls.some((poll) => poll.ballots.length > 0);
  const columns: ExportColumn[] = [...LEAD_COLUMNS, ...resultColumns, ...(hasBallots ? BALLOT_COLUMNS : [])];
  const rows: Cell[][] = [];
  for (const poll of polls) {
    const lead = (record: "result" | "ballot"): Cell[] => [record, poll.position, poll.question, poll.type, poll.status, poll.ballotCount];
    for (const row of poll.rows) {
      rows.push([...lead("result"), ...resultColumns.map((column) => row[column] ?? null), ...(hasBallots ? [null, null, null] : [])]);
    }
    for (const ballot of poll.ballots) {
      rows.push([...lead("ballot"), ...resultColumns.map(() => null), ballot.id, ballot.entryId ?? null, JSON.stringify(ballot.ballot)]);
    }
  }
  return { columns, rows };
}

/**
 * Text a spreadsheet could run as a formula (starting with =, +, -, @, a tab
 * or a carriage return) gets a leading apostrophe, as OWASP advises for CSV;
 * numbers stay numbers.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
