import type { Writable } from "node:stream";
import { strToU8, Zip, ZipDeflate } from "fflate";
// XML escaping that also drops the C0 controls XML 1.0 forbids (a form feed would make Excel refuse the file).
import { escapeXml } from "../../render/docx/wordml.js";

/** How a number column is shown: a whole number, a percentage with two decimals, two decimals. */
export type XlsxFormat = "0" | "0.00%" | "0.00";

/** A column of a sheet: its header, width in characters and, for numbers, how they are shown. */
export interface XlsxColumn {
  header: string;
  width: number;
  format?: XlsxFormat;
}

/** A cell: text, a number, or blank. Text is always written as text, never as a formula. */
export type XlsxValue = string | number | null;

/** A sheet: its name, columns and rows, read one at a time so a long sheet never sits in memory. */
export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  rows: AsyncIterable<readonly XlsxValue[]>;
}

// Built-in number formats every spreadsheet knows (ECMA-376 part 1, 18.8.30): no numFmts part needed.
const BUILTIN: Record<XlsxFormat, number> = { "0": 1, "0.00%": 10, "0.00": 2 };
// cellXfs: 0 plain, 1 bold header, then one per format in BUILTIN order.
const STYLE: Record<XlsxFormat, number> = { "0": 2, "0.00%": 3, "0.00": 4 };
const CHUNK = 1 << 16;

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(ref: string, value: XlsxValue, style: number | undefined): string {
  if (value === null || value === "") return "";
  const s = style ? ` s="${style}"` : "";
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  const text = String(value);
  // Inline strings keep memory flat (no shared-string table) and are never read as a formula.
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

function rowXml(r: number, values: readonly XlsxValue[], styles: readonly (number | undefined)[]): string {
  let cells = "";
  for (let n = 0; n < values.length; n += 1)
    cells += cellXml(`${columnName(n)}${r}`, values[n] ?? null, styles[n]);
  return `<row r="${r}">${cells}</row>`;
}

function sheetStart(sheet: XlsxSheet): string {
  const cols = sheet.columns
    .map((c, n) => {
      const style = c.format ? ` style="${STYLE[c.format]}"` : "";
      return `<col min="${n + 1}" max="${n + 1}" width="${c.width}" customWidth="1"${style}/>`;
    })
    .join("");
  const header = sheet.columns.map((c) => c.header);
  return (
    `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}">` +
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>` +
    rowXml(
      1,
      header,
      header.map(() => 1),
    )
  );
}

const filterRef = (sheet: XlsxSheet) => `A1:${columnName(Math.max(sheet.columns.length, 1) - 1)}1`;

function workbookXml(sheets: readonly XlsxSheet[]): string {
  const list = sheets
    .map((s, n) => `<sheet name="${escapeXml(s.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`)
    .join("");
  // Excel keeps an autofilter's range under this hidden name; without it some versions drop the filter.
  const names = sheets
    .map((s, n) => {
      const quoted = `'${s.name.replace(/'/g, "''")}'`;
      const [from, to] = filterRef(s).split(":") as [string, string];
      const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${n}" hidden="1">${escapeXml(quoted)}!${abs(from)}:${abs(to)}</definedName>`;
    })
    .join("");
  return `${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${list}</sheets><definedNames>${names}</definedNames></workbook>`;
}

function workbookRels(sheets: readonly XlsxSheet[]): string {
  const rels = sheets
    .map(
      (_, n) =>
        `<Relationship Id="rId${n + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`,
    )
    .join("");
  const styles = `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${rels}${styles}</Relationships>`;
}

function contentTypes(sheets: readonly XlsxSheet[]): string {
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const overrides = sheets
    .map(
      (_, n) => `<Override PartName="/xl/worksheets/sheet${n + 1}.xml" ContentType="${ct}.worksheet+xml"/>`,
    )
    .join("");
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
    `${overrides}` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    "</Types>"
  );
}

const ROOT_RELS =
  `${HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  "</Relationships>";

const CORE =
  `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
  'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>zfxxgk</dc:creator></cp:coreProperties>';

const xf = (numFmtId: number, fontId = 0) =>
  `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}/>`;

const STYLES =
  `${HEAD}<styleSheet xmlns="${NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="5">${xf(0)}${xf(0, 1)}${xf(BUILTIN["0"])}${xf(BUILTIN["0.00%"])}${xf(BUILTIN["0.00"])}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/**
 * Writes an XLSX workbook to `target` and ends it: each sheet with a bold, frozen header row, an
 * autofilter over its columns, column widths and number formats; text cells are inline strings, so
 * nothing is ever a formula. Rows are deflated as they are read and written with the stream's
 * backpressure, so memory stays flat however long a sheet is. Rejects when the stream fails.
 */
export async function writeXlsx(target: Writable, sheets: readonly XlsxSheet[]): Promise<void> {
  let failure: unknown;
  const onError = (error: unknown) => {
    failure ??= error;
  };
  target.on("error", onError);
  const zip = new Zip((error, data, final) => {
    if (error) failure ??= error;
    else if (data.length) target.write(data);
    if (final) target.end();
  });
  const drained = async () => {
    if (failure) throw failure;
    if (target.writableNeedDrain)
      await new Promise<void>((resolve) => {
        const done = () => {
          target.off("drain", done);
          target.off("error", done);
          resolve();
        };
        target.on("drain", done);
        target.on("error", done);
      });
    if (failure) throw failure;
  };
  const part = async (name: string, chunks: AsyncIterable<string> | Iterable<string>) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    let buffer = "";
    for await (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= CHUNK) {
        entry.push(strToU8(buffer));
        buffer = "";
        await drained();
      }
    }
    entry.push(strToU8(buffer), true);
    await drained();
  };
  async function* sheetXml(sheet: XlsxSheet): AsyncIterable<string> {
    yield sheetStart(sheet);
    const styles = sheet.columns.map((c) => (c.format ? STYLE[c.format] : undefined));
    let r = 1;
    for await (const row of sheet.rows) {
      r += 1;
      yield rowXml(r, row, styles);
    }
    yield `</sheetData><autoFilter ref="${filterRef(sheet)}"/></worksheet>`;
  }

  await part("[Content_Types].xml", [contentTypes(sheets)]);
  await part("_rels/.rels", [ROOT_RELS]);
  await part("docProps/core.xml", [CORE]);
  await part("xl/workbook.xml", [workbookXml(sheets)]);
  await part("xl/_rels/workbook.xml.rels", [workbookRels(sheets)]);
  await part("xl/styles.xml", [STYLES]);
  for (const [n, sheet] of sheets.entries()) await part(`xl/worksheets/sheet${n + 1}.xml`, sheetXml(sheet));
  zip.end();
  // A failed stream may already be closed: then there is nothing left to wait for.
  if (!failure && !target.writableFinished && !target.destroyed)
    await new Promise<void>((resolve) => {
      target.once("finish", () => resolve());
      target.once("close", () => resolve());
      target.once("error", () => resolve());
    });
  if (failure) throw failure;
}
