import type { Suspect } from "../../localise/types.js";
import { setAt } from "../../model/path.js";
import type { AnnualReport } from "../../model/report.js";
import { type ValidationResult, validateReport } from "../../validate/validate.js";
import type { CommandDef, OptionDef } from "../args.js";
import { CliError, EXIT } from "../errors.js";
import { IMPORT_OPTIONS, importOptionsOf } from "../import-options.js";
import { write } from "../io.js";
import { REPORT_FORMS, type ReportForm, writeReport } from "../output/write-report.js";
import { readReportFile } from "../read-file.js";

const options = {
  "accept-suggestions": {
    type: "boolean",
    description: {
      zh: "采用唯一确定的修正建议（有多种修正方式时不采用）",
      en: "accept the suggested corrections that are the only ones (never one of several)",
    },
  },
  to: {
    type: "string",
    choices: [...REPORT_FORMS],
    value: "json|html|markdown|docx",
    default: "json",
    description: {
      zh: "写出修正后报告的格式（默认 json；docx 为填好的 Word 模板）",
      en: "form of the corrected report (default json; docx is the filled-in Word template)",
    },
  },
  out: {
    type: "string",
    value: "FILE",
    description: {
      zh: "写入的文件（默认标准输出；docx 默认为同名 .docx 文件）",
      en: "file to write (default stdout; for docx, the input's name with .docx)",
    },
  },
  ...IMPORT_OPTIONS,
} as const satisfies Record<string, OptionDef>;

/**
 * The corrections `fix` takes: a suspect that is the only correction of its size (no typing slip
 * needed to single it out) and has a value; a cell named by two corrections is left alone.
 */
export function acceptedSuggestions(result: ValidationResult): Suspect[] {
  const sure = result.suspects.filter((s) => !s.ambiguous && s.alternatives === 0);
  const count = new Map<string, number>();
  for (const s of sure) count.set(s.path.join("."), (count.get(s.path.join(".")) ?? 0) + 1);
  return sure.filter((s) => count.get(s.path.join(".")) === 1);
}

/** The report with the suggestions written in, through its JSON form (amounts stay exact strings). */
export function applySuggestions(report: AnnualReport, accepted: readonly Suspect[]): unknown {
  const json = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
  for (const s of accepted) setAt(json, s.path, s.suggested);
  return json;
}

/** `zfxxgk fix`: the report with its sure corrections accepted, written as JSON, a page or Word. */
export const fixCommand: CommandDef<typeof options> = {
  name: "fix",
  summary: {
    zh: "修正报告：列出表格的修正建议，用 --accept-suggestions 采用并写出（可写成 Word 模板）",
    en: "fix a report: list the tables' suggested corrections, accept them with --accept-suggestions and write the result (Word template too)",
  },
  usage: "<file> [--accept-suggestions] [--to json|html|markdown|docx] [--out FILE]",
  positionals: { min: 1, max: 1 },
  options,
  async run({ values, positionals, locale, io }) {
    const file = positionals[0] as string;
    const loaded = await readReportFile(file, io, locale, importOptionsOf(values));
    const before = validateReport(loaded.input, { locale });
    if (!before.report) {
      const first = before.findings[0];
      throw new CliError("E_PARSE", {
        zh: `${file} 不符合报告格式：${first ? first.message : ""}`,
        en: `${file} is not a report of either edition: ${first ? first.message : ""}`,
      });
    }
    const accepted = acceptedSuggestions(before);
    const say = (zh: string, en: string) => write(io.stderr, `${locale === "en" ? en : zh}\n`);
    if (before.suspects.length === 0)
      await say(`${file}：表格没有修正建议。`, `${file}: no suggested corrections.`);
    for (const s of before.suspects) {
      const taken = accepted.includes(s) && values["accept-suggestions"];
      const mark = taken ? (locale === "en" ? "accepted" : "已采用") : locale === "en" ? "suggested" : "建议";
      await write(io.stderr, `  [${mark}] ${s.reason}\n`);
    }
    let report: AnnualReport = before.report;
    let after: ValidationResult = before;
    if (values["accept-suggestions"] && accepted.length > 0) {
      after = validateReport(applySuggestions(before.report, accepted), { locale });
      // A correction that the schema would refuse never replaces the published report.
      if (after.report) report = after.report;
    } else if (accepted.length > 0) {
      await say(
        "用 --accept-suggestions 采用以上唯一确定的修正。",
        "Accept the sure corrections above with --accept-suggestions.",
      );
    }
    const target = await writeReport(report, values.to as ReportForm, file, values.out, io);
    if (target) await say(`已写入 ${target}`, `wrote ${target}`);
    const errors = after.findings.filter((f) => f.severity === "error" && !f.waived).length;
    if (errors > 0)
      await say(`仍有 ${errors} 个错误需要人工修正。`, `${errors} errors remain to be fixed by hand.`);
    return errors > 0 ? EXIT.findings : EXIT.ok;
  },
};
