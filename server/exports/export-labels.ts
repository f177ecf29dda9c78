/** The words of an export (column headers, yes/no) in the moderator's language, from the UI's message files. */
import type { ExportColumn } from "@/lib/domain/exports/export-table";
import type { Locale } from "@/lib/i18n/locales";
import de from "@/messages/de.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };

const MESSAGES = { de: de.export, en: en.export };
export type ExportLabels = ReturnType<typeof exportLabels>;

export function exportLabels(locale: Locale) {
  const words = MESSAGES[locale];
  const columns: Record<string, string> = words.columns;
  return {
    ...words,
    column(column: ExportColumn): string {
      const place = /^place_(\d+)$/.exec(column);
      if (place) return words.columns.place.replace("{n}", place[1] ?? "");
      return columns[column] ?? column;
    },
  };
}
