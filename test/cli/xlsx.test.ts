import { PassThrough, Writable } from "node:stream";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { columnName, writeXlsx, type XlsxValue } from "../../src/cli/format/xlsx.js";

async function* rowsOf(rows: XlsxValue[][]): AsyncIterable<XlsxValue[]> {
  for (const row of rows) yield row;
}

async function written(rows: XlsxValue[][], name = "表 'a'"): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  await writeXlsx(sink, [
    {
      name,
      columns: [
        { header: "机关", width: 28 },
        { header: "比率", width: 10, format: "0.00%" },
      ],
      rows: rowsOf(rows),
    },
    { name: "空", columns: [{ header: "x", width: 5 }], rows: rowsOf([]) },
  ]);
  return Buffer.concat(chunks);
}

describe("writeXlsx", () => {
  it("names columns as a spreadsheet does", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("writes text as text (never a formula), numbers as numbers with their format, blanks as nothing", async () => {
    const book = XLSX.read(
      await written([
        ["=SUM(1+1)", 0.5],
        [" <a & b> ", null],
        ["换页\f符", "12"],
      ]),
      { cellFormula: true, cellNF: true },
    );
    expect(book.SheetNames).toEqual(["表 'a'", "空"]);
    const sheet = book.Sheets["表 'a'"] as XLSX.WorkSheet;
    const cell = (ref: string) => sheet[ref] as XLSX.CellObject | undefined;
    expect([cell("A1")?.v, cell("B1")?.v]).toEqual(["机关", "比率"]);
    expect(cell("A2")).toMatchObject({ t: "s", v: "=SUM(1+1)" });
    expect(cell("A2")?.f).toBeUndefined();
    expect(cell("B2")).toMatchObject({ t: "n", v: 0.5, z: "0.00%" });
    expect(cell("A3")).toMatchObject({ t: "s", v: " <a & b> " });
    expect(cell("B3")).toBeUndefined();
    expect(cell("A4")?.v).toBe("换页 符"); // XML 1.0 cannot hold a form feed
    expect(cell("B4")).toMatchObject({ t: "s", v: "12" });
    expect(sheet["!autofilter"]).toEqual({ ref: "A1:B1" });
    expect(sheet["!ref"]).toBe("A1:B4");
  });

  it("freezes the header row, sets widths and keeps the filter range under Excel's name", async () => {
    const files = unzipSync(new Uint8Array(await written([["a", 1]])));
    const text = (name: string) => Buffer.from(files[name] ?? []).toString("utf8");
    expect(text("xl/worksheets/sheet1.xml")).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);
    expect(text("xl/worksheets/sheet1.xml")).toContain('<col min="1" max="1" width="28" customWidth="1"/>');
    expect(text("xl/workbook.xml")).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'表 ''a'''!$A$1:$B$1</definedName>`,
    );
    expect(Object.keys(files).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/core.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
  });

  it("rejects with the stream's error when the target fails", async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error("disk full"));
      },
    });
    const many = Array.from({ length: 5000 }, (_, i): XlsxValue[] => [`机关${i}`.repeat(20), i]);
    await expect(
      writeXlsx(broken, [{ name: "s", columns: [{ header: "h", width: 5 }], rows: rowsOf(many) }]),
    ).rejects.toThrow("disk full");
  });
});
