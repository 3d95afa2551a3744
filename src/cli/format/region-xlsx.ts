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
import { writeXlsx, type XlsxFormat, type XlsxValue } from "./xlsx.js";

const FORMAT: Record<ColumnKind, XlsxFormat | undefined> = {
  text: undefined,
  int: "0",
  rate: "0.00%",
  points: "0.00",
};

function typed(value: Cell, kind: ColumnKind): XlsxValue {
  if (value === null || value === "") return null;
  if (kind === "text") return String(value);
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : String(value);
}

async function* spooled(file: string, kinds: readonly ColumnKind[]): AsyncIterable<XlsxValue[]> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line) continue;
    const cells = JSON.parse(line) as Cell[];
    yield cells.map((v, n) => typed(v, kinds[n] ?? "text"));
  }
}

/**
 * An XLSX workbook at `file` with the region's sheets: rows are spooled to one temporary file per
 * sheet as they come (a zip holds one entry open at a time, so sheets cannot grow side by side), then
 * streamed into the workbook row by row. Memory stays flat. Every sheet has its header row frozen and
 * an autofilter over its columns; counts, rates and changes are numbers (rates formatted as %).
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
        await writeXlsx(
          target,
          SHEET_IDS.map((id) => {
            const { name, columns } = SHEETS[id];
            return {
              name: locale === "en" ? name.en : name.zh,
              columns: columns.map((c) => {
                const format = FORMAT[c.kind];
                const header = locale === "en" ? c.header.en : c.header.zh;
                return { header, width: c.width, ...(format ? { format } : {}) };
              }),
              rows: spooled(
                join(spoolDir, `${id}.ndjson`),
                columns.map((c) => c.kind),
              ),
            };
          }),
        );
        if (failure) throw failure;
      } finally {
        rmSync(spoolDir, { recursive: true, force: true });
      }
    },
  };
}
