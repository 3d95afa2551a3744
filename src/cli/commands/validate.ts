import { createReadStream, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { today } from "../../config/waivers.js";
import type { CommandDef, OptionDef } from "../args.js";
import { type Format, failedTask, type Item, type RunSettings, runTask, type Task } from "../batch.js";
import { useColor } from "../color.js";
import {
  type BaselineEntry,
  readBaseline,
  readConfigFile,
  ruleFlags,
  settle,
  writeBaseline,
} from "../config-file.js";
import { DocumentReader, defaultReaders, isHeavy, READING_OPTIONS, readingOf } from "../documents.js";
import { CliError } from "../errors.js";
import { collectFiles, type FileRef, unreadableFile } from "../files.js";
import { IMPORT_OPTIONS, importOptionsOf } from "../import-options.js";
import type { Io } from "../io.js";
import { type Loaded, loadBytes } from "../load.js";
import { POOL_LIMITS, Pool } from "../pool.js";
import { Progress } from "../progress.js";
import { RuleGuard, ruleTimeoutOf } from "../rule-guard.js";
import { Sink } from "../sink.js";

const options = {
  previous: {
    type: "string",
    value: "FILE",
    description: {
      zh: "上一年度的报告：启用跨年度规则",
      en: "last year's report: turns on the cross-year rules",
    },
  },
  ndjson: {
    type: "boolean",
    description: {
      zh: "输入为 NDJSON（每行一份报告；不给文件则读标准输入），输出每行一个结果",
      en: "input is NDJSON (one report per line; stdin when no file is given); output one result per line",
    },
  },
  ...IMPORT_OPTIONS,
  "read-timeout": READING_OPTIONS["read-timeout"],
  config: {
    type: "string",
    value: "FILE",
    description: {
      zh: "配置文件（JSON，或默认导出配置的 .js/.mjs，可含自定义规则）：规则开关与级别、豁免",
      en: "configuration file (JSON, or a .js/.mjs whose default export may hold custom rules): rule levels, waivers",
    },
  },
  "rule-timeout": {
    type: "string",
    value: "SECONDS",
    description: {
      zh: "自定义规则校验一份报告的时限（默认 30 秒）：有自定义规则时，每份报告在工作线程中校验，超时的报告记为未能校验，批次继续",
      en: "time for custom rules to check one report (default 30 s): with custom rules each report is checked in a worker thread, and one past the limit fails alone",
    },
  },
  rule: {
    type: "string",
    multiple: true,
    value: "ID=LEVEL",
    description: {
      zh: "设置一条规则或一类规则（如 cross-year.）的级别：off、info、warning、error；可重复",
      en: "level of a rule or family (e.g. cross-year.): off, info, warning, error; repeatable",
    },
  },
  baseline: {
    type: "string",
    value: "FILE",
    description: {
      zh: "豁免基线文件中列出的全部问题（仍会列出，但不计入结果与退出码）",
      en: "waive every finding listed in the baseline file (still shown, not counted)",
    },
  },
  "write-baseline": {
    type: "string",
    value: "FILE",
    description: {
      zh: "把本次发现的全部问题写成基线文件",
      en: "write every finding of this run to a baseline file",
    },
  },
  jobs: {
    type: "string",
    value: "N",
    description: {
      zh: "工作线程数。PDF 与 Word 文件总在工作线程中读取（默认每核一个）；JSON、HTML、文本在双核及以下默认不用工作线程，更多核时为核数减一",
      en: "worker threads. PDF and Word files are always read in worker threads (default: one per core); JSON, HTML and text use none on two cores or fewer by default, else the number of cores less one",
    },
  },
} as const satisfies Record<string, OptionDef>;

// Files per task: small enough to spread over the workers, large enough that messaging is cheap.
const FILES_PER_TASK = 16;
const LINES_PER_TASK = 256;
// Below this many files, starting workers costs more than it saves (unless --jobs asks for them).
const AUTO_WORKERS_FROM = 64;

// Measured on a 2-core machine (docs/performance.md): two worker threads checked a folder more
// slowly than the main thread alone (each worker compiles the library again and its results are
// copied back) and held three times the memory. On two cores or fewer the default is no workers.
export function defaultJobs(cores = availableParallelism()): number {
  return cores <= 2 ? 1 : cores - 1;
}

function jobsOf(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new CliError("E_USAGE", {
      zh: `--jobs 应为 1 到 256 之间的整数，而不是 “${value}”`,
      en: `--jobs takes an integer from 1 to 256, not “${value}”`,
    });
  }
  return n;
}

async function loadPrevious(file: string, io: Io): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, file));
  } catch {
    throw new CliError("E_READ", {
      zh: `无法读取上年报告 ${file}`,
      en: `cannot read last year's report ${file}`,
    });
  }
  try {
    return (await loadBytes(bytes, "zh-CN", { filename: file })).input;
  } catch (error) {
    const e = error instanceof CliError ? error : undefined;
    throw new CliError(e?.code ?? "E_PARSE", {
      zh: `上年报告 ${file}：${e?.label.zh ?? String(error)}`,
      en: `last year's report ${file}: ${e?.label.en ?? String(error)}`,
    });
  }
}

// A PDF or Word file is a task of its own: a reading thread that dies under it fails it alone.
function* fileTasks(files: readonly FileRef[], size: number): Generator<Task> {
  let batch: FileRef[] = [];
  for (const file of files) {
    if (!file.unreadable && isHeavy(file.absolute)) {
      if (batch.length) yield { kind: "files", files: batch };
      batch = [];
      yield { kind: "files", files: [file] };
      continue;
    }
    batch.push(file);
    if (batch.length === size) {
      yield { kind: "files", files: batch };
      batch = [];
    }
  }
  if (batch.length) yield { kind: "files", files: batch };
}

async function* lineTasks(names: readonly string[], io: Io): AsyncGenerator<Task> {
  for (const name of names.length ? names : ["-"]) {
    let stream: Readable | NodeJS.ReadableStream;
    if (name === "-") stream = io.stdin;
    else {
      const absolute = resolve(io.cwd, name);
      let ok = false;
      try {
        ok = statSync(absolute).isFile();
      } catch {
        // reported below, as an unreadable file
      }
      if (!ok) {
        yield { kind: "files", files: [{ name, absolute }] };
        continue;
      }
      stream = createReadStream(absolute);
    }
    const file = name === "-" ? "<stdin>" : name;
    let lines: string[] = [];
    let first = 1;
    let n = 0;
    let failure: unknown;
    try {
      for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
        n += 1;
        lines.push(n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
        if (lines.length === LINES_PER_TASK) {
          yield { kind: "lines", file, first, lines };
          first = n + 1;
          lines = [];
        }
      }
    } catch (error) {
      // A file that cannot be read (to its end) is one line of output; the other inputs still run.
      failure = error;
    }
    if (lines.length) yield { kind: "lines", file, first, lines };
    if (failure !== undefined)
      yield { kind: "files", files: [{ name: file, absolute: file, unreadable: unreadableFile(failure) }] };
  }
}

/** Runs tasks with at most `limit` in flight and hands their results on in input order. */
async function drive(
  tasks: Iterable<Task> | AsyncIterable<Task>,
  exec: (task: Task) => Promise<Item[]>,
  limit: number,
  sink: Sink,
): Promise<void> {
  const inFlight: Promise<Item[]>[] = [];
  for await (const task of tasks) {
    const running = exec(task);
    running.catch(() => {}); // awaited below, in order; this only keeps Node from calling it unhandled
    inFlight.push(running);
    while (inFlight.length >= limit) await sink.add(await (inFlight.shift() as Promise<Item[]>));
  }
  while (inFlight.length) await sink.add(await (inFlight.shift() as Promise<Item[]>));
}

/** `zfxxgk validate`: check reports and print their findings. */
export const validateCommand: CommandDef<typeof options> = {
  name: "validate",
  summary: {
    zh: "校验报告（文件或文件夹，递归）：格式与勾稽关系",
    en: "check reports (files or folders, recursively): shape and reconciliation rules",
  },
  usage:
    "<file|dir>... [--previous FILE] [--organ NAME] [--year YEAR] [--config FILE] [--rule-timeout SECONDS] [--rule ID=LEVEL]... [--baseline FILE] [--write-baseline FILE] [--ndjson] [--jobs N] [--read-timeout SECONDS]",
  positionals: { min: 0, max: Number.POSITIVE_INFINITY },
  options,
  async run({ values, positionals, locale, io }) {
    const ndjson = values.ndjson === true;
    if (!ndjson && positionals.length === 0) {
      throw new CliError("E_USAGE", {
        zh: "请给出要校验的文件或文件夹",
        en: "name the files or folders to check",
      });
    }
    const format = (values.format ?? (ndjson ? "json" : "text")) as Format;
    const color = useColor(io, values["no-color"] ? false : values.color);
    const previous = values.previous === undefined ? undefined : await loadPrevious(values.previous, io);
    const fromFile = values.config === undefined ? {} : await readConfigFile(values.config, io);
    const baseline = values.baseline === undefined ? [] : readBaseline(values.baseline, io);
    const config = settle(fromFile, ruleFlags(values.rule ?? []), baseline);
    const configured = Object.keys(config).length > 0;
    const settings: RunSettings = {
      locale,
      format,
      color,
      ...importOptionsOf(values),
      ...(previous !== undefined ? { previous } : {}),
      ...(configured ? { config } : {}),
      ...(values["write-baseline"] !== undefined ? { collectIds: true } : {}),
    };
    // Custom rules are functions: they cannot cross to a worker thread, so such a run checks its
    // reports in one thread of their own that imports the module again, under --rule-timeout.
    const custom = config.customRules?.length ? config.customRules : undefined;
    const ruleTimeoutMs = ruleTimeoutOf(values["rule-timeout"]);
    const jobs = custom ? 1 : jobsOf(values.jobs);

    const skipped: string[] = [];
    const files = ndjson ? [] : collectFiles(positionals, io.cwd, io.fs, skipped);
    const enough =
      ndjson || (values.jobs !== undefined ? files.length > 1 : files.length >= AUTO_WORKERS_FROM);
    const { timeoutMs } = readingOf({ "read-timeout": values["read-timeout"] });
    const limits = { ...POOL_LIMITS, deadlineMs: timeoutMs };
    const pool =
      jobs > 1 && enough && io.workerUrl ? new Pool(jobs, io.workerUrl, settings, limits) : undefined;
    // Without a pool for every file, PDF and Word files still go to reading threads of their own.
    const readers = values.jobs === undefined ? defaultReaders() : jobs;
    const reader = pool ? undefined : new DocumentReader(io, locale, readers, timeoutMs);
    const guard =
      custom && values.config !== undefined && io.workerUrl
        ? new RuleGuard(
            io,
            settings,
            {
              file: values.config,
              rules: values.rule ?? [],
              ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
              customRules: custom,
            },
            ruleTimeoutMs,
          )
        : undefined;
    const checker = guard
      ? (file: string, loaded: Loaded, found?: boolean) => guard.check(file, loaded, found)
      : undefined;
    const total = ndjson ? undefined : files.length;
    const progress = Progress.wanted(io.stderr, total) ? new Progress(io.stderr, total, locale) : undefined;
    const sink = new Sink(io, settings, ndjson, progress, skipped);
    try {
      await sink.start();
      const run = pool
        ? (task: Task) =>
            pool.submit<Item[]>(task).catch((error: unknown) => failedTask(task, error, settings))
        : async (task: Task) => runTask(task, settings, reader, checker);
      const found: BaselineEntry[] = [];
      const exec = settings.collectIds
        ? async (task: Task) => {
            const items = await run(task);
            for (const item of items) found.push(...(item.tally.found ?? []));
            return items;
          }
        : run;
      const perTask = pool ? Math.max(1, Math.min(FILES_PER_TASK, Math.ceil(files.length / (jobs * 4)))) : 1;
      const tasks = ndjson ? lineTasks(positionals, io) : fileTasks(files, perTask);
      await drive(tasks, exec, pool ? jobs * 4 : readers * 2, sink);
      if (values["write-baseline"] !== undefined) writeBaseline(values["write-baseline"], io, found, today());
      return await sink.end();
    } finally {
      await pool?.close();
      await reader?.close();
      await guard?.close();
    }
  },
};
