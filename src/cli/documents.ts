import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Label } from "../model/label.js";
import type { Locale } from "../rules/types.js";
import type { OptionDef } from "./args.js";
import type { RunSettings } from "./batch.js";
import { readError } from "./check.js";
import { CliError, type CliErrorCode } from "./errors.js";
import type { Io } from "./io.js";
import { type Loaded, type LoadOptions, loadBytes } from "./load.js";
import { POOL_LIMITS, Pool } from "./pool.js";

/** How the commands that read many files (validate, review, region) read them. */
export const READING_OPTIONS = {
  jobs: {
    type: "string",
    value: "N",
    description: {
      zh: "读取 PDF、Word 与图片文件的工作线程数（默认每核一个）",
      en: "worker threads that read PDF, Word and image files (default: one per core)",
    },
  },
  "read-timeout": {
    type: "string",
    value: "SECONDS",
    description: {
      zh: "读取一个 PDF、Word 或图片文件的时限（默认 60 秒；文字识别每页另加 20 秒）：超时的文件记为无法读取，其余照常",
      en: "time limit for reading one PDF, Word or image file (default 60 s; OCR adds 20 s a page): a file over it is unreadable, the others go on",
    },
  },
} as const satisfies Record<string, OptionDef>;

/** The reading time a document gets by default, in seconds. */
export const READ_TIMEOUT_S = 60;

/** `--jobs` and `--read-timeout` checked: reading threads and one document's reading time in ms. */
export function readingOf(values: { jobs?: string | undefined; "read-timeout"?: string | undefined }): {
  threads: number;
  timeoutMs: number;
} {
  const int = (flag: string, value: string | undefined, max: number): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (Number.isInteger(n) && n >= 1 && n <= max) return n;
    throw new CliError("E_USAGE", {
      zh: `--${flag} 应为 1 到 ${max} 之间的整数，而不是 “${value}”`,
      en: `--${flag} takes an integer from 1 to ${max}, not “${value}”`,
    });
  };
  return {
    threads: int("jobs", values.jobs, 256) ?? defaultReaders(),
    timeoutMs: (int("read-timeout", values["read-timeout"], 86_400) ?? READ_TIMEOUT_S) * 1000,
  };
}

/** A file to read for a command: its name as given and where it is. */
export interface DocumentRef {
  name: string;
  absolute: string;
}

/** What a reading thread sends back: the report as loaded, or why the file could not be read. */
export type LoadReply = { loaded: Loaded } | { error: { code: CliErrorCode; label: Label } };

/** A reading task for a worker thread. */
export interface LoadTask {
  kind: "load";
  ref: DocumentRef;
  locale: Locale;
  options: Omit<LoadOptions, "filename">;
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
// ZIP (Word), then the images read as scans: PNG, JPEG, TIFF in either byte order.
const HEAVY = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];

/**
 * Whether a file costs more to read than JSON (a PDF, a ZIP such as a Word file, an image read by
 * OCR), told from its first kilobyte: such files are read in worker threads that a heap limit and a
 * deadline bound.
 */
export function isHeavy(absolute: string): boolean {
  const head = Buffer.alloc(1024);
  let length = 0;
  try {
    const fd = openSync(absolute, "r");
    try {
      length = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // the reader says why it cannot be read
  }
  const bytes = head.subarray(0, length);
  if (HEAVY.some((magic) => magic.every((b, i) => bytes[i] === b))) return true;
  return bytes.indexOf(Buffer.from(PDF)) >= 0;
}

/** Reads one file where it stands (in this thread); a file-level problem is a CliError. */
export async function loadHere(
  ref: DocumentRef,
  locale: Locale,
  options: Omit<LoadOptions, "filename"> = {},
): Promise<Loaded> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(ref.absolute);
  } catch (error) {
    throw readError(error);
  }
  return loadBytes(bytes, locale, { ...options, filename: ref.name });
}

/**
 * A worker thread's side of a {@link LoadTask}: never rejects. `extend` tells the pool that the
 * reading was granted more time (OCR's allowance per scanned page), so its deadline grows alike.
 */
export async function serveLoad(task: LoadTask, onOcrStart?: LoadOptions["onOcrStart"]): Promise<LoadReply> {
  try {
    return {
      loaded: await loadHere(task.ref, task.locale, { ...task.options, ...(onOcrStart && { onOcrStart }) }),
    };
  } catch (error) {
    const e =
      error instanceof CliError
        ? error
        : new CliError("E_INTERNAL", {
            zh: `内部错误（这是 zfxxgk 的缺陷，请报告）：${String(error)}`,
            en: `internal error (a bug in zfxxgk, please report it): ${String(error)}`,
          });
    return { error: { code: e.code, label: e.label } };
  }
}

/**
 * Reading threads for a folder of PDFs and Word files: one per core by default. The main thread
 * only waits for them; on two cores two readers take 0.8× the time of one, not half, since one
 * reading thread already keeps 1.4 cores busy (V8 compiles pdf.js on threads of its own beside it),
 * and both cores stay busy (docs/performance.md, bench 7).
 */
export function defaultReaders(cores = availableParallelism()): number {
  return Math.max(1, cores);
}

/**
 * Reads the files of a command: PDF and Word files in worker threads (one thread's heap, and one
 * document's deadline, bound what a hostile file can cost), other files in this thread. Whatever
 * happens to one file is a CliError for that file; the next file is read as usual.
 */
export class DocumentReader {
  private pool: Pool | undefined;

  constructor(
    private readonly io: Io,
    private readonly locale: Locale,
    private readonly threads: number,
    private readonly timeoutMs = READ_TIMEOUT_S * 1000,
  ) {}

  /** Reads one file; rejects with a CliError naming what is wrong with it. */
  async load(ref: DocumentRef, options: Omit<LoadOptions, "filename"> = {}): Promise<Loaded> {
    if (!this.io.workerUrl || !isHeavy(ref.absolute)) return loadHere(ref, this.locale, options);
    const settings: RunSettings = { locale: this.locale, format: "json", color: false };
    // The reader's own clock says which limit, where it can; the thread's deadline stops what it cannot.
    const limits = { ...POOL_LIMITS, deadlineMs: this.timeoutMs };
    this.pool ??= new Pool(this.threads, this.io.workerUrl, settings, limits);
    const budget = { ...options.limits, timeMs: this.timeoutMs };
    // A function never crosses to the thread: the thread reports OCR's allowance to the pool itself.
    const { onOcrStart: _, ...plain } = options;
    const task: LoadTask = {
      kind: "load",
      ref,
      locale: this.locale,
      options: { ...plain, limits: budget },
    };
    const reply = await this.pool.submit<LoadReply>(task);
    if ("error" in reply) throw new CliError(reply.error.code, reply.error.label);
    return reply.loaded;
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/**
 * Runs `fn` over `items` with at most `limit` at a time and yields the results in input order, as
 * soon as each is next: a command keeps its readers busy and its output in order.
 */
export async function* inOrder<T, R>(
  items: Iterable<T>,
  limit: number,
  fn: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  for (const item of items) {
    const next = fn(item);
    next.catch(() => {}); // awaited below, in order
    running.push(next);
    if (running.length >= limit) yield await (running.shift() as Promise<R>);
  }
  while (running.length) yield await (running.shift() as Promise<R>);
}
