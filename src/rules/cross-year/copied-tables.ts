import { figures, readFigure } from "../../diff/figures.js";
import type { Label } from "../../model/label.js";
import { defineRule } from "../define-rule.js";
import type { Path } from "../types.js";
import { consecutive, previousPath } from "./previous.js";

export const crossYearCopiedTables = defineRule({
  id: "cross-year.copied-tables",
  title: {
    zh: "表三、表四与上年报告完全相同",
    en: "Tables 3 and 4 identical to last year's",
  },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: true,
  basis: {
    zh: "国办公开办函〔2021〕30号：年度报告不得内容雷同",
    en: "国办公开办函〔2021〕30号: annual reports must not copy earlier ones (内容雷同)",
  },
  uses: ["meta", "requests", "appeals"],
  messages: {
    identical: {
      zh: "表三、表四的 {compared} 个数字与上年报告完全相同（其中非零 {nonZero} 个），疑似照搬上年数据",
      en: "All {compared} figures of tables 3 and 4 equal last year's ({nonZero} of them not zero): likely copied",
    },
  },
  check({ report, previous, emit }) {
    if (!previous || !consecutive(report, previous)) return;
    // Across the 2021 change the crosswalk lines the rows up; figures new in 2021 are inside its sums.
    const compared = figures(previous.edition, report.edition).filter(
      (f) => (f.table === "三" || f.table === "四") && f.comparable,
    );
    const cells: Path[] = [];
    const identical: { path: Path; previousPath: Path; label: Label; value: number }[] = [];
    for (const figure of compared) {
      const now = readFigure(report, figure.current, false) ?? null;
      const before = readFigure(previous, figure.previous, false) ?? null;
      // Blank and 0 are the same number here: a copy that blanks the zeros is still a copy.
      if (Number(now ?? 0) !== Number(before ?? 0)) return;
      if (Number(now ?? 0) !== 0) {
        identical.push({
          path: [...figure.path],
          previousPath: previousPath(figure.previous[0] ?? figure.path),
          label: figure.label,
          value: Number(now),
        });
        cells.push(...figure.current.map((c) => [...c]), ...figure.previous.map(previousPath));
      }
    }
    const [first] = cells;
    if (!first) return;
    emit({
      messageId: "identical",
      path: [...first],
      cells,
      // The non-zero figures found equal, each with its label and the value both years give it.
      data: { compared: compared.length, nonZero: identical.length, identical, tables: ["三", "四"] },
    });
  },
});
