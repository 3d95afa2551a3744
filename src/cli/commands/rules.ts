import { compileConfig } from "../../config/config.js";
import { rules as catalogue } from "../../rules/catalogue.js";
import type { Rule } from "../../rules/types.js";
import type { CommandDef } from "../args.js";
import { readConfigFile, settle } from "../config-file.js";
import { write } from "../io.js";
import { SEVERITY_LABELS, say } from "../messages.js";

const cell = (s: string) => s.replace(/\|/g, "\\|");

/** `zfxxgk rules`: the rule catalogue. */
export const rulesCommand: CommandDef = {
  name: "rules",
  summary: { zh: "列出全部规则（规则目录）", en: "list every rule (the catalogue)" },
  usage: "[--config FILE]",
  positionals: { min: 0, max: 0 },
  options: {
    config: {
      type: "string",
      value: "FILE",
      description: {
        zh: "按配置文件列出（含自定义规则与配置的级别）",
        en: "list as configured (custom rules and configured levels included)",
      },
    },
  },
  async run({ values, locale, io }) {
    const en = locale === "en";
    let rules: readonly Rule[] = catalogue;
    if (values.config !== undefined) {
      const config = settle(await readConfigFile(values.config, io), {}, []);
      // Rules turned off are left out: the list is what a run with this configuration checks.
      rules = compileConfig(config).rules;
    }
    let out: string;
    if (values.format === "json") {
      const list = rules.map(({ check: _check, ...meta }) => meta);
      out = `${JSON.stringify(list, null, 2)}\n`;
    } else if (values.format === "markdown") {
      const head = en
        ? "| id | title | severity | editions | basis |"
        : "| id | 名称 | 严重程度 | 适用格式 | 依据 |";
      const rows = rules.map(
        (r) =>
          `| \`${r.id}\` | ${cell(en ? r.title.en : r.title.zh)} | ${say(SEVERITY_LABELS[r.severity], locale)} | ${r.editions.join(", ")} | ${cell(en ? r.basis.en : r.basis.zh)} |`,
      );
      out = `${[head, "| --- | --- | --- | --- | --- |", ...rows].join("\n")}\n`;
    } else {
      const width = Math.max(...rules.map((r) => r.id.length));
      out = `${rules
        .map((r) => {
          const severity = say(SEVERITY_LABELS[r.severity], locale);
          return `${r.id.padEnd(width)}  ${severity}  [${r.editions.join(",")}]  ${en ? r.title.en : r.title.zh}`;
        })
        .join("\n")}\n`;
    }
    await write(io.stdout, out);
    return 0;
  },
};
