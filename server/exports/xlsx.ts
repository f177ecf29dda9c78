/**
 * An event export as an Excel workbook (exceljs), made for an office: a
 * summary sheet that prints on one page, then one sheet per poll with its
 * question, counting rules, result table and the anonymous ballots. Kinds and
 * states carry their names, time stamps are date cells, shares are percent
 * cells, columns are as wide as their content, and every sheet prints in
 * landscape, fitted to the page width, with its table header repeated.
 * Text is stored as text cells, so nothing in it can run as a formula.
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

type Value = string | number | Date | null;
/** A table column: its header, and how its cells are shown. */
interface TableColumn {
  header: string;
  format?: string;
}

/** Column widths in characters: at least a short header, at most what still prints readably; longer text wraps. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** exceljs leaves out a column of width 9 as if it were the default; so that is the default. */
const SHEET_OPTIONS = { properties: { defaultColWidth: 9 } };
const PERCENT_FORMAT = "0.0%";
const PERCENT_COLUMNS = new Set<string>(["share", "first_place_share"]);

function cellValue(cell: Cell, column: string, labels: ExportLabels): Value {
  const words = labels.wordsOf(cell, column);
  if (typeof words === "string" && labels.isDateColumn(column)) return labels.localDate(words);
  return words as Value;
}

function formatOf(column: string, labels: ExportLabels): string | undefined {
  if (labels.isDateColumn(column)) return labels.dateFormat;
  return PERCENT_COLUMNS.has(column) ? PERCENT_FORMAT : undefined;
}

/** How many characters a value takes as shown: its longest line, a date as its format. */
function shownLength(value: ExcelJS.CellValue, format: string | undefined): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return format?.length ?? 16;
  if (typeof value === "number") return format === PERCENT_FORMAT ? 6 : String(Math.round(value * 100) / 100).length;
  return Math.max(...String(value).split("\n").map((line) => line.length));
}

/** Writes a header row and its rows; returns the header's row number (for the print titles). */
function addTable(sheet: ExcelJS.Worksheet, columns: TableColumn[], rows: Value[][]): number {
  const headerRow = sheet.addRow(columns.map((column) => column.header));
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: "bottom", wrapText: true };
  headerRow.eachCell((cell) => {
    cell.border = { bottom: { style: "thin" } };
  });
  for (const values of rows) {
    const row = sheet.addRow(values);
    row.alignment = { vertical: "top" };
    columns.forEach((column, index) => {
      if (column.format) row.getCell(index + 1).numFmt = column.format;
    });
  }
  return headerRow.number;
}

/** Sets each column as wide as its longest cell from `fromRow` on (headers count bold), capped; wider text wraps. */
function fitColumns(sheet: ExcelJS.Worksheet, fromRow: number): void {
  const widths = new Map<number, number>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < fromRow) return;
    row.eachCell((cell, column) => {
      const length = shownLength(cell.value, cell.numFmt) * (cell.font?.bold ? 1.1 : 1);
      widths.set(column, Math.max(widths.get(column) ?? 0, length));
    });
  });
  for (const [index, length] of widths) {
    const column = sheet.getColumn(index);
    column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(length) + 2));
    if (length + 2 > MAX_WIDTH) {
      column.eachCell({ includeEmpty: false }, (cell) => {
        cell.alignment = { ...cell.alignment, wrapText: true };
      });
    }
  }
}

/**
 * Label–value lines above a table. A value spans the table's width and wraps,
 * with a row height for its lines: spreadsheets do not size merged rows.
 */
function addFacts(sheet: ExcelJS.Worksheet, facts: [string, Value][], span: number, labels: ExportLabels): void {
  for (const [label, value] of facts) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    // Numbers and dates sit left, under the text values.
    row.alignment = { vertical: "top", horizontal: "left", wrapText: true };
    if (value instanceof Date) row.getCell(2).numFmt = labels.dateFormat;
    if (span > 2) sheet.mergeCells(row.number, 2, row.number, span);
  }
}

/**
 * Once the table's columns are fitted: the first column also as wide as the
 * facts' labels, and each wrapped fact row as tall as its lines.
 */
function fitFacts(sheet: ExcelJS.Worksheet, facts: [string, Value][], span: number): void {
  const labels = sheet.getColumn(1);
  const labelWidth = Math.ceil(Math.max(...facts.map(([label]) => label.length)) * 1.1 + 2);
  labels.width = Math.min(MAX_WIDTH, Math.max(labels.width ?? 0, labelWidth));
  let width = 0;
  for (let index = 2; index <= Math.max(2, span); index++) width += sheet.getColumn(index).width ?? SHEET_OPTIONS.properties.defaultColWidth;
  facts.forEach(([, value], index) => {
    if (typeof value !== "string") return;
    const lines = value.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
    if (lines > 1) sheet.getRow(index + 1).height = 15 * lines;
  });
}

function setUpPrinting(sheet: ExcelJS.Worksheet, options: { title: string; headerRow?: number; onePage?: boolean }): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages down as it takes.
    fitToHeight: options.onePage ? 1 : 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(options.headerRow ? { printTitlesRow: `${options.headerRow}:${options.headerRow}` } : {}),
  };
  // The title and the page: &P of &N (escaped &, so a title with one prints as written).
  sheet.headerFooter = { oddFooter: `&L${options.title.replace(/&/g, "&&")}&R&P / &N` };
}

function addPollSheet(workbook: ExcelJS.Workbook, name: string, poll: ExportedPoll, labels: ExportLabels): void {
  const sheet = workbook.addWorksheet(name, SHEET_OPTIONS);
  const columns = usedResultColumns([poll]);
  const ballotColumns = poll.ballots.length > 0 ? 3 : 0;
  const span = Math.max(columns.length, ballotColumns, 4);
  const facts: [string, Value][] = [
    [labels.columns.question, poll.question],
    [labels.columns.kind, labels.kind(poll.type)],
    [labels.columns.poll_status, labels.pollStatus(poll.status)],
    [labels.columns.ballot_count, poll.ballotCount],
    [labels.method, poll.counting.method],
    [labels.ties, poll.counting.ties],
  ];
  addFacts(sheet, facts, span, labels);
  sheet.addRow([]);
  const tableStart = sheet.rowCount + 1;
  const headerRow = addTable(
    sheet,
    columns.map((column) => ({ header: labels.column(column), format: formatOf(column, labels) })),
    poll.rows.map((row) => columns.map((column) => cellValue(row[column] ?? null, column, labels))),
  );
  if (poll.ballots.length > 0) {
    sheet.addRow([]);
    sheet.addRow([labels.ballots]).font = { bold: true, size: 12 };
    // The ballot in the second column, which the result fills with text (the item) and so is wide already.
    addTable(
      sheet,
      [{ header: labels.columns.participant }, { header: labels.columns.ballot }, { header: labels.columns.entry_id }],
      poll.ballots.map((ballot) => [ballot.id, JSON.stringify(ballot.ballot), ballot.entryId ?? null]),
    );
  }
  fitColumns(sheet, tableStart);
  fitFacts(sheet, facts, span);
  setUpPrinting(sheet, { title: `${poll.position}. ${poll.question}`, headerRow });
}

function addSummarySheet(workbook: ExcelJS.Workbook, document: EventExport, names: string[], labels: ExportLabels): void {
  const summary = workbook.addWorksheet(labels.summary, SHEET_OPTIONS);
  const facts: [string, Value][] = [
    [labels.event, document.event.title],
    [labels.code, document.event.code],
    [labels.exportedAt, labels.localDate(document.exportedAt)],
    [labels.deletedAfter, labels.localDate(document.event.deletedAfter)],
  ];
  const columns: TableColumn[] = [
    { header: labels.columns.poll },
    { header: labels.columns.question },
    { header: labels.columns.kind },
    { header: labels.columns.poll_status },
    { header: labels.columns.ballot_count },
    { header: labels.sheet },
  ];
  addFacts(summary, facts, 2, labels);
  summary.addRow([]);
  const tableStart = summary.rowCount + 1;
  const headerRow = addTable(
    summary,
    columns,
    document.polls.map((poll, index) => [poll.position, poll.question, labels.kind(poll.type), labels.pollStatus(poll.status), poll.ballotCount, names[index] ?? ""]),
  );
  summary.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + document.polls.length, column: columns.length } };
  fitColumns(summary, tableStart);
  fitFacts(summary, facts, 2);
  setUpPrinting(summary, { title: document.event.title, headerRow, onePage: true });
}

export async function exportXlsx(document: EventExport, locale: Locale): Promise<Buffer> {
  const labels = exportLabels(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Barometer";
  workbook.created = new Date(document.exportedAt);

  const names = sheetNames(document.polls, [labels.summary]);
  addSummarySheet(workbook, document, names, labels);
  for (const [index, poll] of document.polls.entries()) addPollSheet(workbook, names[index] ?? String(poll.position), poll, labels);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
