import type { OptionDef } from "./args.js";
import { CliError } from "./errors.js";
import type { LoadOptions } from "./load.js";

/** What the user can tell about reports whose files do not say it (read from PDF, Word, HTML or text). */
export const IMPORT_OPTIONS = {
  organ: {
    type: "string",
    value: "NAME",
    description: {
      zh: "报告主体（机关名称），用于文件中读不出的情形",
      en: "the reporting organ, for files that do not state it",
    },
  },
  year: {
    type: "string",
    value: "YEAR",
    description: {
      zh: "报告年度，用于文件中读不出的情形",
      en: "the reporting year, for files that do not state it",
    },
  },
  "no-ocr": {
    type: "boolean",
    description: {
      zh: "不用文字识别（OCR）读取扫描件（默认在已安装识别引擎时读取）",
      en: "do not read scans by OCR (by default they are read when the OCR engine is installed)",
    },
  },
} as const satisfies Record<string, OptionDef>;

/** --organ and --year as load options; a year that is no year is a usage error. */
export function importOptionsOf(values: {
  organ?: string | undefined;
  year?: string | undefined;
  "no-ocr"?: boolean | undefined;
}): Omit<LoadOptions, "filename"> {
  const out: Omit<LoadOptions, "filename"> = {};
  if (values.organ !== undefined && values.organ.trim() !== "") out.organ = values.organ.trim();
  if (values.year !== undefined) {
    const year = Number(values.year);
    if (!Number.isInteger(year) || year < 2019 || year > 2100)
      throw new CliError("E_USAGE", {
        zh: `--year 应为 2019 年起的年份，而不是 “${values.year}”`,
        en: `--year takes a year from 2019 on, not “${values.year}”`,
      });
    out.year = year;
  }
  if (values["no-ocr"] === true) out.ocr = false;
  return out;
}
