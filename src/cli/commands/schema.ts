import type { Edition } from "../../model/edition.js";
import { toJsonSchema } from "../../schema/json-schema.js";
import type { CommandDef } from "../args.js";
import { write } from "../io.js";

/** `zfxxgk schema`: the JSON Schema of a report. */
export const schemaCommand: CommandDef = {
  name: "schema",
  summary: {
    zh: "输出报告的 JSON Schema（draft 2020-12）",
    en: "print the JSON Schema of a report (draft 2020-12)",
  },
  usage: "[--edition 2019|2021]",
  positionals: { min: 0, max: 0 },
  options: {
    edition: {
      type: "string",
      choices: ["2019", "2021"],
      value: "2019|2021",
      description: { zh: "只要某一版格式（默认两版皆可）", en: "one edition only (default: either)" },
    },
  },
  async run({ values, io }) {
    const edition = values.edition as Edition | undefined;
    await write(io.stdout, `${JSON.stringify(toJsonSchema(edition), null, 2)}\n`);
    return 0;
  },
};
