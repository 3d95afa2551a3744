import { validateReport } from "../../validate/validate.js";
import type { CommandDef, OptionDef } from "../args.js";
import { CliError } from "../errors.js";
import { editionOf, findingLine } from "../format/text.js";
import { IMPORT_OPTIONS, importOptionsOf } from "../import-options.js";
import { write } from "../io.js";
import { REPORT_FORMS, type ReportForm, writeReport } from "../output/write-report.js";
import { readReportFile } from "../read-file.js";

const options = {
  to: {
    type: "string",
    choices: [...REPORT_FORMS],
    value: "json|html|markdown|docx",
    default: "json",
    description: {
      zh: "目标格式（默认 json；docx 为填好的 Word 模板）",
      en: "target form (default json; docx is the filled-in Word template)",
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
  fragment: {
    type: "boolean",
    description: {
      zh: "--to html 时只输出报告的 <article> 片段（默认输出带 utf-8 编码声明的完整网页）",
      en: "with --to html, write only the report's <article> fragment (default: a whole page declaring utf-8)",
    },
  },
  ...IMPORT_OPTIONS,
} as const satisfies Record<string, OptionDef>;

/** `zfxxgk convert`: a report in another form. */
export const convertCommand: CommandDef<typeof options> = {
  name: "convert",
  summary: {
    zh: "转换报告：PDF、Word、JSON、HTML 网页或文本 → 规范 JSON、HTML、Markdown 表格或 Word 模板",
    en: "convert a report: PDF, Word, JSON, HTML page or text → canonical JSON, HTML, Markdown tables or the Word template",
  },
  usage: "<file> --to json|html|markdown|docx [--fragment] [--out FILE] [--organ NAME] [--year YEAR]",
  positionals: { min: 1, max: 1 },
  options,
  async run({ values, positionals, locale, io }) {
    const file = positionals[0] as string;
    const loaded = await readReportFile(file, io, locale, importOptionsOf(values));
    // What the importer could not decide (ambiguous columns, converted units) goes to stderr, so the
    // converted report on stdout stays clean and nothing is dropped silently.
    for (const f of loaded.findings) {
      await write(io.stderr, `${file}: ${findingLine(f, locale, editionOf(loaded.input))}\n`);
    }
    const result = validateReport(loaded.input, { locale, rules: { include: [] } });
    if (!result.report) {
      const first = result.findings[0];
      throw new CliError("E_PARSE", {
        zh: `${file} 不符合报告格式：${first ? findingLine(first, locale) : ""}`,
        en: `${file} is not a report of either edition: ${first ? findingLine(first, locale) : ""}`,
      });
    }
    const target = await writeReport(result.report, values.to as ReportForm, file, values.out, io, {
      fragment: (values.fragment as unknown) === true,
    });
    if (target) await write(io.stderr, locale === "en" ? `wrote ${target}\n` : `已写入 ${target}\n`);
    return 0;
  },
};
