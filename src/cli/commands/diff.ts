import type { CommandDef } from "../args.js";
import { CliError } from "../errors.js";

/** `zfxxgk diff`: two years of one organ, figure by figure. */
export const diffCommand: CommandDef = {
  name: "diff",
  summary: {
    zh: "比较同一机关前后两年的报告（逐项变化与跨年度规则）",
    en: "compare two years of one organ (figure by figure, with the cross-year rules)",
  },
  usage: "<previous> <current>",
  positionals: { min: 2, max: 2 },
  options: {},
  // WIRING: once src/diff lands: load both files with `loadBytes`, call diffReports(previous, current,
  // { locale }) and print entries and findings per --format (see ../format/).
  async run() {
    throw new CliError("E_NOT_AVAILABLE", {
      zh: "本版本尚不能比较报告（diffReports 尚未合入）",
      en: "this build cannot compare reports yet (diffReports has not landed)",
    });
  },
};
