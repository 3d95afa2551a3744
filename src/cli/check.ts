import { readFileSync } from "node:fs";
import { IMPORT_MESSAGES } from "../import/messages.js";
import type { Edition } from "../model/edition.js";
import { fieldAt } from "../model/fields.js";
import type { Label } from "../model/label.js";
import { renderTemplate } from "../rules/format.js";
import type { Finding, Locale } from "../rules/types.js";
import { createValidator, type Validator } from "../validate/validate.js";
import type { CliConfig } from "./config-file.js";
import { asCliError, CliError } from "./errors.js";
import { type Loaded, type LoadOptions, loadBytes, loadText } from "./load.js";
import type { FileResult, OutputFinding } from "./output-schema.js";

/** Reads a file for a check elsewhere than here (PDF and Word files in a reading thread). */
export interface FileLoader {
  load(ref: { name: string; absolute: string }, options: Omit<LoadOptions, "filename">): Promise<Loaded>;
}

/** Checks a report already read: here by default, or in a checking thread (custom rules, --rule-timeout). */
export type Checker = (file: string, loaded: Loaded, found?: boolean) => FileResult | Promise<FileResult>;

/** What every report of a run is checked with. */
export interface CheckSettings {
  locale: Locale;
  /** What the user said of the reports' organ and year (--organ, --year), for files that do not say. */
  organ?: string;
  year?: number;
  /** `--no-ocr`: scans are not read by OCR. */
  ocr?: boolean;
  /** In a worker thread: tells the pool that OCR was granted more reading time (never crosses threads). */
  onOcrStart?: NonNullable<LoadOptions["onOcrStart"]>;
  /** Last year's report as JSON carries it. */
  previous?: unknown;
  /** `--config`, `--rule` and `--baseline`, merged and checked. */
  config?: CliConfig;
}

// One validator per settings object: the configuration is compiled once per run (and per worker).
const validators = new WeakMap<CheckSettings, Validator<string>>();
function validatorOf(settings: CheckSettings): Validator<string> {
  let validator = validators.get(settings);
  if (!validator) {
    validator = createValidator({ ...settings.config, locale: settings.locale });
    validators.set(settings, validator);
  }
  return validator;
}

// Tables by the first path segment, for findings whose path is not a leaf (e.g. "sections", "proactive").
const TABLE_OF_ROOT: Record<string, OutputFinding["table"]> = {
  proactive: "二",
  requests: "三",
  appeals: "四",
  sections: "sections",
};

function editionOf(input: unknown): Edition | undefined {
  const edition = (input as { edition?: unknown } | null)?.edition;
  return edition === "2019" || edition === "2021" ? edition : undefined;
}

function place(finding: Finding<string>, edition: Edition | undefined): OutputFinding {
  const field = edition ? fieldAt(edition, finding.path) : undefined;
  const root = finding.path[0];
  const table =
    field?.table ??
    (typeof root === "string" ? (TABLE_OF_ROOT[root] ?? (finding.path.length ? "meta" : null)) : null);
  return { id: finding.id ?? "", ...finding, table, label: field ? field.label : null };
}

function header(input: unknown): FileResult["report"] {
  if (typeof input !== "object" || input === null) return undefined;
  const { organ, year, edition } = input as Record<string, unknown>;
  const out: NonNullable<FileResult["report"]> = {};
  if (typeof organ === "string") out.organ = organ;
  if (typeof year === "number") out.year = year;
  if (typeof edition === "string") out.edition = edition;
  return out;
}

const NO_COUNTS = { error: 0, warning: 0, info: 0, waived: 0, reading: { error: 0, warning: 0, info: 0 } };

/** The result for input that could not be checked: one line with the reason, no findings. */
export function failed(
  file: string,
  error: unknown,
  locale: Locale,
  line?: number,
  documentStatus: "unreadable" | "not-a-report" = "unreadable",
): FileResult {
  const e = asCliError(error);
  return {
    file,
    ...(line ? { line } : {}),
    kind: null,
    encoding: null,
    status: "failed",
    documentStatus,
    error: { code: e.code, message: locale === "en" ? e.label.en : e.label.zh },
    valid: null,
    summary: structuredClone(NO_COUNTS),
    findings: [],
    suspects: [],
  };
}

const REPORT_KEYS = ["edition", "organ", "proactive", "requests", "appeals"];

// JSON with none of a report's keys (a package.json, a data file) is no report, not a broken one.
function noReportJson(input: unknown): boolean {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return true;
  return !REPORT_KEYS.some((k) => k in input);
}

// The importer built no report: a file met in a folder is then not a report; one named is unreadable.
function noReport(file: string, loaded: Loaded, settings: CheckSettings, line?: number, found?: boolean) {
  const first = loaded.findings.find((f) => f.ruleId !== "import.no-tables") ?? loaded.findings[0];
  const label = {
    zh: `没有读出年度报告的统计表${first ? `：${renderFinding(first, "zh-CN")}` : ""}`,
    en: `no table of an annual report was read${first ? `: ${renderFinding(first, "en")}` : ""}`,
  };
  const result = failed(
    file,
    new CliError("E_NOT_REPORT", label),
    settings.locale,
    line,
    found ? "not-a-report" : "unreadable",
  );
  return { ...result, kind: loaded.kind, encoding: loaded.encoding };
}

function renderFinding(f: Finding<string>, locale: Locale): string {
  const spec = (IMPORT_MESSAGES as Record<string, Label>)[f.ruleId];
  return spec ? renderTemplate(locale === "en" ? spec.en : spec.zh, f.data, locale) : f.message;
}

/** Validates a loaded report; never throws. `found`: the file was met in a folder, not named. */
export function checkLoaded(
  file: string,
  loaded: Loaded,
  settings: CheckSettings,
  line?: number,
  found?: boolean,
): FileResult {
  try {
    if (loaded.kind !== "json" && loaded.input === undefined)
      return noReport(file, loaded, settings, line, found);
    if (found && loaded.kind === "json" && noReportJson(loaded.input))
      return failed(
        file,
        new CliError("E_NOT_REPORT", { zh: "JSON 文件不是年度报告", en: "the JSON file is not a report" }),
        settings.locale,
        line,
        "not-a-report",
      );
    const reading = loaded.findings.length
      ? { reading: { findings: loaded.findings, ...(loaded.sources ? { sources: loaded.sources } : {}) } }
      : {};
    const result = validatorOf(settings).validate(loaded.input, {
      ...(settings.previous !== undefined ? { previous: settings.previous } : {}),
      ...reading,
    });
    const edition = editionOf(loaded.input);
    const findings = result.findings.map((f) => place(f, edition));
    const report = header(loaded.input);
    return {
      file,
      ...(line ? { line } : {}),
      kind: loaded.kind,
      encoding: loaded.encoding,
      status: "checked",
      documentStatus: result.status,
      ...(report ? { report } : {}),
      valid: result.valid,
      summary: result.summary,
      findings,
      suspects: result.suspects.map(({ path, reported, suggested, reason, slip, ambiguous }) => ({
        path,
        reported,
        suggested,
        reason,
        slip,
        ambiguous,
      })),
    };
  } catch (error) {
    return failed(file, error, settings.locale, line);
  }
}

/** Reads, decodes, detects and validates one file; an unreadable file is a failed result, never a rejection. */
export async function checkFile(
  file: string,
  absolute: string,
  settings: CheckSettings,
  found?: boolean,
  reader?: FileLoader,
  checker?: Checker,
): Promise<FileResult> {
  let loaded: Loaded;
  try {
    const { organ, year, ocr } = settings;
    const options = {
      outline: true,
      ...(organ !== undefined ? { organ } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(ocr === false ? { ocr } : {}),
    };
    const { onOcrStart } = settings;
    loaded = reader
      ? await reader.load({ name: file, absolute }, options)
      : await loadBytes(readFileSync(absolute), settings.locale, {
          filename: file,
          ...options,
          ...(onOcrStart ? { onOcrStart } : {}),
        });
  } catch (error) {
    return failed(file, readError(error), settings.locale);
  }
  return checker ? checker(file, loaded, found) : checkLoaded(file, loaded, settings, undefined, found);
}

/** Validates one line of NDJSON input. */
export function checkLine(
  file: string,
  line: number,
  text: string,
  settings: CheckSettings,
  checker?: Checker,
): FileResult | Promise<FileResult> {
  let loaded: Loaded;
  try {
    loaded = loadText(text, "utf-8", settings.locale);
  } catch (error) {
    return failed(file, error, settings.locale, line);
  }
  if (!checker) return checkLoaded(file, loaded, settings, line);
  return Promise.resolve(checker(file, loaded)).then((result) => ({ ...result, line }));
}

/** An error of reading a file as the CLI says it: the reason (no such file, no permission) in words. */
export function readError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (!code || error instanceof CliError) return error;
  const reason: Record<string, [string, string]> = {
    ENOENT: ["文件不存在", "no such file"],
    EACCES: ["没有读取权限", "permission denied"],
    EISDIR: ["是文件夹", "is a folder"],
  };
  const [zh, en] = reason[code] ?? [code, code];
  return new CliError("E_READ", {
    zh: `无法读取：${zh}`,
    en: `cannot read: ${en}`,
  });
}
