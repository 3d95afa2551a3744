import fc from "fast-check";
import { APPEAL_COLUMNS, APPEAL_GROUPS } from "../../src/model/appeals.js";
import { APPLICANT_COLUMNS } from "../../src/model/applicants.js";
import type { Edition } from "../../src/model/edition.js";
import { setAt } from "../../src/model/path.js";
import { PROACTIVE_ROWS_2019, PROACTIVE_ROWS_2021 } from "../../src/model/proactive-rows.js";
import type { AnnualReportInput } from "../../src/model/report.js";
import { table3Rows } from "../../src/model/table3.js";

/**
 * Arbitraries of valid reports (JSON input form) of either edition, for property tests. Shapes come
 * from src/model, so a row added there is generated here too. Figures are random: the reports fit
 * the schema, not necessarily the arithmetic rules.
 */

const count = fc.option(fc.nat({ max: 99_999 }), { nil: null, freq: 3 });
const signed = fc.option(fc.integer({ min: -5_000, max: 5_000 }), { nil: null, freq: 3 });
const amount = fc.option(
  fc
    .tuple(fc.nat({ max: 999_999 }), fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }))
    .map(([whole, frac]) =>
      frac === undefined ? String(whole) : `${whole}.${String(frac).replace(/0+$/, "")}`,
    ),
  { nil: null, freq: 3 },
);

/** One row of table 三: seven counts. */
export const applicantsArb = fc
  .tuple(...APPLICANT_COLUMNS.map(() => count))
  .map((values) => Object.fromEntries(APPLICANT_COLUMNS.map((c, i) => [c, values[i]])));

/** Table 二 of an edition. */
export function proactiveArb(edition: Edition) {
  const rows = edition === "2019" ? PROACTIVE_ROWS_2019 : PROACTIVE_ROWS_2021;
  const cells = rows.flatMap((r) =>
    r.columns.map((c) => ({
      path: [r.key, c.key],
      arb: c.kind === "count" ? count : c.kind === "signed" ? signed : amount,
    })),
  );
  return fc.tuple(...cells.map((c) => c.arb)).map((values) => {
    const out: Record<string, unknown> = {};
    cells.forEach((c, i) => {
      setAt(out, c.path, values[i]);
    });
    return out;
  });
}

/** Table 三 of an edition, with each group's optional 小计 present or not. */
export function requestsArb(edition: Edition) {
  const rows = table3Rows(edition, true);
  return fc
    .tuple(
      ...rows.map((r) =>
        r.kind === "subtotal" ? fc.option(applicantsArb, { nil: undefined }) : applicantsArb,
      ),
    )
    .map((values) => {
      const out: Record<string, unknown> = {};
      rows.forEach((r, i) => {
        if (values[i] !== undefined) setAt(out, r.path.slice(1), values[i]);
      });
      return out;
    });
}

/** Table 四. */
export const appealsArb = fc
  .tuple(...APPEAL_GROUPS.flatMap(() => APPEAL_COLUMNS.map(() => count)))
  .map((values) => {
    const out: Record<string, unknown> = {};
    APPEAL_GROUPS.forEach((g, gi) => {
      APPEAL_COLUMNS.forEach((c, ci) => {
        setAt(out, [g, c], values[gi * 5 + ci]);
      });
    });
    return out;
  });

const SENTENCES = [
  "本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。",
  "全年通过门户网站主动公开政府信息1234条。",
  "（一）加强组织领导，明确专人负责。",
  "一是完善工作制度；二是加强培训。",
  "政府信息公开工作仍存在公开内容不够全面的问题。",
  "下一步将进一步规范依申请公开办理流程。",
  "本年度未收取信息处理费。",
  "2021年无其他需要报告事项。",
];

const paragraph = fc
  .array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 })
  .map((s) => s.join(""));
/** Narrative text: one to three paragraphs. */
export const narrativeArb = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((p) => p.join("\n"));

const EXTRA_HEADINGS = [
  "五、政务服务平台建设",
  "七、政务公开工作要点落实情况",
  "八、人大代表建议和政协提案办理结果公开情况",
];

/** Sections: at least one present; non-standard ones in `extra`. */
export const sectionsArb = fc
  .record(
    {
      preamble: narrativeArb,
      overview: narrativeArb,
      problems: narrativeArb,
      other: narrativeArb,
      extra: fc.array(fc.record({ heading: fc.constantFrom(...EXTRA_HEADINGS), text: narrativeArb }), {
        minLength: 1,
        maxLength: 2,
      }),
    },
    { requiredKeys: [] },
  )
  .filter((s) => Object.keys(s).length > 0);

const ORGANS = [
  "巴里坤县人民政府",
  "哈密市教育局",
  "伊州区市场监督管理局",
  "新疆维吾尔自治区人民政府办公厅",
  "某某市人民政府",
];

const day = (year: number) =>
  fc
    .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ m, d }) => `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

/** A whole valid report of an edition (JSON input form: amounts as strings). */
export function reportArb(edition: Edition): fc.Arbitrary<AnnualReportInput> {
  const years =
    edition === "2019" ? fc.integer({ min: 2019, max: 2020 }) : fc.integer({ min: 2021, max: 2030 });
  return years.chain((year) =>
    fc.record(
      {
        edition: fc.constant(edition),
        organ: fc.constantFrom(...ORGANS),
        organKind: fc.constantFrom("government", "department", "other"),
        year: fc.constant(year),
        period: fc.constant({ start: `${year}-01-01`, end: `${year}-12-31` }),
        publishedOn: day(year + 1),
        proactive: proactiveArb(edition),
        requests: requestsArb(edition),
        appeals: appealsArb,
        sections: sectionsArb,
      },
      { requiredKeys: ["edition", "organ", "year", "proactive", "requests", "appeals"] },
    ),
  ) as fc.Arbitrary<AnnualReportInput>;
}
