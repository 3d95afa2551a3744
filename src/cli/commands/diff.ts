import { diffReports } from "../../diff/diff-reports.js";
import { ReportInputError } from "../../diff/errors.js";
import { renderDiffMarkdown } from "../../diff/render-markdown.js";
import { renderDiffText } from "../../diff/render-text.js";
import type { CommandDef } from "../args.js";
import { CliError } from "../errors.js";
import { findingLine } from "../format/text.js";
import { write } from "../io.js";
import { readReportFile } from "../read-file.js";

/** `zfxxgk diff`: two years of one organ, figure by figure. */
export const diffCommand: CommandDef = {
  name: "diff",
  summary: {
    zh: "比较同一机关前后两年的报告（逐项变化与跨年度规则）",
    en: "compare two years of one organ (figure by figure, with the cross-year rules)",
  },
  usage: "<previous> <current>",
  positionals: { min: 2, max: 2 },
  options: {
    changed: {
      type: "boolean",
      description: { zh: "只列出有变化的数字", en: "list only the figures that changed" },
    },
  },
  async run({ values, positionals, locale, io }) {
    const [previousFile, currentFile] = positionals as [string, string];
    const previous = await readReportFile(previousFile, io, locale);
    const current = await readReportFile(currentFile, io, locale);
    let diff: ReturnType<typeof diffReports>;
    try {
      diff = diffReports(previous.input, current.input, { locale });
    } catch (error) {
      if (!(error instanceof ReportInputError)) throw error;
      const file = error.side === "previous" ? previousFile : currentFile;
      const first = error.findings[0];
      const where = first ? findingLine(first, locale) : "";
      throw new CliError("E_PARSE", {
        zh: `${file} 不符合报告格式：${where}`,
        en: `${file} is not a report of either edition: ${where}`,
      });
    }
    const options = { locale, changedOnly: (values.changed as unknown) === true };
    const out =
      values.format === "json"
        ? JSON.stringify(diff, null, 2)
        : values.format === "markdown"
          ? renderDiffMarkdown(diff, options)
          : renderDiffText(diff, options);
    await write(io.stdout, out.endsWith("\n") ? out : `${out}\n`);
    return diff.findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};
