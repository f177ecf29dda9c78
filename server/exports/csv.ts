/**
 * An event export as CSV, made to open right in the spreadsheet the reader
 * uses: German gets semicolons and decimal commas (what Excel expects in a
 * German locale), English commas and decimal points. UTF-8 with a byte-order
 * mark so that Excel reads umlauts, CRLF line ends, dates as that language
 * writes them, kinds and states by name, and any text that could run as a
 * formula defused.
 */
import { stringify } from "csv-stringify/sync";
import type { EventExport } from "@/lib/domain/exports/event-export";
import { defuseFormula, exportTable } from "@/lib/domain/exports/export-table";
import type { Cell } from "@/lib/domain/exports/result-row";
import type { Locale } from "@/lib/i18n/locales";
import { exportLabels } from "./export-labels";

const FORMAT = { de: { delimiter: ";", decimal: "," }, en: { delimiter: ",", decimal: "." } } as const;

export function exportCsv(document: EventExport, locale: Locale): string {
  const { delimiter, decimal } = FORMAT[locale];
  const labels = exportLabels(locale);
  const table = exportTable(document);
  const text = (cell: Cell, column: string): string => {
    const words = labels.wordsOf(cell, column);
    if (words === null) return "";
    // Up to six decimals, no thousands separators: what every spreadsheet parses.
    if (typeof words === "number") return String(Math.round(words * 1e6) / 1e6).replace(".", decimal);
    if (labels.isDateColumn(column)) return labels.dateText(String(words));
    return defuseFormula(String(words));
  };
  return stringify(
    [table.columns.map((column) => labels.column(column)), ...table.rows.map((row) => row.map((cell, index) => text(cell, table.columns[index] ?? "")))],
    // Quote a field with either separator, so it survives being opened with the other locale's setting too.
    { delimiter, bom: true, record_delimiter: "windows", quoted_match: /[;,]/ },
  );
}
