import { writeFileSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import type { AnnualReport } from "../../model/report.js";
import { renderHtml, renderHtmlDocument } from "../../render/html.js";
import { renderMarkdown } from "../../render/markdown.js";
import { CliError } from "../errors.js";
import { type Io, write } from "../io.js";

/** The forms a report can be written in by `convert` and `fix`. */
export const REPORT_FORMS = ["json", "html", "markdown", "docx"] as const;
export type ReportForm = (typeof REPORT_FORMS)[number];

// Word is a binary file: it goes to --out, or beside the input's name in the current folder, never
// over the input itself.
function docxTarget(input: string, out: string | undefined, io: Io): string {
  if (out) return resolve(io.cwd, out);
  const stem = basename(input, extname(input)) || "report";
  const target = resolve(io.cwd, `${stem}.docx`);
  return target === resolve(io.cwd, input) ? resolve(io.cwd, `${stem}.zfxxgk.docx`) : target;
}

/**
 * Writes a report as JSON, HTML (a whole document, or with `fragment` the bare article), Markdown (to
 * --out or stdout) or as the office's Word template (to --out, or `<name>.docx`); returns the file
 * written, if any.
 */
export async function writeReport(
  report: AnnualReport,
  form: ReportForm,
  input: string,
  out: string | undefined,
  io: Io,
  options: { fragment?: boolean } = {},
): Promise<string | undefined> {
  if (form === "docx") {
    // Loaded here only: the template and the zip writer are the Word entry's, not every command's.
    const { renderDocx } = await import("../../render/docx/render-docx.js");
    const target = docxTarget(input, out, io);
    try {
      writeFileSync(target, renderDocx(report));
    } catch {
      throw new CliError("E_READ", { zh: `无法写入 ${target}`, en: `cannot write ${target}` });
    }
    return target;
  }
  const text =
    form === "html"
      ? options.fragment
        ? renderHtml(report)
        : renderHtmlDocument(report)
      : form === "markdown"
        ? renderMarkdown(report)
        : JSON.stringify(report, null, 2);
  const body = text.endsWith("\n") ? text : `${text}\n`;
  if (out === undefined) {
    await write(io.stdout, body);
    return undefined;
  }
  const target = resolve(io.cwd, out);
  try {
    writeFileSync(target, body);
  } catch {
    throw new CliError("E_READ", { zh: `无法写入 ${target}`, en: `cannot write ${target}` });
  }
  return target;
}
