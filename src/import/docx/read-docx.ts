import { unzipSync } from "fflate";
import type { Label } from "../../model/label.js";
import { Budget } from "../budget.js";
import type { Block, GridCell, PageDocument } from "../document.js";
import { cleanText } from "../normalise.js";
import { attribute, decodeEntities, scanXml, type XmlHandler } from "./xml.js";

// Word allows 63 columns; a span or a row's leading or trailing gap beyond that is damage.
const MAX_SPAN = 63;
// A document.xml above this is no report (a zip bomb, or a book): refused before it is inflated.
const MAX_XML_BYTES = 256 * 1024 * 1024;

/** Why a file could not be read as a Word document. */
export class DocxProblem {
  constructor(readonly detail: Label) {}
}

interface Cell {
  span: number;
  merge: "restart" | "continue" | undefined;
  hMerge: boolean;
  lines: string[];
}

interface Table {
  no: number;
  rows: GridCell[][];
  row: GridCell[] | undefined;
  col: number;
  cell: Cell | undefined;
}

const OFF = new Set(["0", "false", "off"]);
// Content Word does not show: the fallback of an alternate, deleted and moved-away text.
const SKIP = new Set(["Fallback", "del", "moveFrom"]);

/** Builds the page's blocks from the events of document.xml. */
class Builder implements XmlHandler {
  readonly blocks: Block[] = [];
  private readonly tables: Table[] = [];
  private readonly paragraphs: string[][] = [];
  private tableCount = 0;
  private lineCount = 0;
  private skip = 0;
  private inRun = false;
  private inRunProps = false;
  private hidden = false;
  private inText = false;

  constructor(private readonly budget: Budget) {}

  open(name: string, xml: string, start: number, end: number, empty: boolean): void {
    if (this.skip > 0 || SKIP.has(name)) {
      if (!empty) this.skip++;
      return;
    }
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    switch (name) {
      case "p":
        if (!empty) this.paragraphs.push([]);
        return;
      case "r":
        this.inRun = !empty;
        this.hidden = false;
        return;
      case "rPr":
        this.inRunProps = this.inRun && !empty;
        return;
      case "vanish":
        if (this.inRunProps && !OFF.has(attribute(xml.slice(start, end), "val") ?? "")) this.hidden = true;
        return;
      case "t":
        this.inText = !empty && this.inRun && !this.hidden;
        return;
      case "tab":
        if (this.inRun && !this.hidden) paragraph?.push(" ");
        return;
      case "br":
      case "cr":
        if (this.inRun && !this.hidden) paragraph?.push("\n");
        return;
      case "noBreakHyphen":
        if (this.inRun && !this.hidden) paragraph?.push("-");
        return;
      case "tbl":
        if (!empty)
          this.tables.push({
            no: ++this.tableCount,
            rows: [],
            row: undefined,
            col: 0,
            cell: undefined,
          });
        return;
      case "tr": {
        const table = this.table();
        if (!table || empty) return;
        table.row = [];
        table.rows.push(table.row);
        table.col = 0;
        return;
      }
      case "gridBefore": {
        const table = this.table();
        if (!table?.row || table.cell) return;
        // The gap is filled with blank cells when the table ends: it costs as much as cells do.
        const gap = Math.min(this.count(attribute(xml.slice(start, end), "val"), 0), MAX_SPAN);
        this.budget.spend("cells", gap);
        table.col += gap;
        return;
      }
      case "tc": {
        const table = this.table();
        if (table?.row && !empty) table.cell = { span: 1, merge: undefined, hMerge: false, lines: [] };
        return;
      }
      case "gridSpan": {
        const cell = this.table()?.cell;
        if (cell) cell.span = Math.min(this.count(attribute(xml.slice(start, end), "val"), 1), MAX_SPAN);
        return;
      }
      case "vMerge": {
        const cell = this.table()?.cell;
        if (cell) cell.merge = attribute(xml.slice(start, end), "val") === "restart" ? "restart" : "continue";
        return;
      }
      case "hMerge": {
        const cell = this.table()?.cell;
        if (cell && attribute(xml.slice(start, end), "val") !== "restart") cell.hMerge = true;
        return;
      }
      default:
        return;
    }
  }

  close(name: string): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    switch (name) {
      case "t":
        this.inText = false;
        return;
      case "rPr":
        this.inRunProps = false;
        return;
      case "r":
        this.inRun = false;
        this.hidden = false;
        return;
      case "p":
        this.endParagraph();
        return;
      case "tc":
        this.endCell();
        return;
      case "tr": {
        const table = this.table();
        if (table) table.row = undefined;
        return;
      }
      case "tbl":
        this.endTable();
        return;
      default:
        return;
    }
  }

  text(xml: string, start: number, end: number): void {
    if (this.inText && this.skip === 0)
      this.paragraphs[this.paragraphs.length - 1]?.push(decodeEntities(xml.slice(start, end)));
  }

  /** Tables still open at the end (a cut file) are kept with what they had. */
  finish(): PageDocument {
    while (this.paragraphs.length > 0) this.endParagraph();
    while (this.tables.length > 0) this.endTable();
    return { blocks: this.blocks, hints: {} };
  }

  private table(): Table | undefined {
    return this.tables[this.tables.length - 1];
  }

  private count(value: string | undefined, fallback: number): number {
    const n = Number.parseInt(value ?? "", 10);
    return Number.isFinite(n) && n >= 1 ? n : fallback;
  }

  private endParagraph(): void {
    const parts = this.paragraphs.pop();
    if (!parts) return;
    const text = parts.join("");
    const cell = this.table()?.cell;
    if (cell) {
      cell.lines.push(text);
      return;
    }
    for (const line of text.split("\n")) {
      const clean = cleanText(line);
      if (clean !== "")
        this.blocks.push({ kind: "text", text: clean, where: `paragraph ${++this.lineCount}` });
    }
  }

  private endCell(): void {
    const table = this.table();
    const cell = table?.cell;
    const row = table?.row;
    if (!table || !cell || !row) return;
    table.cell = undefined;
    const r = table.rows.length - 1;
    const above = table.rows[r - 1];
    const own = (c: number) => `table ${table.no}, row ${r + 1}, column ${c + 1}`;
    const start = table.col;
    this.budget.spend("cells", cell.span);
    for (let k = 0; k < cell.span; k++) {
      const c = start + k;
      // A vertical merge continues the cell above, a legacy horizontal one the cell to the left.
      const from =
        cell.merge === "continue" ? above?.[c] : cell.hMerge ? row[c - 1] : k > 0 ? row[start] : undefined;
      row[c] = from
        ? { text: from.text, origin: false, where: from.where }
        : { text: cleanText(cell.lines.join(" ")), origin: true, where: own(c) };
    }
    table.col += cell.span;
  }

  private endTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    const rows = table.rows.map((row, r) =>
      Array.from(
        row,
        (cell, c) =>
          cell ?? { text: "", origin: true, where: `table ${table.no}, row ${r + 1}, column ${c + 1}` },
      ),
    );
    this.blocks.push({ kind: "table", rows });
  }
}

/**
 * Reads document.xml (already as text) into the page's blocks; throws `TooComplex` when the
 * tables hold more cells than the budget allows.
 */
export function readDocumentXml(xml: string, budget = new Budget()): PageDocument {
  const builder = new Builder(budget);
  scanXml(xml, builder);
  return builder.finish();
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function xmlText(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(utf16 ? "utf-16le" : "utf-8").decode(bytes);
}

/** The main document part: word/document.xml, or where the package's relationships say it is. */
function mainPart(data: Uint8Array): Uint8Array {
  const wanted = new Set(["word/document.xml", "_rels/.rels"]);
  let tooBig = false;
  const filter = (file: { name: string; originalSize: number }) => {
    if (!wanted.has(file.name)) return false;
    if (file.originalSize > MAX_XML_BYTES) tooBig = true;
    return !tooBig;
  };
  const files = unzipSync(data, { filter });
  if (tooBig)
    throw new DocxProblem({
      zh: "正文部分超过 256 MB，不像年度报告",
      en: "the document part exceeds 256 MB",
    });
  const main = files["word/document.xml"];
  if (main) return main;
  const rels = files["_rels/.rels"];
  const target = rels
    ? /Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"|Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/.exec(
        xmlText(rels),
      )
    : null;
  const path = target?.[1] ?? target?.[2];
  const found = path
    ? unzipSync(data, { filter: (f) => f.name === path && f.originalSize <= MAX_XML_BYTES })[path]
    : undefined;
  if (found) return found;
  throw new DocxProblem({
    zh: "压缩包中没有 Word 正文（word/document.xml）",
    en: "the archive holds no Word document (word/document.xml)",
  });
}

/**
 * Unzips a .docx and reads its main document into blocks: paragraphs as text lines, tables as grids.
 * Throws {@link DocxProblem} when the bytes are not a readable Word package, `TooComplex`
 * when the document goes over its budget.
 */
export function readDocx(data: Uint8Array, budget = new Budget()): PageDocument {
  if (!ZIP.every((b, i) => data[i] === b))
    throw new DocxProblem({
      zh: "不是 ZIP 压缩包（.docx 文件都是）",
      en: "not a ZIP archive (every .docx is one)",
    });
  let part: Uint8Array;
  try {
    part = mainPart(data);
  } catch (error) {
    if (error instanceof DocxProblem) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new DocxProblem({ zh: `压缩包已损坏（${message}）`, en: `the archive is damaged (${message})` });
  }
  return readDocumentXml(xmlText(part), budget);
}
