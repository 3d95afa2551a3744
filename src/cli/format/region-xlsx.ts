import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  rmSync,
  type WriteStream,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Locale } from "../../rules/types.js";
import { finish, put, type SheetWriter } from "./region-csv.js";
import { type Cell, type ColumnKind, SHEET_IDS, SHEETS, type SheetId } from "./region-sheets.js";

const NUMBER_FORMAT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  int: "0",
  rate: "0.00%",
  points: "0.00",
};

const YIELD_EVERY = 256;

// ExcelJS's sheet stream forwards rows to the zip entry without heeding backpressure, so a sheet
// written faster than it is deflated piles up in memory. Wait for the entry to drain now and then.
async function drained(ws: unknown): Promise<void> {
  // The entry is a readable-stream v2 PassThrough: its state is in _writableState (no writableNeedDrain).
  type Entry = {
    _writableState?: { length?: number; highWaterMark?: number };
    once?: (event: "drain", listener: () => void) => unknown;
  };
  const pipe = (ws as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as Entry | undefined;
  const state = pipe?._writableState;
  if (pipe?.once && state && (state.length ?? 0) > (state.highWaterMark ?? 16384))
    await new Promise<void>((resolve) => pipe.once?.("drain", resolve));
  else await new Promise((resolve) => setImmediate(resolve));
}

function typed(value: Cell, kind: ColumnKind): string | number | null {
  if (value === null || value === "") return null;
  if (kind === "text") return String(value);
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : String(value);
}

/**
 * An XLSX workbook at `file` with the four sheets, written by ExcelJS's streaming writer: rows are
 * spooled to one temporary file per sheet as they come (a zip holds one entry open at a time, so
 * sheets cannot grow side by side), then streamed into the workbook row by row. Memory stays flat.
 * Every sheet has its header row frozen and an autofilter over its columns; counts, rates and
 * changes are numbers (rates formatted as %).
 */
export async function xlsxWriter(file: string, locale: Locale): Promise<SheetWriter> {
  mkdirSync(dirname(file), { recursive: true });
  // Opened now, so an unwritable path fails before the reports are read, not after.
  const target = createWriteStream(file);
  let failure: unknown;
  target.on("error", (error) => {
    failure = error;
  });
  await new Promise<void>((resolve) => {
    target.once("open", () => resolve());
    target.once("error", () => resolve());
  });
  if (failure) throw failure;
  const spoolDir = mkdtempSync(join(tmpdir(), "zfxxgk-region-"));
  const spools = {} as Record<SheetId, WriteStream>;
  for (const id of SHEET_IDS) spools[id] = createWriteStream(join(spoolDir, `${id}.ndjson`));
  return {
    row: (sheet, cells) => put(spools[sheet], `${JSON.stringify(cells)}\n`),
    close: async () => {
      try {
        for (const id of SHEET_IDS) await finish(spools[id]);
        const { default: ExcelJS } = await import("exceljs");
        const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
          stream: target,
          useStyles: true,
          useSharedStrings: false,
        });
        workbook.creator = "zfxxgk";
        let written = 0;
        for (const id of SHEET_IDS) {
          const sheet = SHEETS[id];
          const columns = sheet.columns;
          const ws = workbook.addWorksheet(locale === "en" ? sheet.name.en : sheet.name.zh, {
            views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
          });
          ws.columns = columns.map((c, n) => {
            const numFmt = NUMBER_FORMAT[c.kind];
            return {
              header: locale === "en" ? c.header.en : c.header.zh,
              key: `c${n}`,
              width: c.width,
              ...(numFmt ? { style: { numFmt } } : {}),
            };
          });
          ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
          ws.getRow(1).font = { bold: true };
          const lines = createInterface({
            input: createReadStream(join(spoolDir, `${id}.ndjson`)),
            crlfDelay: Number.POSITIVE_INFINITY,
          });
          for await (const line of lines) {
            if (!line) continue;
            const cells = JSON.parse(line) as Cell[];
            ws.addRow(cells.map((v, n) => typed(v, columns[n]?.kind ?? "text"))).commit();
            if (++written % YIELD_EVERY === 0) await drained(ws);
          }
          ws.commit();
        }
        await Promise.race([workbook.commit(), new Promise((_, reject) => target.once("error", reject))]);
        if (failure) throw failure;
      } finally {
        rmSync(spoolDir, { recursive: true, force: true });
      }
    },
  };
}
