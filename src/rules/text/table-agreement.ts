import type { Label } from "../../model/label.js";
import { pathKey } from "../../model/path.js";
import { defineRule } from "../define-rule.js";
import type { Path } from "../types.js";
import { reading } from "./quantities.js";
import { readText } from "./read.js";

// The format's own sections; a section the format does not have (the seed's 政务服务平台建设) is
// about other business, and its 依申请类事项 are not table 三's.
const SECTIONS = [
  ["preamble", { zh: "引言", en: "the preamble" }],
  ["overview", { zh: "一、总体情况", en: "I. Overview" }],
  ["problems", { zh: "五、存在的主要问题及改进情况", en: "V. Main problems and improvements" }],
  ["other", { zh: "六、其他需要报告的事项", en: "VI. Other matters to report" }],
] as const satisfies readonly (readonly [string, Label])[];

// Readings share cells (本年新收 alone and 本年新收 + 上年结转): each cell is named once.
function distinct(cells: Path[]): Path[] {
  const seen = new Set<string>();
  return cells.filter((cell) => {
    const key = pathKey(cell);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const textTableAgreement = defineRule({
  id: "text.table-agreement",
  title: { zh: "正文所述数字与表格一致", en: "Figures in the text agree with the tables" },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: {
    zh: "条例第五十条（年度报告内容）；正文复述的依申请公开、行政复议和行政诉讼数字与表三、表四统计的是同一事项",
    en: "Regulations art. 50 (contents of the report); request and appeal figures the narrative restates count what tables 3 and 4 count",
  },
  uses: ["requests", "appeals", "sections"],
  messages: {
    disagrees: {
      zh: "{section}第 {position} 字起的“{sentence}”写明“{phrase}”（{stated}），与表格不符：{readings|list}",
      en: "{section}, from character {position}: “{sentence}” says “{phrase}” ({stated}), which the tables do not bear out: {readings|list}",
    },
  },
  check({ report, emit }) {
    for (const [key, label] of SECTIONS) {
      const text = report.sections?.[key];
      if (!text) continue;
      for (const statement of readText(text, report.year).statements) {
        const readings = statement.shape.readings
          .map((q) => reading(report, q))
          .filter((r) => r.value !== undefined);
        // Blank tables say nothing to agree or disagree with; any reading that fits is agreement.
        if (readings.length === 0 || readings.some((r) => r.value === statement.stated)) continue;
        const [main] = readings;
        if (!main) continue;
        emit({
          messageId: "disagrees",
          path: main.cells[0] ?? ["sections", key],
          cells: distinct(readings.flatMap((r) => r.cells)),
          data: {
            section: label,
            sectionPath: ["sections", key],
            // offset slices the section (UTF-16); position counts characters from 1, as readers do.
            offset: statement.sentence.offset,
            position: Array.from(text.slice(0, statement.sentence.offset)).length + 1,
            sentence: statement.sentence.text,
            phrase: statement.phrase.text,
            phraseOffset: statement.phrase.offset,
            shape: statement.shape.id,
            stated: statement.stated,
            table: main.value,
            readings: readings.map((r) => ({ label: r.label, value: r.value, cells: r.cells })),
          },
        });
      }
    }
  },
});
