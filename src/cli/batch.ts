import { type CheckSettings, checkFile, checkLine } from "./check.js";
import { paint } from "./color.js";
import { renderMarkdown } from "./format/markdown.js";
import { renderText } from "./format/text.js";
import type { FileResult } from "./output-schema.js";

export type Format = "text" | "json" | "markdown";

/** Everything a worker needs to check and render reports on its own. */
export interface RunSettings extends CheckSettings {
  format: Format;
  color: boolean;
}

/** A unit of work sent to a worker: a few files, or a few lines of an NDJSON stream. */
export type Task =
  | { kind: "files"; files: { name: string; absolute: string }[] }
  | { kind: "lines"; file: string; first: number; lines: string[] };

/** What the summary needs of one report. */
export interface Tally {
  failed: boolean;
  valid: boolean;
  error: number;
  warning: number;
  info: number;
  byRule: Record<string, number>;
}

/** One report, already rendered: workers send strings, not findings, so the main thread only writes. */
export interface Item {
  out: string;
  tally: Tally;
}

function tally(result: FileResult): Tally {
  const byRule: Record<string, number> = {};
  for (const f of result.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  return { failed: result.status === "failed", valid: result.valid === true, ...result.summary, byRule };
}

function render(result: FileResult, settings: RunSettings): string {
  if (settings.format === "json") return JSON.stringify(result);
  if (settings.format === "markdown") return renderMarkdown(result, settings.locale);
  return renderText(result, settings.locale, paint(settings.color));
}

/** Checks and renders the reports of one task; never rejects. */
export async function runTask(task: Task, settings: RunSettings): Promise<Item[]> {
  const results =
    task.kind === "files"
      ? await Promise.all(task.files.map((f) => checkFile(f.name, f.absolute, settings)))
      : task.lines.flatMap((text, i) =>
          text.trim() === "" ? [] : [checkLine(task.file, task.first + i, text, settings)],
        );
  return results.map((r) => ({ out: render(r, settings), tally: tally(r) }));
}
