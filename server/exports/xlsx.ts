/**
 * An event export as an Excel workbook (exceljs): a summary sheet, then one
 * sheet per poll with its question, counting rules, result table and the
 * anonymous ballots. Text is stored as text cells, so nothing in it can run
 * as a formula; numbers stay numbers.
 */
import ExcelJS from "exceljs";
import type { EventExport, ExportedPoll } from "@/lib/domain/exports/event-export";
import { usedResultColumns } from "@/lib/domain/exports/export-table";
import type { Cell } from "@/lib/domain/exports/result-row";
import type { Locale } from "@/lib/i18n/locales";
import { type ExportLabels, exportLabels } from "./export-labels";

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], no apostrophe at the end, unique ignoring case. */
export function sheetNames(polls: readonly Pick<ExportedPoll, "position" | "question">[], reserved: string[]): string[] {
  const taken = new Set(reserved.map((name) => name.toLocaleLowerCase()));
  return polls.map((poll) => {
    const base = `${poll.position} ${poll.question.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim()}`;
    let name = base.slice(0, 31).trim().replace(/'+$/, "");
    for (let suffix = 2; taken.has(name.toLocaleLowerCase()); suffix++) name = `${base.slice(0, 31 - String(suffix).length - 1).trim()}~${suffix}`;
    taken.add(name.toLocaleLowerCase());
    return name;
  });
}

const cellValue = (cell: Cell, labels: ExportLabels): string | number | null =>
  typeof cell === "boolean" ? (cell ? labels.yes : labels.no) : cell;

function addTable(sheet: ExcelJS.Worksheet, header: string[], rows: (string | number | null)[][]): void {
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  headerRow.border = { bottom: { style: "thin" } };
  for (const row of rows) sheet.addRow(row);
}

function addPollSheet(workbook: ExcelJS.Workbook, name: string, poll: ExportedPoll, labels: ExportLabels): void {
  const sheet = workbook.addWorksheet(name);
  const facts: [string, string | number][] = [
    [labels.columns.question, poll.question],
    [labels.columns.kind, poll.type],
    [labels.columns.poll_status, poll.status],
    [labels.columns.ballot_count, poll.ballotCount],
    [labels.method, poll.counting.method],
    [labels.ties, poll.counting.ties],
  ];
  for (const [label, value] of facts) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  sheet.addRow([]);
  const columns = usedResultColumns([poll]);
  addTable(
    sheet,
    columns.map((column) => labels.column(column)),
    poll.rows.map((row) => columns.map((column) => cellValue(row[column] ?? null, labels))),
  );
  if (poll.ballots.length > 0) {
    sheet.addRow([]);
    sheet.addRow([labels.ballots]).font = { bold: true, size: 12 };
    addTable(
      sheet,
      [labels.columns.participant, labels.columns.entry_id, labels.columns.ballot],
      poll.ballots.map((ballot) => [ballot.id, ballot.entryId ?? null, JSON.stringify(ballot.ballot)]),
    );
  }
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 40;
  for (let index = 3; index <= Math.max(columns.length, 3); index++) sheet.getColumn(index).width = 14;
}

export async function exportXlsx(document: EventExport, locale: Locale): Promise<Buffer> {
  const labels = exportLabels(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Barometer";
  workbook.created = new Date(document.exportedAt);

  const summary = workbook.addWorksheet(labels.summary);
  const names = sheetNames(document.polls, [labels.summary]);
  const facts: [string, string][] = [
    [labels.event, document.event.title],
    [labels.code, document.event.code],
    [labels.exportedAt, document.exportedAt],
    [labels.deletedAfter, document.event.deletedAfter],
  ];
  for (const [label, value] of facts) summary.addRow([label, value]).getCell(1).font = { bold: true };
  summary.addRow([]);
  addTable(
    summary,
    [labels.columns.poll, labels.columns.question, labels.columns.kind, labels.columns.poll_status, labels.columns.ballot_count, labels.sheet],
    document.polls.map((poll, index) => [poll.position, poll.question, poll.type, poll.status, poll.ballotCount, names[index] ?? ""]),
  );
  summary.getColumn(1).width = 18;
  summary.getColumn(2).width = 60;
  summary.getColumn(6).width = 32;

  for (const [index, poll] of document.polls.entries()) addPollSheet(workbook, names[index] ?? String(poll.position), poll, labels);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
