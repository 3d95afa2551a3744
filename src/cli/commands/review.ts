import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { AnnualReport } from "../../model/report.js";
import { reportHead } from "../../region/check.js";
import { ConsolidationCheck } from "../../region/consolidation.js";
import {
  type ReviewIndexEntry,
  renderReviewIndex,
  reviewIndexEntry,
} from "../../render/review/index-page.js";
import { renderReview } from "../../render/review/render-review.js";
import { type ValidationResult, validateReport } from "../../validate/validate.js";
import type { CommandDef } from "../args.js";
import { DocumentReader, inOrder, READING_OPTIONS, readingOf } from "../documents.js";
import { asCliError, CliError, EXIT } from "../errors.js";
import { collectFiles } from "../files.js";
import { IMPORT_OPTIONS, importOptionsOf } from "../import-options.js";
import { write } from "../io.js";
import type { Loaded, LoadOptions } from "../load.js";
import { readReportFile } from "../read-file.js";
import { readOrgans } from "./region.js";

interface Read {
  file: string;
  loaded?: Loaded;
  error?: CliError;
  result?: ValidationResult;
  page?: string;
}

// A page name from the file's own name (not its folders): unsafe characters replaced, duplicates numbered.
function pageName(file: string, taken: Set<string>): string {
  const stem =
    (file.split(/[\\/]/).pop() ?? "")
      .replace(/\.[^.]+$/, "")
      .replace(/[^\p{L}\p{N}._-]+/gu, "-")
      .replace(/^[.-]+|-+$/g, "") || "report";
  let name = `${stem}.html`;
  for (let n = 2; taken.has(name.toLowerCase()) || name === "index.html"; n++) name = `${stem}-${n}.html`;
  taken.add(name.toLowerCase());
  return name;
}

async function readOne(
  reader: DocumentReader,
  absolute: string,
  file: string,
  given: Omit<LoadOptions, "filename">,
): Promise<Read> {
  try {
    return { file, loaded: await reader.load({ name: file, absolute }, given) };
  } catch (error) {
    return { file, error: asCliError(error) };
  }
}

// Earlier reports of the same organ among the files given: the year before is last year's report.
function earlierOf(report: AnnualReport | undefined, all: readonly Read[]): AnnualReport[] {
  if (!report) return [];
  return all
    .map((r) => r.result?.report)
    .filter((r): r is AnnualReport => !!r && r.organ === report.organ && r.year < report.year);
}

/** `zfxxgk review`: one self-contained review page per report, and an index page for several. */
export const reviewCommand: CommandDef = {
  name: "review",
  summary: {
    zh: "为每份报告生成审阅网页（官方表格上标出错误单元格），多份时另生成索引页",
    en: "write a review page per report (the official tables with wrong cells marked), and an index for several",
  },
  usage:
    "<file|dir>... --out DIR [--previous FILE] [--organs organs.csv] [--organ NAME] [--year YEAR] [--jobs N] [--read-timeout SECONDS]",
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  options: {
    out: {
      type: "string",
      value: "DIR",
      description: { zh: "写入网页的文件夹（必填）", en: "folder to write the pages to (required)" },
    },
    organs: {
      type: "string",
      value: "organs.csv",
      description: {
        zh: "本地区机关名单（含上级机关、机关类型）：在索引页核对汇总报告是否等于下级机关报告之和",
        en: "the region's list of organs (with parents and kinds): the index checks that consolidated reports add up",
      },
    },
    previous: {
      type: "string",
      value: "FILE",
      description: {
        zh: "上一年度的报告：启用跨年度规则并加入逐项比较（同一机关的更早报告也会自动使用）",
        en: "last year's report: cross-year rules and the year-over-year table (earlier reports of the same organ among the files are used too)",
      },
    },
    ...IMPORT_OPTIONS,
    ...READING_OPTIONS,
  },
  async run({ values, positionals, locale, io }) {
    const out = values.out as string | undefined;
    if (!out) {
      throw new CliError("E_USAGE", { zh: "需要 --out DIR", en: "--out DIR is required" });
    }
    const given = importOptionsOf(values as { organ?: string; year?: string });
    const organs = values.organs === undefined ? undefined : readOrgans(values.organs as string, io);
    const previousFile = values.previous as string | undefined;
    const previous = previousFile ? (await readReportFile(previousFile, io, locale)).input : undefined;
    const files = collectFiles(positionals, io.cwd);
    if (files.length === 0) {
      throw new CliError("E_READ", { zh: "没有找到报告文件", en: "no report files found" });
    }
    const { threads, timeoutMs } = readingOf(values as Record<string, string | undefined>);
    const reader = new DocumentReader(io, locale, threads, timeoutMs);
    const reads: Read[] = [];
    try {
      for await (const read of inOrder(files, threads * 2, (f) =>
        readOne(reader, f.absolute, f.name, { ...given, outline: true }),
      ))
        reads.push(read);
    } finally {
      await reader.close();
    }
    // First pass without the neighbours, to learn organs and years; then again with last year's report.
    const readingFrom = (loaded: Loaded) => ({
      findings: loaded.findings,
      ...(loaded.sources ? { sources: loaded.sources } : {}),
    });
    for (const r of reads)
      if (r.loaded) r.result = validateReport(r.loaded.input, { locale, reading: readingFrom(r.loaded) });
    const parsed = new Map(reads.map((r) => [r, r.result?.report]));
    const dir = resolve(io.cwd, out);
    mkdirSync(dir, { recursive: true });
    const taken = new Set<string>();
    const entries: ReviewIndexEntry[] = [];
    for (const r of reads) {
      if (r.loaded && r.loaded.input === undefined) {
        const first = r.loaded.findings[0];
        r.error = new CliError("E_PARSE", {
          zh: `没有读出报告表格${first ? `：${first.message}` : ""}`,
          en: `no report tables found${first ? `: ${first.message}` : ""}`,
        });
      }
      if (!r.loaded || !r.result || r.loaded.input === undefined) {
        const message = locale === "en" ? r.error?.label.en : r.error?.label.zh;
        await write(io.stderr, `${r.file}: ${message ?? ""}\n`);
        entries.push({
          file: r.file,
          status: "unreadable",
          errors: 0,
          warnings: 0,
          suspects: 0,
          ...(message ? { message } : {}),
        });
        continue;
      }
      const report = parsed.get(r);
      const earlier = earlierOf(report, reads);
      const lastYear = previous ?? earlier.find((e) => report && e.year === report.year - 1);
      const input = r.loaded.input;
      if (lastYear !== undefined)
        r.result = validateReport(input, { locale, previous: lastYear, reading: readingFrom(r.loaded) });
      const page = pageName(r.file, taken);
      const series = [...(previous === undefined ? [] : [previous]), ...earlier];
      // The importer's findings are in the result already, as reading problems.
      const html = renderReview(r.result, {
        locale,
        source: r.file,
        ...(series.length ? { previous: series } : {}),
      });
      writeFileSync(join(dir, page), html);
      await write(io.stdout, `${join(out, page)}\n`);
      entries.push(reviewIndexEntry(r.result, r.file, page));
    }
    if (reads.length > 1) {
      const consolidation = organs ? new ConsolidationCheck(organs) : undefined;
      for (const r of reads)
        if (consolidation && r.loaded?.input !== undefined)
          consolidation.add(reportHead(r.file, r.loaded.input, organs), r.loaded.input);
      writeFileSync(
        join(dir, "index.html"),
        renderReviewIndex(entries, {
          locale,
          ...(consolidation ? { consolidation: consolidation.rows() } : {}),
        }),
      );
      await write(io.stdout, `${join(out, "index.html")}\n`);
    }
    // As `validate`: errors of a report read whole first, then unreadable or incompletely read files.
    if (entries.some((e) => e.status === "errors")) return EXIT.findings;
    return entries.some((e) => e.status === "unreadable" || e.status === "incomplete")
      ? EXIT.failure
      : EXIT.ok;
  },
};
