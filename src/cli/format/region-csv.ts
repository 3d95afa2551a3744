import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { join } from "node:path";
import { csvLine } from "../../region/csv.js";
import type { Locale } from "../../rules/types.js";
import { type Cell, neutralRow, SHEET_IDS, SHEETS, type SheetId } from "./region-sheets.js";

/** Where the rows of a region run go, sheet by sheet, as they are made. */
export interface SheetWriter {
  row(sheet: SheetId, cells: Cell[]): Promise<void>;
  close(): Promise<void>;
}

/** Writes a chunk and waits for the stream to drain when it asks. */
export async function put(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once("drain", resolve));
}

/** Ends a stream and waits until its file is closed; a write error rejects. */
export function finish(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.end(() => resolve());
  });
}

/**
 * One CSV file per sheet in `dir` (reports.csv, findings.csv, coverage.csv, indicators.csv): UTF-8
 * with a BOM (Excel reads Chinese CSV right only with it), RFC 4180 quoting, CRLF line ends, and text
 * that a spreadsheet would run as a formula prefixed with `'` ({@link neutralRow}).
 */
export async function csvWriter(dir: string, locale: Locale): Promise<SheetWriter> {
  mkdirSync(dir, { recursive: true });
  const streams = {} as Record<SheetId, WriteStream>;
  for (const id of SHEET_IDS) {
    const stream = createWriteStream(join(dir, SHEETS[id].file));
    streams[id] = stream;
    await put(
      stream,
      `\ufeff${csvLine(SHEETS[id].columns.map((c) => (locale === "en" ? c.header.en : c.header.zh)))}`,
    );
  }
  return {
    row: (sheet, cells) => put(streams[sheet], csvLine(neutralRow(sheet, cells))),
    close: async () => {
      for (const id of SHEET_IDS) await finish(streams[id]);
    },
  };
}
