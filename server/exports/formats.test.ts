import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sampleExport } from "@/lib/domain/exports/fixture";
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
    expect(body.filter((row) => row[3] === "scale" && row[0] === "Ergebnis").map((row) => row[value])).toEqual(["-2", "-1", "0", "1", "2"]);
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
    sheet?.eachRow((row) => values.push(row.getCell(3).value));
    expect(values.filter((value) => typeof value === "string" && value.startsWith('{"type":"scale"'))).toHaveLength(2);
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
