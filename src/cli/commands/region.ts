import { createReadStream, createWriteStream, readFileSync, statSync, type WriteStream } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { decodeText, TextDecodeError } from "../../import/decode-text.js";
import { fieldAt } from "../../model/fields.js";
import { checkRegion, type RegionInput, type ReportHead, reportHead } from "../../region/check.js";
import {
  ConsolidationCheck,
  ConsolidationError,
  type ConsolidationRow,
  consolidationMessage,
  consolidationTerms,
} from "../../region/consolidation.js";
import { CoverageTracker, regionOrder } from "../../region/coverage.js";
import { fraction, INDICATOR_MIN_COUNT, rateChange } from "../../region/indicators.js";
import { type OrganList, OrganListError, parseOrgans } from "../../region/organ-name.js";
import { RegionTotals } from "../../region/totals.js";
import type { Finding, Locale } from "../../rules/types.js";
import type { CommandDef, OptionDef } from "../args.js";
import { nodeUtf8 } from "../decode.js";
import { DocumentReader, inOrder, READING_OPTIONS, readingOf } from "../documents.js";
import { asCliError, CliError } from "../errors.js";
import { collectFiles, type FileRef } from "../files.js";
import { csvWriter, finish, put, type SheetWriter } from "../format/region-csv.js";
import {
  type Cell,
  consolidationRow,
  coverageRow,
  findingRows,
  neutralRow,
  type RegionFinding,
  type RegionRecord,
  regionIndicatorRow,
  reportIndicatorRows,
  reportRow,
} from "../format/region-sheets.js";
import { xlsxWriter } from "../format/region-xlsx.js";
import { IMPORT_OPTIONS } from "../import-options.js";
import { type Io, type Output, write } from "../io.js";
import type { Loaded, LoadOptions } from "../load.js";
import { CLI_MESSAGES } from "../messages.js";
import type { OutputFinding } from "../output-schema.js";
import { Progress } from "../progress.js";

const options = {
  format: {
    type: "string",
    choices: ["text", "json", "csv", "xlsx"],
    value: "text|json|csv|xlsx",
    description: {
      zh: "输出格式（默认 text；json 为每行一条记录；csv 每表一个文件；xlsx 一个工作簿）",
      en: "output format (default text; json: one record per line; csv: one file per sheet; xlsx: one workbook)",
    },
  },
  out: {
    type: "string",
    value: "FILE|DIR",
    description: {
      zh: "输出到文件（csv 为文件夹；xlsx 必填）",
      en: "write to this file (a folder for csv; required for xlsx)",
    },
  },
  organs: {
    type: "string",
    value: "organs.csv",
    description: {
      zh: "本地区机关名单（名称、别名、上级机关、行政区划代码）：统一机关名称并检查覆盖情况",
      en: "the region's list of organs (name, aliases, parent, region code): names and coverage",
    },
  },
  year: {
    type: "string",
    value: "Y",
    description: {
      zh: "检查覆盖的年度（默认为批次中最晚的年度）",
      en: "the year whose coverage is checked (default: the latest in the batch)",
    },
  },
  ...READING_OPTIONS,
  "no-ocr": IMPORT_OPTIONS["no-ocr"],
  "min-count": {
    type: "string",
    value: "N",
    description: {
      zh: `分母小于 N 时不计算比率（默认 ${INDICATOR_MIN_COUNT}）`,
      en: `no rate below a denominator of N (default ${INDICATOR_MIN_COUNT})`,
    },
  },
  "consolidating-kinds": {
    type: "string",
    value: "KIND,...",
    description: {
      zh: "名单中这些类型的机关的报告为汇总报告（“汇总”列为空时；默认 government 人民政府）",
      en: "organs of these kinds publish consolidated reports when the list's consolidates cell is blank (default government)",
    },
  },
  "consolidated-kinds": {
    type: "string",
    value: "KIND,...",
    description: {
      zh: "只把这些类型的下级机关计入汇总（默认名单上的全部下级机关）",
      en: "add up only children of these kinds (default every child on the list)",
    },
  },
  "consolidation-cells": {
    type: "string",
    value: "PATH,...",
    description: {
      zh: "核对汇总的单元格（路径前缀，默认 requests,appeals：表三、表四全部数量单元格）",
      en: "cells whose sums are checked (path prefixes; default requests,appeals: every count cell of tables 三 and 四)",
    },
  },
  from: {
    type: "string",
    value: "results.json",
    description: {
      zh: "从已保存的 region --format json 结果生成，不再读取报告文件",
      en: "build from a saved `region --format json` result instead of reading the reports again",
    },
  },
} as const satisfies Record<string, OptionDef>;

function intOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new CliError("E_USAGE", {
      zh: `--${name} 应为 ${min} 到 ${max} 之间的整数，而不是 “${value}”`,
      en: `--${name} takes an integer from ${min} to ${max}, not “${value}”`,
    });
  return n;
}

// Excel on Chinese Windows saves CSV as GBK, elsewhere as UTF-8 or UTF-16: decoded as reports are.
export function readOrgans(file: string, io: Io): OrganList {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, file));
  } catch {
    throw new CliError("E_READ", {
      zh: `无法读取机关名单 ${file}`,
      en: `cannot read the organs list ${file}`,
    });
  }
  let text: string;
  try {
    text = decodeText(bytes, nodeUtf8).text;
  } catch (error) {
    if (!(error instanceof TextDecodeError)) throw error;
    throw new CliError("E_DECODE", {
      zh: `机关名单 ${file} 无法解码：${error.label.zh}`,
      en: `cannot decode the organs list ${file}: ${error.label.en}`,
    });
  }
  try {
    return parseOrgans(text);
  } catch (error) {
    const line = error instanceof OrganListError ? error.line : 0;
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError("E_PARSE", {
      zh: `机关名单 ${file} 第 ${line} 行：${message}`,
      en: `organs list ${file}, line ${line}: ${message}`,
    });
  }
}

// Tables by the first path segment, for findings whose path is not a leaf (as validate places them).
const TABLE_OF_ROOT: Record<string, OutputFinding["table"]> = {
  proactive: "二",
  requests: "三",
  appeals: "四",
  sections: "sections",
};

function placed(f: Finding, edition: string | null, suggested: Map<string, number>): RegionFinding {
  const field = edition === "2019" || edition === "2021" ? fieldAt(edition, f.path) : undefined;
  const root = f.path[0];
  const table =
    field?.table ??
    (typeof root === "string" ? (TABLE_OF_ROOT[root] ?? (f.path.length ? "meta" : null)) : null);
  return {
    ...f,
    id: f.id ?? "",
    table,
    label: field ? field.label : null,
    suggested: suggested.get(f.path.join(".")) ?? null,
  };
}

function failedRecord(
  file: string,
  error: unknown,
  locale: Locale,
  documentStatus: "unreadable" | "not-a-report" = "unreadable",
): RegionRecord {
  const e = asCliError(error);
  return {
    documentStatus,
    kind: "report",
    file,
    organ: null,
    year: null,
    edition: null,
    listedName: null,
    regionCode: "",
    status: "failed",
    error: { code: e.code, message: locale === "en" ? e.label.en : e.label.zh },
    previousFile: null,
    summary: { error: 0, warning: 0, info: 0 },
    suspects: 0,
    waived: 0,
    findings: [],
    indicators: [],
  };
}

type Head = ReportHead & { ref: FileRef };

/** Reads every file once for its organ and year; unreadable files become failed records. */
async function index(
  files: readonly FileRef[],
  organs: OrganList | undefined,
  locale: Locale,
  reading: Reading,
) {
  const heads: Head[] = [];
  const io = reading.io;
  // The first pass reads every file: on a terminal, say how far it is (已读取 N/M), as validate does.
  const progress = Progress.wanted(io.stderr, files.length)
    ? new Progress(io.stderr, files.length, locale, {
        counted: CLI_MESSAGES.progressRead,
        open: CLI_MESSAGES.progressReadOpen,
      })
    : undefined;
  const failed: RegionRecord[] = [];
  const headOf = async (ref: FileRef) => {
    try {
      const loaded = await reading.reader.load(ref, { ...reading.options, outline: true });
      // A document read by OCR took seconds a page: kept for the second pass rather than read again.
      if (loaded.findings.some((f) => f.ruleId === "import.ocr-read")) reading.kept.set(ref.name, loaded);
      return { ...reportHead(ref.name, loaded.input, organs), ref };
    } catch (error) {
      return failedRecord(ref.name, error, locale);
    }
  };
  for await (const head of inOrder(files, reading.threads * 2, headOf)) {
    if ("ref" in head) heads.push(head);
    else failed.push(head);
    progress?.advance(1);
  }
  progress?.clear();
  return { heads, failed };
}

/** The command's reader of PDF and Word files, how many files it reads at once, and how (`--no-ocr`). */
interface Reading {
  reader: DocumentReader;
  threads: number;
  io: Io;
  options: Omit<LoadOptions, "filename">;
  /** Documents the first pass read by OCR, by file name, until the second pass takes them. */
  kept: Map<string, Loaded>;
}

async function* recordsFromFiles(
  files: readonly FileRef[],
  organs: OrganList | undefined,
  locale: Locale,
  io: Io,
  {
    threads,
    timeoutMs,
    options,
  }: { threads: number; timeoutMs: number; options: Omit<LoadOptions, "filename"> },
  consolidation: ConsolidationCheck | undefined,
): AsyncGenerator<RegionRecord> {
  const reader = new DocumentReader(io, locale, threads, timeoutMs);
  const reading = { reader, threads, io, options, kept: new Map<string, Loaded>() };
  try {
    yield* checkedRecords(files, organs, locale, reading, consolidation);
  } finally {
    await reading.reader.close();
  }
}

async function* checkedRecords(
  files: readonly FileRef[],
  organs: OrganList | undefined,
  locale: Locale,
  reading: Reading,
  consolidation: ConsolidationCheck | undefined,
): AsyncGenerator<RegionRecord> {
  const { heads, failed } = await index(files, organs, locale, reading);
  yield* failed;
  const years = new Set(heads.flatMap((h) => (h.year === null ? [] : [h.year])));
  const ordered = regionOrder(heads);
  const unreadable = new Map<string, unknown>();
  const notReports = new Set<string>();
  const input = async (h: Head): Promise<RegionInput> => {
    try {
      const kept = reading.kept.get(h.ref.name);
      reading.kept.delete(h.ref.name);
      const loaded = kept ?? (await reading.reader.load(h.ref, { ...reading.options, outline: true }));
      // No table read: no report to check (a README in the folder), never a report read incompletely.
      if (loaded.kind !== "json" && loaded.input === undefined) {
        const first = loaded.findings[0];
        unreadable.set(
          h.file,
          new CliError("E_NOT_REPORT", {
            zh: `没有读出年度报告的统计表${first ? `：${first.message}` : ""}`,
            en: `no table of an annual report was read${first ? `: ${first.message}` : ""}`,
          }),
        );
        if (h.ref.found) notReports.add(h.file);
        return { file: h.file, input: undefined };
      }
      consolidation?.add(h, loaded.input);
      return {
        file: h.file,
        input: loaded.input,
        findings: loaded.findings,
        ...(loaded.sources ? { sources: loaded.sources } : {}),
      };
    } catch (error) {
      unreadable.set(h.file, error);
      return { file: h.file, input: undefined };
    }
  };
  // A few files ahead are read while one is checked: memory stays flat, the readers stay busy.
  const inputs = () => inOrder(ordered, reading.threads * 2, input);
  const checked = checkRegion(inputs(), { locale, grouped: true, years, ...(organs ? { organs } : {}) });
  for await (const r of checked) {
    const error = unreadable.get(r.head.file);
    if (error !== undefined) {
      unreadable.delete(r.head.file);
      yield failedRecord(
        r.head.file,
        error,
        locale,
        notReports.has(r.head.file) ? "not-a-report" : "unreadable",
      );
      continue;
    }
    const suggested = new Map(r.suspects.map((s) => [s.path.join("."), s.suggested]));
    const findings = r.findings.map((f) => placed(f, r.head.edition, suggested));
    yield {
      kind: "report",
      file: r.head.file,
      organ: r.head.organ,
      year: r.head.year,
      edition: r.head.edition,
      listedName: r.head.listed?.name ?? null,
      regionCode: r.head.listed?.regionCode ?? "",
      status: "checked",
      documentStatus: r.status,
      previousFile: r.previousFile,
      summary: r.summary,
      suspects: r.suspects.length,
      waived: findings.filter((f) => f.waived).length,
      findings,
      indicators: r.indicators,
    };
  }
}

async function* recordsFromJson(
  file: string,
  io: Io,
  consolidated: ConsolidationRow[],
): AsyncGenerator<RegionRecord> {
  const absolute = resolve(io.cwd, file);
  try {
    if (!statSync(absolute).isFile()) throw new Error("not a file");
  } catch {
    throw new CliError("E_READ", {
      zh: `无法读取结果文件 ${file}`,
      en: `cannot read the results file ${file}`,
    });
  }
  let n = 0;
  for await (const line of createInterface({
    input: createReadStream(absolute),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    n += 1;
    const text = n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new CliError("E_PARSE", {
        zh: `结果文件 ${file} 第 ${n} 行不是 JSON（应为 region --format json 的输出）`,
        en: `results file ${file}, line ${n}: not JSON (expected the output of region --format json)`,
      });
    }
    const record = value as Partial<RegionRecord> | null;
    if ((record as { kind?: unknown } | null)?.kind === "consolidation") {
      const { kind: _, ...row } = value as ConsolidationRow & { kind: string };
      consolidated.push(row);
    }
    if (record?.kind !== "report") continue;
    if (
      typeof record.file !== "string" ||
      !Array.isArray(record.findings) ||
      !Array.isArray(record.indicators)
    )
      throw new CliError("E_PARSE", {
        zh: `结果文件 ${file} 第 ${n} 行不是完整的报告记录`,
        en: `results file ${file}, line ${n}: not a complete report record`,
      });
    yield record as RegionRecord;
  }
}

/** Text and JSON lines go to stdout or one file. */
function lineWriter(out: string | undefined, io: Io): { target: Output; stream?: WriteStream } {
  if (out === undefined) return { target: io.stdout };
  const stream = createWriteStream(resolve(io.cwd, out));
  return { target: stream, stream };
}

async function openSheets(
  format: string,
  out: string | undefined,
  io: Io,
  locale: Locale,
): Promise<SheetWriter | undefined> {
  if ((format !== "csv" && format !== "xlsx") || out === undefined) return undefined;
  const target = resolve(io.cwd, out);
  try {
    return format === "csv" ? await csvWriter(target, locale) : await xlsxWriter(target, locale);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException | null)?.code ?? String(error);
    throw new CliError("E_USAGE", {
      zh: `无法写入 --out ${out}（${reason}）`,
      en: `cannot write --out ${out} (${reason})`,
    });
  }
}

/** `zfxxgk region`: a whole region's reports, paired by organ across years, with coverage and indicators. */
export const regionCommand: CommandDef<typeof options> = {
  name: "region",
  summary: {
    zh: "批量校验一个地区的报告：按机关自动配对各年度、覆盖情况、指标，可输出 CSV/XLSX",
    en: "check a whole region's reports: years paired per organ, coverage, indicators; CSV/XLSX output",
  },
  usage:
    "<file|dir>... [--organs organs.csv] [--year Y] [--format text|json|csv|xlsx] [--out FILE|DIR] [--min-count N] [--from results.json] [--consolidating-kinds K,...] [--consolidated-kinds K,...] [--consolidation-cells PATH,...]",
  positionals: { min: 0, max: Number.POSITIVE_INFINITY },
  options,
  async run({ values, positionals, locale, io }) {
    const format = (values.format ?? "text") as "text" | "json" | "csv" | "xlsx";
    const from = values.from;
    if (from === undefined && positionals.length === 0)
      throw new CliError("E_USAGE", {
        zh: "请给出要校验的文件或文件夹，或用 --from 给出已保存的结果",
        en: "name the files or folders to check, or a saved result with --from",
      });
    if (from !== undefined && positionals.length > 0)
      throw new CliError("E_USAGE", {
        zh: "--from 与报告文件不能同时给出",
        en: "give either report files or --from, not both",
      });
    if ((format === "csv" || format === "xlsx") && values.out === undefined)
      throw new CliError("E_USAGE", {
        zh: `--format ${format} 需要 --out ${format === "csv" ? "文件夹" : "文件"}`,
        en: `--format ${format} needs --out ${format === "csv" ? "DIR" : "FILE"}`,
      });
    const minCount = intOption("min-count", values["min-count"], 1, 1_000_000) ?? INDICATOR_MIN_COUNT;
    const askedYear = intOption("year", values.year, 2019, 2100);
    const organs = values.organs === undefined ? undefined : readOrgans(values.organs, io);
    const consolidation = organs ? consolidationCheck(organs, values) : undefined;
    const consolidated: ConsolidationRow[] = [];
    const files = from === undefined ? collectFiles(positionals, io.cwd) : undefined;
    const records =
      from !== undefined
        ? recordsFromJson(from, io, consolidated)
        : recordsFromFiles(
            files ?? [],
            organs,
            locale,
            io,
            { ...readingOf(values), options: values["no-ocr"] === true ? { ocr: false } : {} },
            consolidation,
          );

    const lines = format === "text" || format === "json" ? lineWriter(values.out, io) : undefined;
    const sheets = await openSheets(format, values.out, io, locale);
    // After the first pass (已读取), the second checks each report: 已检查 N/M on a terminal.
    const progress =
      files && Progress.wanted(io.stderr, files.length)
        ? new Progress(io.stderr, files.length, locale)
        : undefined;
    const emitLine = async (text: string) => {
      if (!lines) return;
      const sameTerminal = !lines.stream && io.stdout.isTTY === true;
      if (sameTerminal) progress?.clear();
      if (lines.stream) await put(lines.stream, text);
      else await write(lines.target, text);
      if (sameTerminal) progress?.redraw();
    };
    const en = locale === "en";
    const tracker = new CoverageTracker(organs);
    let latestYear: number | undefined;
    const totals = new RegionTotals({ minCount });
    let last: RegionRecord | undefined;
    let earlier: RegionRecord | undefined;
    let lastKey: string | null = null;
    const count = {
      reports: 0,
      failed: 0,
      invalid: 0,
      incomplete: 0,
      paired: 0,
      error: 0,
      warning: 0,
      info: 0,
      reading: 0,
      consolidationDiffers: 0,
    };
    const rows = async (sheet: Parameters<SheetWriter["row"]>[0], list: Cell[][]) => {
      for (const cells of list) await sheets?.row(sheet, neutralRow(sheet, cells));
    };

    for await (const raw of records) {
      progress?.advance(1);
      // Rates follow this run's --min-count, also for records read back with --from.
      const record: RegionRecord = {
        ...raw,
        indicators: raw.indicators.map((i) =>
          fraction(i.id, i.numerator, i.denominator === 0 ? null : i.denominator, minCount),
        ),
      };
      const head = reportHead(record.file, { organ: record.organ, year: record.year }, organs);
      if (organs) {
        record.listedName = head.listed?.name ?? null;
        record.regionCode = head.listed?.regionCode ?? "";
      }
      const latest = head.key !== null && head.key === lastKey ? last : undefined;
      const before = latest && latest.year === record.year ? earlier : latest;
      const previous = before && record.year !== null && before.year === record.year - 1 ? before : undefined;
      record.changes = record.indicators.map((i, n) => rateChange(i, previous?.indicators[n]));
      if (record.status === "checked") {
        tracker.add(head);
        if (record.year !== null) latestYear = Math.max(latestYear ?? record.year, record.year);
        totals.add(record.regionCode, record.year, record.indicators);
        if (head.key !== lastKey) earlier = undefined;
        else if (last && last.year !== record.year) earlier = last;
        last = record;
        lastKey = head.key;
      }
      if (record.documentStatus === "not-a-report") {
        if (format === "json") await emitLine(`${JSON.stringify(record)}\n`);
        else if (format === "text") await emitLine(textOf(record, locale));
        continue;
      }
      count.reports += 1;
      if (record.status === "failed") count.failed += 1;
      else if (record.documentStatus === "incomplete") count.incomplete += 1;
      else if (record.summary.error > 0) count.invalid += 1;
      count.reading += record.summary.reading
        ? record.summary.reading.error + record.summary.reading.warning
        : 0;
      if (record.previousFile) count.paired += 1;
      count.error += record.summary.error;
      count.warning += record.summary.warning;
      count.info += record.summary.info;

      if (format === "json") await emitLine(`${JSON.stringify(record)}\n`);
      else if (format === "text") await emitLine(textOf(record, locale));
      else {
        await rows("reports", [reportRow(record, locale)]);
        await rows("findings", findingRows(record, locale));
        await rows("indicators", reportIndicatorRows(record, minCount, locale));
      }
    }

    progress?.clear();
    const year = askedYear ?? latestYear;
    const covered = tracker.end(year);
    const sums = totals.rows();
    if (from === undefined && consolidation) consolidated.push(...consolidation.rows());
    count.consolidationDiffers = consolidated.filter((c) => c.status === "differs").length;
    if (format === "json") {
      for (const { kind, ...c } of covered)
        await emitLine(`${JSON.stringify({ kind: "coverage", coverage: kind, ...c })}\n`);
      for (const s of sums) await emitLine(`${JSON.stringify({ kind: "region-indicator", ...s })}\n`);
      for (const c of consolidated) await emitLine(`${JSON.stringify({ kind: "consolidation", ...c })}\n`);
      await emitLine(
        `${JSON.stringify({ kind: "summary", minCount, coverageYear: year ?? null, ...count })}\n`,
      );
    } else if (format === "text") {
      const out: string[] = [];
      if (covered.length) {
        out.push("", en ? "Coverage" : "覆盖情况");
        for (const c of covered)
          out.push(
            `  ${coverageRow(c, locale)
              .filter((v) => v !== "" && v !== null)
              .slice(1)
              .join("  ")}`,
          );
      }
      out.push(
        "",
        en ? `Indicators (no rate below ${minCount} cases)` : `指标（分母小于 ${minCount} 不计算比率）`,
      );
      for (const s of sums) {
        const row = regionIndicatorRow(s, minCount, locale);
        const rate = s.rate === null ? "—" : `${(Number(s.rate) * 100).toFixed(2)}%`;
        out.push(
          `  ${row[1]} ${s.year} ${row[5]}  ${s.numerator}/${s.denominator}  ${rate}${s.change ? `  ${pointsText(s.change, locale)}` : ""}`,
        );
      }
      if (consolidated.length) {
        out.push("", en ? "Consolidated reports" : "汇总核对");
        for (const c of consolidated) out.push(...consolidationText(c, locale));
      }
      out.push(
        "",
        en
          ? `${count.reports} reports, ${count.paired} paired with last year, ${count.invalid} with errors, ${count.incomplete} read incompletely, ${count.failed} unreadable; ${count.error} errors, ${count.warning} warnings, ${count.info} infos; ${count.reading} reading problems`
          : `共 ${count.reports} 份报告，${count.paired} 份与上年配对，${count.invalid} 份有错误，${count.incomplete} 份读取不完整，${count.failed} 份无法读取；错误 ${count.error}，警告 ${count.warning}，提示 ${count.info}；读取问题 ${count.reading}`,
        "",
      );
      await emitLine(out.join("\n"));
    } else {
      await rows(
        "coverage",
        covered.map((c) => coverageRow(c, locale)),
      );
      await rows(
        "indicators",
        sums.map((s) => regionIndicatorRow(s, minCount, locale)),
      );
      await rows(
        "consolidation",
        consolidated.map((c) => consolidationRow(c, locale)),
      );
      await sheets?.close();
      await write(
        io.stderr,
        en
          ? `${count.reports} reports (${count.paired} paired, ${count.invalid} with errors, ${count.incomplete} read incompletely, ${count.failed} unreadable); no rate below ${minCount} cases; written to ${values.out}\n`
          : `共 ${count.reports} 份报告（${count.paired} 份与上年配对，${count.invalid} 份有错误，${count.incomplete} 份读取不完整，${count.failed} 份无法读取）；分母小于 ${minCount} 不计算比率；已写入 ${values.out}\n`,
      );
    }
    if (lines?.stream) await finish(lines.stream);
    // As validate: 1 only for errors of reports read whole (and sums that differ); an incomplete reading exits 2.
    return count.invalid > 0 || count.consolidationDiffers > 0
      ? 1
      : count.failed + count.incomplete > 0
        ? 2
        : 0;
  },
};

/** A change of a rate in percentage points, signed: +59.69 个百分点. */
export function pointsText(change: string | number, locale: Locale): string {
  const n = Number(change);
  const figure = `${n >= 0 ? "+" : ""}${n.toFixed(2)}`;
  return locale === "en" ? `${figure} percentage points` : `${figure} 个百分点`;
}

function consolidationText(c: ConsolidationRow, locale: Locale): string[] {
  const mark = c.status === "differs" ? "✗" : c.status === "agrees" ? "✓" : "?";
  const lines = [`  ${mark} ${c.organ} ${c.year}  ${consolidationMessage(c, locale)}`];
  const terms = consolidationTerms(c, locale);
  if (terms) lines.push(`      ${locale === "en" ? "children" : "下级"}：${terms}`);
  return lines;
}

const list = (value: string | undefined) =>
  value
    ?.split(/[,，]/u)
    .map((v) => v.trim())
    .filter(Boolean);

function consolidationCheck(
  organs: OrganList,
  values: {
    [K in "consolidating-kinds" | "consolidated-kinds" | "consolidation-cells"]?: string | undefined;
  },
): ConsolidationCheck {
  const parentKinds = list(values["consolidating-kinds"]);
  const childKinds = list(values["consolidated-kinds"]);
  const cells = list(values["consolidation-cells"]);
  try {
    return new ConsolidationCheck(organs, {
      ...(parentKinds ? { parentKinds } : {}),
      ...(childKinds ? { childKinds } : {}),
      ...(cells ? { cells } : {}),
    });
  } catch (error) {
    if (!(error instanceof ConsolidationError)) throw error;
    throw new CliError("E_USAGE", {
      zh: `--consolidation-cells：“${error.prefix}”不是表三或表四的数量单元格路径`,
      en: `--consolidation-cells: “${error.prefix}” names no count cell of table 三 or 四`,
    });
  }
}

function textOf(r: RegionRecord, locale: Locale): string {
  const en = locale === "en";
  const mark =
    r.status === "failed" ? "!" : r.documentStatus === "incomplete" ? "?" : r.summary.error ? "✗" : "✓";
  const reading = r.summary.reading ? r.summary.reading.error + r.summary.reading.warning : 0;
  const who = [r.organ, r.year].filter((v) => v !== null).join(" ");
  const pair = r.previousFile ? `  ← ${r.previousFile}` : "";
  const head =
    r.status === "failed"
      ? `${mark} ${r.file}  ${r.error?.message ?? ""}`
      : `${mark} ${r.file}  ${who}${pair}  ${en ? `${r.summary.error} errors, ${r.summary.warning} warnings, ${r.summary.info} infos; ${reading} reading problems` : `错误 ${r.summary.error}，警告 ${r.summary.warning}，提示 ${r.summary.info}；读取问题 ${reading}`}`;
  const lines = [head];
  for (const row of findingRows(r, locale)) {
    if (r.status === "failed") break;
    const [, , , title, severity, origin, cell, message] = row;
    lines.push(`    ${severity}  ${origin}  ${cell}  ${title}`, `      ${message}`);
  }
  return `${lines.join("\n")}\n`;
}
