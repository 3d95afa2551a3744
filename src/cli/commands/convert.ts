import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { validateReport } from "../../validate/validate.js";
import type { CommandDef } from "../args.js";
import { CliError } from "../errors.js";
import { write } from "../io.js";
import { loadBytes } from "../load.js";

/** `zfxxgk convert`: a report in another form. */
export const convertCommand: CommandDef = {
  name: "convert",
  summary: {
    zh: "转换报告：JSON、HTML 网页或文本 → 规范 JSON、HTML 或 Markdown 表格",
    en: "convert a report: JSON, HTML page or text → canonical JSON, HTML or Markdown tables",
  },
  usage: "<file> --to json|html|markdown",
  positionals: { min: 1, max: 1 },
  options: {
    to: {
      type: "string",
      choices: ["json", "html", "markdown"],
      value: "json|html|markdown",
      default: "json",
      description: { zh: "目标格式（默认 json）", en: "target form (default json)" },
    },
  },
  async run({ values, positionals, locale, io }) {
    const file = positionals[0] as string;
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(io.cwd, file));
    } catch {
      throw new CliError("E_READ", { zh: `无法读取 ${file}`, en: `cannot read ${file}` });
    }
    const loaded = loadBytes(bytes);
    // WIRING: once src/render lands, `html` → renderHtml(report), `markdown` → renderMarkdown(report).
    if (values.to !== "json") {
      throw new CliError("E_NOT_AVAILABLE", {
        zh: `本版本尚不能输出 ${values.to}（渲染器尚未合入）`,
        en: `this build cannot write ${values.to} yet (the renderers have not landed)`,
      });
    }
    const result = validateReport(loaded.input, { locale, rules: { include: [] } });
    if (!result.report) {
      const first = result.findings[0];
      throw new CliError("E_PARSE", {
        zh: `${file} 不符合报告格式：${first ? `${first.path.join(".")} ${first.message}` : ""}`,
        en: `${file} is not a report of either edition: ${first ? `${first.path.join(".")} ${first.message}` : ""}`,
      });
    }
    await write(io.stdout, `${JSON.stringify(result.report, null, 2)}\n`);
    return 0;
  },
};
