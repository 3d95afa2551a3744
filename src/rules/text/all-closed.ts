import { APPLICANT_PARTS } from "../../model/applicants.js";
import type { AnnualReport } from "../../model/report.js";
import { defineRule } from "../define-rule.js";
import type { Path } from "../types.js";
import { clauses, sentencesWith } from "./sentences.js";

const SECTIONS = ["preamble", "overview", "problems", "other"] as const;

/** Every narrative text with its path: the four sections and the non-standard ones. */
function texts(report: AnnualReport): { path: Path; text: string }[] {
  const s = report.sections;
  if (!s) return [];
  return [
    ...SECTIONS.flatMap((key) => (s[key] ? [{ path: ["sections", key], text: s[key] }] : [])),
    ...(s.extra ?? []).map((e, i) => ({ path: ["sections", "extra", i, "text"], text: e.text })),
  ];
}

// "所有申请均已办结" and its kin: every request of the year said to be closed.
const ALL_CLOSED =
  /(?:所有|全部)(?:的)?(?:政府信息公开|依申请公开|信息公开)?申请(?:件)?(?:均|都|全部|已全部)?(?:已|已经)?(?:按时|依法|按期|按要求|及时|在法定期限内)?(?:办结|办理完成|办理完毕|处理完成|处理完毕|答复完毕)/gu;
// A sentence that grants a carry-over or an exception (除…外, 尚有, 结转下年度) does not claim all are closed.
const GRANTED = /除[^。；]*外|尚有|仍有|结转下年|下年度继续/u;
// Nor does a clause that negates the claim or speaks of last year's requests.
const HEDGED = /未|没有|上年|去年|上一年/u;

const CARRIED_FORWARD = ["requests", "carriedForward"] as const;

export const textAllClosed = defineRule({
  id: "text.all-closed",
  title: {
    zh: "称所有申请均已办结时无结转下年度",
    en: "“All requests closed” only when none is carried forward",
  },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: {
    zh: "条例第三十三条（答复期限）；年度报告格式表三“四、结转下年度继续办理”",
    en: "Regulations art. 33 (time limits); format table 3, row “四、结转下年度继续办理”",
  },
  uses: ["requests", "sections"],
  messages: {
    carried: {
      zh: "正文称“{phrase}”，但表三结转下年度继续办理为 {carried} 件",
      en: "The text says “{phrase}”, but table 3 carries {carried} requests forward to next year",
    },
  },
  check({ report, emit }) {
    const row = report.requests.carriedForward as Record<string, number | null | undefined>;
    // A blank 总计 reads as the sum of its parts, as the balance rules read it.
    const carried = row.total ?? APPLICANT_PARTS.reduce((s, c) => s + (row[c] ?? 0), 0);
    if (!(carried > 0)) return;
    for (const { path, text } of texts(report)) {
      for (const sentence of sentencesWith(text, ALL_CLOSED)) {
        if (GRANTED.test(sentence.text)) continue;
        for (const clause of clauses(sentence)) {
          ALL_CLOSED.lastIndex = 0;
          const match = ALL_CLOSED.exec(clause.text);
          if (!match || HEDGED.test(clause.text)) continue;
          emit({
            messageId: "carried",
            path,
            cells: [path, [...CARRIED_FORWARD, "total"]],
            data: { phrase: match[0], carried, sentence: sentence.text, offset: clause.offset + match.index },
          });
          return;
        }
      }
    }
  },
});
