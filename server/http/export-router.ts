/**
 * Results that leave the server, for moderators only: the event as JSON, CSV
 * or XLSX (with the anonymous ballots), and the archive page's data (the same
 * without ballots). GET /api/events/CODE/export.{json,csv,xlsx}?lang=de|en
 * and GET /api/events/CODE/archive.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import type { EventService } from "../events/event-service";
import type { ExportService } from "../exports/export-service";
import { sendJson } from "./json";
import type { ModeratorAccess } from "./moderator-access";

const EXPORT_PATH = /^\/api\/events\/([^/]+)\/(export\.(json|csv|xlsx)|archive)$/;

const CONTENT_TYPES = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

function sendFile(res: ServerResponse, format: keyof typeof CONTENT_TYPES, fileName: string, body: string | Buffer): void {
  res.writeHead(200, {
    "content-type": CONTENT_TYPES[format],
    "content-length": Buffer.byteLength(body),
    "content-disposition": `attachment; filename="${fileName}"`,
    // Results are the moderator's: no shared cache keeps them.
    "cache-control": "private, no-store",
  });
  res.end(body);
}

export function createExportRouter(deps: { events: EventService; exports: ExportService; access: ModeratorAccess; now: () => Date }) {
  /** Handles the request if it is an export; returns false otherwise. */
  return async function handleExport(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const match = EXPORT_PATH.exec(url.pathname);
    if (!match?.[1] || req.method !== "GET") return false;
    const event = await deps.events.findEventByCode(decodeURIComponent(match[1]));
    await deps.access.requireModerator(req, event);

    const format = match[3] as keyof typeof CONTENT_TYPES | undefined;
    if (!format) {
      sendJson(res, 200, { ok: true, ...(await deps.exports.exportEvent(event.id, { ballots: false })) });
      return true;
    }
    const lang = url.searchParams.get("lang");
    const locale: Locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
    const document = await deps.exports.exportEvent(event.id);
    const fileName = `barometer-${event.code}-${deps.now().toISOString().slice(0, 10)}.${format}`;
    if (format === "json") sendFile(res, format, fileName, JSON.stringify(document, null, 2));
    // The writers (exceljs above all) load on the first export, not into every server's memory at start.
    else if (format === "csv") sendFile(res, format, fileName, (await import("../exports/csv")).exportCsv(document, locale));
    else sendFile(res, format, fileName, await (await import("../exports/xlsx")).exportXlsx(document, locale));
    return true;
  };
}
