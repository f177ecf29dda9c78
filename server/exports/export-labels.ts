/**
 * The words of an export in the moderator's language, from the UI's message
 * files: column headers, yes/no, the names of kinds and states, and how a
 * date is written. CSV and XLSX both read cells through `wordsOf`, so a
 * spreadsheet never shows a code such as "open_text" or "closed".
 */
import type { ExportColumn } from "@/lib/domain/exports/export-table";
import type { Cell } from "@/lib/domain/exports/result-row";
import type { Locale } from "@/lib/i18n/locales";
import de from "@/messages/de.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };

const MESSAGES = { de, en };
/** Excel's number format for a date with time, as an office in that language writes it. */
const DATE_FORMAT = { de: "dd.mm.yyyy hh:mm", en: "yyyy-mm-dd hh:mm" } as const;
/** Columns whose text is an ISO time stamp. */
const DATE_COLUMNS = new Set<string>(["created_at"]);

export type ExportLabels = ReturnType<typeof exportLabels>;

export function exportLabels(locale: Locale) {
  const messages = MESSAGES[locale];
  const words = messages.export;
  const columns: Record<string, string> = words.columns;
  const kindNames = messages as unknown as Record<string, { name?: string } | undefined>;
  const pollStatuses: Record<string, string> = {
    draft: messages.moderator.status_draft,
    open: messages.moderator.status_open,
    closed: messages.moderator.status_closed,
  };
  const statusValues: Record<string, string> = words.statusValues;
  const wallClock = new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });

  /**
   * A moment as the wall-clock time of the server's time zone (TZ), as a
   * Date whose UTC fields carry it: spreadsheet dates have no time zone, and
   * exceljs writes a Date's UTC fields.
   */
  const localDate = (iso: string): Date => {
    const parts = Object.fromEntries(wallClock.formatToParts(new Date(iso)).map((part) => [part.type, Number(part.value)]));
    return new Date(Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0));
  };
  /** A date written as text, for CSV: what a spreadsheet in that language reads back as a date. */
  const dateText = (iso: string): string => {
    const date = localDate(iso);
    const pad = (n: number) => String(n).padStart(2, "0");
    const [day, month, year] = [pad(date.getUTCDate()), pad(date.getUTCMonth() + 1), date.getUTCFullYear()];
    const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
    return locale === "de" ? `${day}.${month}.${year} ${time}` : `${year}-${month}-${day} ${time}`;
  };
  const kind = (type: string): string => kindNames[type]?.name ?? type;
  const pollStatus = (status: string): string => pollStatuses[status] ?? status;

  return {
    ...words,
    dateFormat: DATE_FORMAT[locale],
    column(column: ExportColumn): string {
      const place = /^place_(\d+)$/.exec(column);
      if (place) return words.columns.place.replace("{n}", place[1] ?? "");
      return columns[column] ?? column;
    },
    kind,
    pollStatus,
    localDate,
    dateText,
    /** Whether a column holds time stamps (which a spreadsheet should get as dates). */
    isDateColumn: (column: string): boolean => DATE_COLUMNS.has(column),
    /** A table cell's words: codes of kinds and states as names, yes/no for booleans; dates and numbers are left to the format. */
    wordsOf(cell: Cell, column: string): Cell {
      if (typeof cell === "boolean") return cell ? words.yes : words.no;
      if (typeof cell !== "string") return cell;
      if (column === "kind") return kind(cell);
      if (column === "poll_status") return pollStatus(cell);
      if (column === "status") return statusValues[cell] ?? cell;
      if (column === "record") return words.records[cell as "result" | "ballot"] ?? cell;
      return cell;
    },
  };
}
