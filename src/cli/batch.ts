import { type Checker, type CheckSettings, checkFile, checkLine, type FileLoader, failed } from "./check.js";
import { paint } from "./color.js";
import type { BaselineEntry } from "./config-file.js";
import { CliError } from "./errors.js";
import type { FileRef } from "./files.js";
import { renderMarkdown } from "./format/markdown.js";
import { renderText } from "./format/text.js";
import type { FileResult } from "./output-schema.js";
import type { RuleModule } from "./rule-guard.js";

export type Format = "text" | "json" | "markdown";

/** Everything a worker needs to check and render reports on its own. */
export interface RunSettings extends CheckSettings {
  format: Format;
  color: boolean;
  /** `--write-baseline`: each item also carries its findings' ids. */
  collectIds?: boolean;
  /** In a checking thread: the `--config` module to import again, for its custom rules. */
  ruleModule?: RuleModule;
}

/** A unit of work sent to a worker: a few files, or a few lines of an NDJSON stream. */
export type Task =
  | { kind: "files"; files: FileRef[] }
  | { kind: "lines"; file: string; first: number; lines: string[] };

/** What the summary needs of one report. */
export interface Tally {
  file: string;
  status: FileResult["documentStatus"];
  error: number;
  warning: number;
  info: number;
  reading: { error: number; warning: number; info: number };
  byRule: Record<string, number>;
  /** With `collectIds`: every finding for the baseline. */
  found?: BaselineEntry[];
}

/** One report, already rendered: workers send strings, not findings, so the main thread only writes. */
export interface Item {
  out: string;
  tally: Tally;
}

function tally(result: FileResult, collectIds: boolean | undefined): Tally {
  const byRule: Record<string, number> = {};
  for (const f of result.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  const { error, warning, info, reading } = result.summary;
  const out: Tally = {
    file: result.line ? `${result.file}:${result.line}` : result.file,
    status: result.documentStatus,
    error,
    warning,
    info,
    reading,
    byRule,
  };
  if (collectIds) {
    const organ = result.report?.organ;
    out.found = result.findings
      .filter((f) => f.ruleId !== "config" && f.ruleId !== "internal")
      .map((f) => ({ id: f.id, rule: f.ruleId, file: result.file, ...(organ ? { organ } : {}) }));
  }
  return out;
}

function render(result: FileResult, settings: RunSettings): string {
  if (settings.format === "json") return JSON.stringify(result);
  if (settings.format === "markdown") return renderMarkdown(result, settings.locale);
  return renderText(result, settings.locale, paint(settings.color));
}

// One report, checked and rendered; whatever goes wrong (even rendering) is that report's one line.
async function item(
  file: string,
  line: number | undefined,
  check: () => FileResult | Promise<FileResult>,
  settings: RunSettings,
): Promise<Item> {
  try {
    const result = await check();
    return { out: render(result, settings), tally: tally(result, settings.collectIds) };
  } catch (error) {
    const result = failed(file, error, settings.locale, line);
    return { out: render(result, settings), tally: tally(result, settings.collectIds) };
  }
}

function checkRef(
  ref: FileRef,
  settings: RunSettings,
  reader?: FileLoader,
  checker?: Checker,
): FileResult | Promise<FileResult> {
  if (ref.unreadable) return failed(ref.name, new CliError("E_READ", ref.unreadable), settings.locale);
  return checkFile(ref.name, ref.absolute, settings, ref.found, reader, checker);
}

/** The items of a task that could not run at all (its worker died under it): one failure per report. */
export function failedTask(task: Task, error: unknown, settings: RunSettings): Item[] {
  const results =
    task.kind === "files"
      ? task.files.map((f) => failed(f.name, error, settings.locale))
      : task.lines.flatMap((text, i) =>
          text.trim() === "" ? [] : [failed(task.file, error, settings.locale, task.first + i)],
        );
  return results.map((result) => ({
    out: render(result, settings),
    tally: tally(result, settings.collectIds),
  }));
}

/**
 * Checks and renders the reports of one task; never rejects, and one bad report never ends the task.
 * `reader` reads the files elsewhere (PDF and Word files in reading threads); by default, here.
 */
export async function runTask(
  task: Task,
  settings: RunSettings,
  reader?: FileLoader,
  checker?: Checker,
): Promise<Item[]> {
  if (task.kind === "files")
    return Promise.all(
      task.files.map((f) => item(f.name, undefined, () => checkRef(f, settings, reader, checker), settings)),
    );
  const items: Item[] = [];
  for (const [i, text] of task.lines.entries()) {
    if (text.trim() === "") continue;
    const line = task.first + i;
    items.push(
      await item(task.file, line, () => checkLine(task.file, line, text, settings, checker), settings),
    );
  }
  return items;
}
