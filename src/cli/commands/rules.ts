import { rules } from "../../rules/catalogue.js";
import type { CommandDef } from "../args.js";
import { write } from "../io.js";
import { SEVERITY_LABELS, say } from "../messages.js";

const cell = (s: string) => s.replace(/\|/g, "\\|");

/** `zfxxgk rules`: the rule catalogue. */
export const rulesCommand: CommandDef = {
  name: "rules",
  summary: { zh: "列出全部规则（规则目录）", en: "list every rule (the catalogue)" },
  usage: "",
  positionals: { min: 0, max: 0 },
  options: {},
  async run({ values, locale, io }) {
    const en = locale === "en";
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
