import type { Label } from "../model/label.js";
import { resolveLocale } from "../rules/format.js";
import type { Locale } from "../rules/types.js";
import { FindingLog } from "./findings.js";
import type { ImportResult } from "./import.js";

/**
 * The work and memory one document may cost a reader. An official report has five tables of a few
 * hundred cells on a few pages; each limit stands orders of magnitude above that and far below what
 * runs a machine out of memory or time.
 *
 * @category Import
 */
export interface ImportLimits {
  /** Table cells across the whole document (spans and Word's gridBefore/gridAfter gaps included). */
  cells: number;
  /** Pages of a PDF. */
  pages: number;
  /** Text runs across all pages of a PDF. */
  textRuns: number;
  /** Drawing operators across all pages of a PDF (the ruling lines are read from them). */
  operators: number;
  /** Pages one table may run over (its pieces are joined into one grid). */
  tablePages: number;
  /** Milliseconds of reading, checked between pages and between chunks of text. */
  timeMs: number;
}

/**
 * The limits every reader applies unless `options.limits` says otherwise.
 *
 * @example
 * import { DEFAULT_LIMITS, importDocument } from "zfxxgk";
 * // A server that reads uploads may hold them tighter: ten seconds, 20,000 cells.
 * await importDocument(bytes, { limits: { timeMs: 10_000, cells: DEFAULT_LIMITS.cells / 5 } });
 * @category Import
 */
export const DEFAULT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  cells: 100_000,
  pages: 1_000,
  textRuns: 500_000,
  operators: 2_000_000,
  tablePages: 200,
  timeMs: 60_000,
});

/** Each limit's name as the finding says it. */
const NAMES: Record<keyof ImportLimits, Label> = {
  cells: { zh: "表格单元格总数", en: "table cells in the document" },
  pages: { zh: "页数", en: "pages" },
  textRuns: { zh: "文字片段总数", en: "text runs in the document" },
  operators: { zh: "绘图指令总数", en: "drawing operators in the document" },
  tablePages: { zh: "一张表格跨越的页数", en: "pages one table runs over" },
  timeMs: { zh: "读取时间（毫秒）", en: "reading time, in milliseconds" },
};

/** Thrown by a reader's loop when a document goes over a limit; caught where the reader returns. */
export class TooComplex extends Error {
  constructor(
    readonly limit: keyof ImportLimits | "memory",
    readonly max: number,
  ) {
    super(`over the limit on ${limit} (${max})`);
    this.name = "TooComplex";
  }
}

/** A document's spending against its limits. */
export class Budget {
  readonly limits: ImportLimits;
  private readonly spent: Record<keyof ImportLimits, number> = {
    cells: 0,
    pages: 0,
    textRuns: 0,
    operators: 0,
    tablePages: 0,
    timeMs: 0,
  };
  private readonly start = Date.now();
  private extra = 0;

  constructor(limits: Partial<ImportLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Counts `n` more of `kind`; throws {@link TooComplex} past the limit. */
  spend(kind: Exclude<keyof ImportLimits, "timeMs">, n = 1): void {
    this.spent[kind] += n;
    if (this.spent[kind] > this.limits[kind]) throw new TooComplex(kind, this.limits[kind]);
  }

  /** Grants the reading `ms` more time: OCR gets its own allowance per scanned page. */
  allow(ms: number): void {
    this.extra += ms;
  }

  /** Throws {@link TooComplex} once the reading has run past its time. */
  clock(): void {
    const limit = this.limits.timeMs + this.extra;
    if (Date.now() - this.start > limit) throw new TooComplex("timeMs", limit);
  }
}

const MEMORY: Label = { zh: "内存（MB）", en: "memory, in MB" };

/** The one finding of a document over budget: which limit, and its value. */
export function tooComplex(error: TooComplex, locale: Locale | undefined): ImportResult {
  const log = new FindingLog(resolveLocale(locale));
  const limit = error.limit === "memory" ? MEMORY : NAMES[error.limit];
  log.add("import.too-complex", [], { limit, max: error.max, which: error.limit });
  return { findings: log.findings, unmapped: [], sources: {} };
}
