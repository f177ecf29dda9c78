import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { entriesExport, sampleExport } from "@/lib/domain/exports/fixture";
import { exportCsv } from "./csv";
import { exportXlsx, sheetNames } from "./xlsx";

/** Reads a CSV as a spreadsheet would: UTF-8 after the byte-order mark, by the locale's separator. */
function readCsv(text: string, delimiter: string): string[][] {
  return parse(text, { bom: true, delimiter, relax_column_count: false });
}

describe("CSV export", () => {
  it("starts with a UTF-8 byte-order mark and ends lines with CRLF", () => {
    const csv = exportCsv(sampleExport(), "de");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n").length).toBeGreaterThan(10);
    // Umlauts as UTF-8 bytes, not Latin-1.
    expect(Buffer.from(csv, "utf8").includes(Buffer.from([0x66, 0xc3, 0xa4, 0x68]))).toBe(true);
  });

  it("reads back cell for cell: separators, quotes, newlines and umlauts inside a cell survive (German)", () => {
    const rows = readCsv(exportCsv(sampleExport(), "de"), ";");
    const [header = [], ...body] = rows;
    expect(header.slice(0, 6)).toEqual(["Art", "Umfrage", "Frage", "Umfragetyp", "Status der Umfrage", "Stimmen"]);
    for (const row of body) expect(row).toHaveLength(header.length);
    const item = header.indexOf("Element");
    expect(body[0]?.[2]).toBe('Was macht Sie leistungsfähig; was "bremst", Sie?');
    expect(body.map((row) => row[item])).toContain("Vertrauen, Offenheit");
    expect(body.map((row) => row[item])).toContain("Fokus\nund Ruhe");
  });

  it("defuses text a spreadsheet would run as a formula, and keeps negative numbers numbers", () => {
    const rows = readCsv(exportCsv(sampleExport(), "de"), ";");
    const [header = [], ...body] = rows;
    const item = header.indexOf("Element");
    const value = header.indexOf("Wert");
    expect(body.map((row) => row[item])).toContain("'=HYPERLINK(\"http://evil.example\")");
    expect(body.map((row) => row[item])).toContain("'@Führung -geht voran");
    expect(body.filter((row) => row[3] === "Skala" && row[0] === "Ergebnis").map((row) => row[value])).toEqual(["-2", "-1", "0", "1", "2"]);
    for (const row of body) for (const cell of row) expect(cell).not.toMatch(/^[=+@]/);
  });

  it("writes decimal commas in German and points in English, with the English separator", () => {
    const de = readCsv(exportCsv(sampleExport(), "de"), ";");
    const en = readCsv(exportCsv(sampleExport(), "en"), ",");
    const share = (rows: string[][], name: string) => rows[1]?.[rows[0]?.indexOf(name) ?? -1];
    expect(share(de, "Mittlerer Platz")).toBe("1,5");
    expect(share(en, "Average place")).toBe("1.5");
    expect(en[0]?.[0]).toBe("Record");
    // Vertrauen and the HYPERLINK item tie on 3 points; Fokus stands alone.
    expect(share(de, "Gleichstand")).toBe("ja");
    expect(de[3]?.[de[0]?.indexOf("Gleichstand") ?? -1]).toBe("nein");
  });

  it("names kinds and states in the export's language, never by their codes", () => {
    const de = readCsv(exportCsv(sampleExport(), "de"), ";");
    const en = readCsv(exportCsv(sampleExport(), "en"), ",");
    expect(new Set(de.slice(1).map((row) => `${row[3]} / ${row[4]}`))).toEqual(new Set(["Rangfolge / Geschlossen", "Skala / Offen"]));
    expect(new Set(en.slice(1).map((row) => `${row[3]} / ${row[4]}`))).toEqual(new Set(["Ranking / Closed", "Scale / Open"]));
    const entries = readCsv(exportCsv(entriesExport(), "de"), ";");
    const status = entries[0]?.indexOf("Freigabe") ?? -1;
    expect(entries.filter((row) => row[0] === "Ergebnis").map((row) => row[status])).toEqual(["freigegeben", "wartet auf Freigabe"]);
  });

  it("writes time stamps as dates that language's spreadsheet reads, in the server's time zone", () => {
    const de = readCsv(exportCsv(entriesExport(), "de"), ";");
    const en = readCsv(exportCsv(entriesExport(), "en"), ",");
    const created = (rows: string[][], header: string) =>
      rows.filter((row) => row[0] === "Ergebnis" || row[0] === "result").map((row) => row[rows[0]?.indexOf(header) ?? -1]);
    // The tests run with TZ=Europe/Berlin: 09:30 UTC in March is 10:30 there.
    expect(created(de, "Eingegangen")).toEqual(["11.03.2025 10:30", "11.03.2025 10:31"]);
    expect(created(en, "Received")).toEqual(["2025-03-11 10:30", "2025-03-11 10:31"]);
  });

  it("carries each ballot as the JSON a phone sent, under a random id", () => {
    const rows = readCsv(exportCsv(sampleExport(), "en"), ",");
    const [header = [], ...body] = rows;
    const ballots = body.filter((row) => row[0] === "ballot");
    expect(ballots).toHaveLength(4);
    const ballot = JSON.parse(ballots[0]?.[header.indexOf("Ballot (JSON)")] ?? "null");
    expect(ballot.type).toBe("ranking");
    expect(ballots[0]?.[header.indexOf("Participant (random ID)")]).toMatch(/^r\d+$/);
  });
});

describe("XLSX export", () => {
  async function read(locale: "de" | "en") {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportXlsx(sampleExport(), locale)) as never);
    return workbook;
  }

  it("has a summary sheet, then one sheet per poll", async () => {
    const workbook = await read("de");
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Übersicht", "1 Was macht Sie leistungsfähig;", "2 Digitalisierung gelingt"]);
    const summary = workbook.getWorksheet("Übersicht");
    expect(summary?.getCell("B1").value).toBe("Forum „Digitaler Staat“ 2025");
  });

  it("stores formula-like text as text, never as a formula, and numbers as numbers", async () => {
    const sheet = (await read("de")).worksheets[1];
    const cells: ExcelJS.Cell[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const hyperlink = cells.find((cell) => String(cell.value).startsWith("=HYPERLINK"));
    expect(hyperlink?.type).toBe(ExcelJS.ValueType.String);
    expect(hyperlink?.value).toBe('=HYPERLINK("http://evil.example")');
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(cells.find((cell) => cell.value === 1.5)?.type).toBe(ExcelJS.ValueType.Number);
    expect(cells.some((cell) => cell.value === "Fokus\nund Ruhe")).toBe(true);
  });

  it("lists the anonymous ballots below the result", async () => {
    const sheet = (await read("en")).worksheets[2];
    const values: unknown[] = [];
    sheet?.eachRow((row) => values.push(row.getCell(2).value));
    expect(values.filter((value) => typeof value === "string" && value.startsWith('{"type":"scale"'))).toHaveLength(2);
  });
});

describe("XLSX export for an office", () => {
  async function load(buffer: Buffer) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as never);
    return workbook;
  }
  const values = (sheet: ExcelJS.Worksheet | undefined) => {
    const cells: ExcelJS.Cell[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    return cells;
  };

  it("names kinds and states in the export's language", async () => {
    const [summary, ranking] = (await load(await exportXlsx(sampleExport(), "de"))).worksheets;
    const texts = values(summary).map((cell) => cell.value);
    expect(texts).toEqual(expect.arrayContaining(["Rangfolge", "Geschlossen", "Skala", "Offen"]));
    for (const code of ["ranking", "scale", "closed", "open"]) expect(texts).not.toContain(code);
    expect(values(ranking).map((cell) => cell.value)).toEqual(expect.arrayContaining(["Rangfolge", "Geschlossen"]));
    const entries = (await load(await exportXlsx(entriesExport(), "en"))).worksheets[1];
    expect(values(entries).map((cell) => cell.value)).toEqual(expect.arrayContaining(["Open answers", "approved", "awaiting approval"]));
  });

  it("stores time stamps as date cells in the server's time zone, formatted as the language writes dates", async () => {
    const [summary, poll] = (await load(await exportXlsx(entriesExport(), "de"))).worksheets;
    const exportedAt = values(summary).find((cell) => cell.value instanceof Date);
    // 08:00 UTC on 12 March is 09:00 in Berlin (TZ of the tests), written as a wall-clock date.
    expect(exportedAt?.value).toEqual(new Date(Date.UTC(2025, 2, 12, 9, 0)));
    expect(exportedAt?.numFmt).toBe("dd.mm.yyyy hh:mm");
    const created = values(poll).filter((cell) => cell.type === ExcelJS.ValueType.Date);
    expect(created.map((cell) => cell.value)).toEqual([new Date(Date.UTC(2025, 2, 11, 10, 30)), new Date(Date.UTC(2025, 2, 11, 10, 31))]);
    expect(created.every((cell) => cell.numFmt === "dd.mm.yyyy hh:mm")).toBe(true);
    const english = (await load(await exportXlsx(entriesExport(), "en"))).worksheets[1];
    expect(values(english).find((cell) => cell.type === ExcelJS.ValueType.Date)?.numFmt).toBe("yyyy-mm-dd hh:mm");
  });

  it("fits every column to its header and content, and wraps what is longer than a readable width", async () => {
    for (const sheet of (await load(await exportXlsx(sampleExport(), "de"))).worksheets) {
      let headerRow: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (!headerRow && row.getCell(1).font?.bold && row.getCell(2).font?.bold) headerRow = row;
      });
      expect(headerRow, sheet.name).toBeDefined();
      headerRow?.eachCell((cell, column) => {
        const width = sheet.getColumn(column).width ?? sheet.properties.defaultColWidth ?? 0;
        expect(width, `${sheet.name} ${String(cell.value)}`).toBeGreaterThanOrEqual(Math.min(60, String(cell.value).length));
        expect(width).toBeLessThanOrEqual(60);
      });
    }
    const summary = (await load(await exportXlsx(sampleExport(), "de"))).getWorksheet("Übersicht");
    expect(summary?.getColumn(2).width).toBeGreaterThanOrEqual("Was macht Sie leistungsfähig; was \"bremst\", Sie?".length);
    // A question longer than 60 characters wraps instead of widening its column.
    const long = sampleExport();
    const question = "Welche drei Vorhaben der Verwaltungsdigitalisierung sollten im kommenden Jahr Vorrang haben?";
    if (long.polls[0]) long.polls[0].question = question;
    const wrapped = values((await load(await exportXlsx(long, "de"))).getWorksheet("Übersicht")).find((cell) => cell.value === question);
    expect(wrapped?.alignment?.wrapText).toBe(true);
    expect((await load(await exportXlsx(long, "de"))).getWorksheet("Übersicht")?.getColumn(2).width).toBe(60);
  });

  it("prints in landscape fitted to the page width, repeats the table header, and fits the summary on one page", async () => {
    const [summary, ...polls] = (await load(await exportXlsx(sampleExport(), "de"))).worksheets;
    expect(summary?.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1, paperSize: 9 });
    expect(summary?.pageSetup.printTitlesRow).toBe("6:6");
    expect(polls).toHaveLength(2);
    for (const sheet of polls) {
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      const titles = /^(\d+):\1$/.exec(sheet.pageSetup.printTitlesRow ?? "");
      expect(titles, sheet.name).not.toBeNull();
      const header = sheet.getRow(Number(titles?.[1]));
      expect(header.getCell(1).font?.bold).toBe(true);
      expect(header.getCell(1).value).toBe("Element-ID");
      expect(sheet.headerFooter.oddFooter).toContain("&P / &N");
    }
  });
});

describe("sheetNames", () => {
  it("keeps to Excel's rules: 31 characters, no forbidden characters, unique", () => {
    const long = "Wie bewerten Sie: Verwaltung/Digitalisierung [2025]?";
    const names = sheetNames(
      [
        { position: 1, question: long },
        { position: 1, question: long },
      ],
      ["Übersicht"],
    );
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(new Set(names).size).toBe(2);
    expect(sheetNames([{ position: 3, question: "Was heißt 'digital'" }], [])).toEqual(["3 Was heißt 'digital"]);
  });
});
