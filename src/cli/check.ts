import { readFileSync } from "node:fs";
import { assignIds, identityOf } from "../config/finding-id.js";
import { applyWaivers, today } from "../config/waivers.js";
import type { Edition } from "../model/edition.js";
import { fieldAt } from "../model/fields.js";
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

/** What every report of a run is checked with. */
export interface CheckSettings {
  locale: Locale;
  /** What the user said of the reports' organ and year (--organ, --year), for files that do not say. */
  organ?: string;
  year?: number;
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

/** The result for input that could not be checked: one line with the reason, no findings. */
export function failed(file: string, error: unknown, locale: Locale, line?: number): FileResult {
  const e = asCliError(error);
  return {
    file,
    ...(line ? { line } : {}),
    kind: null,
    encoding: null,
    status: "failed",
    error: { code: e.code, message: locale === "en" ? e.label.en : e.label.zh },
    valid: null,
    summary: { error: 0, warning: 0, info: 0, waived: 0 },
    findings: [],
    suspects: [],
  };
}

/** Validates a loaded report; never throws. */
export function checkLoaded(
  file: string,
  loaded: Loaded,
  settings: CheckSettings,
  line?: number,
): FileResult {
  try {
    // An importer that could build no report has said why in its findings; validating nothing would
    // only add a "schema" finding that says the same again.
    const result =
      loaded.kind !== "json" && loaded.input === undefined
        ? { findings: [], suspects: [] }
        : validatorOf(settings).validate(
            loaded.input,
            settings.previous !== undefined ? { previous: settings.previous } : {},
          );
    const edition = editionOf(loaded.input);
    const found: Finding<string>[] = loaded.findings;
    if (found.length) {
      // Importer findings get ids and waivers as the rule findings did inside validateReport.
      const identity = identityOf(loaded.input);
      assignIds(found, identity);
      const waivers = settings.config?.waivers;
      if (waivers?.length) found.push(...applyWaivers(found, waivers, identity, today(), settings.locale));
    }
    const findings = [...found, ...result.findings].map((f) => place(f, edition));
    const summary = { error: 0, warning: 0, info: 0, waived: 0 };
    for (const f of findings) {
      if (f.waived) summary.waived += 1;
      else summary[f.severity] += 1;
    }
    const report = header(loaded.input);
    return {
      file,
      ...(line ? { line } : {}),
      kind: loaded.kind,
      encoding: loaded.encoding,
      status: "checked",
      ...(report ? { report } : {}),
      valid: summary.error === 0,
      summary,
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
  reader?: FileLoader,
): Promise<FileResult> {
  let loaded: Loaded;
  try {
    const { organ, year } = settings;
    const options = { ...(organ !== undefined ? { organ } : {}), ...(year !== undefined ? { year } : {}) };
    loaded = reader
      ? await reader.load({ name: file, absolute }, options)
      : await loadBytes(readFileSync(absolute), settings.locale, { filename: file, ...options });
  } catch (error) {
    return failed(file, readError(error), settings.locale);
  }
  return checkLoaded(file, loaded, settings);
}

/** Validates one line of NDJSON input. */
export function checkLine(file: string, line: number, text: string, settings: CheckSettings): FileResult {
  let loaded: Loaded;
  try {
    loaded = loadText(text, "utf-8", settings.locale);
  } catch (error) {
    return failed(file, error, settings.locale, line);
  }
  return checkLoaded(file, loaded, settings, line);
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
