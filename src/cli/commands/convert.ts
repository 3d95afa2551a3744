import { renderHtml } from "../../render/html.js";
import { renderMarkdown } from "../../render/markdown.js";
import { validateReport } from "../../validate/validate.js";
import type { CommandDef, OptionDef } from "../args.js";
import { CliError } from "../errors.js";
import { IMPORT_OPTIONS, importOptionsOf } from "../import-options.js";
import { write } from "../io.js";
import { readReportFile } from "../read-file.js";

const options = {
  to: {
    type: "string",
    choices: ["json", "html", "markdown"],
    value: "json|html|markdown",
    default: "json",
    description: { zh: "目标格式（默认 json）", en: "target form (default json)" },
  },
  ...IMPORT_OPTIONS,
} as const satisfies Record<string, OptionDef>;

/** `zfxxgk convert`: a report in another form. */
export const convertCommand: CommandDef<typeof options> = {
  name: "convert",
  summary: {
    zh: "转换报告：PDF、Word、JSON、HTML 网页或文本 → 规范 JSON、HTML 或 Markdown 表格",
    en: "convert a report: PDF, Word, JSON, HTML page or text → canonical JSON, HTML or Markdown tables",
  },
  usage: "<file> --to json|html|markdown [--organ NAME] [--year YEAR]",
  positionals: { min: 1, max: 1 },
  options,
  async run({ values, positionals, locale, io }) {
    const file = positionals[0] as string;
    const loaded = await readReportFile(file, io, locale, importOptionsOf(values));
    // What the importer could not decide (ambiguous columns, converted units) goes to stderr, so the
    // converted report on stdout stays clean and nothing is dropped silently.
    for (const f of loaded.findings) {
      await write(io.stderr, `${file}: [${f.severity}] ${f.ruleId} ${f.path.join(".")} ${f.message}\n`);
    }
    const result = validateReport(loaded.input, { locale, rules: { include: [] } });
    if (!result.report) {
      const first = result.findings[0];
      throw new CliError("E_PARSE", {
        zh: `${file} 不符合报告格式：${first ? `${first.path.join(".")} ${first.message}` : ""}`,
        en: `${file} is not a report of either edition: ${first ? `${first.path.join(".")} ${first.message}` : ""}`,
      });
    }
    const out =
      values.to === "html"
        ? renderHtml(result.report)
        : values.to === "markdown"
          ? renderMarkdown(result.report)
          : JSON.stringify(result.report, null, 2);
    await write(io.stdout, out.endsWith("\n") ? out : `${out}\n`);
    return 0;
  },
};
