import type { Label } from "../model/label.js";
import { OUTLINE_PARTS, type OutlineHeading, parseOutlineHeading } from "../model/outline.js";
import type { AnnualReport } from "../model/report.js";
import { defineRule } from "./define-rule.js";
import type { Path } from "./types.js";

// The format's six parts (国办公开办函〔2019〕60号, 〔2021〕30号) under 条例第五十条.
const BASIS: Label = {
  zh: "条例第五十条；《政府信息公开工作年度报告格式》（国办公开办函〔2019〕60号、〔2021〕30号）：一至六部分依次编排",
  en: "Regulations art. 50; the annual report format (国办公开办函〔2019〕60号, 〔2021〕30号): parts 一 to 六 in order",
};

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const numeral = (n: number) => NUMERALS[n] ?? String(n);

interface Heading extends OutlineHeading {
  index: number;
  text: string;
  tables: readonly string[];
}

const headingPath = (h: Heading): Path => ["sections", "outline", h.index, "heading"];

/** The report's printed headings, parsed; empty when the report was not read from a document. */
function headings(report: AnnualReport): Heading[] {
  return (report.sections?.outline ?? []).flatMap((entry, index) => {
    const parsed = parseOutlineHeading(entry.heading);
    return parsed ? [{ ...parsed, index, text: entry.heading.trim(), tables: entry.tables ?? [] }] : [];
  });
}

/**
 * The scheme the report numbers its parts in: the one most of the recognised parts use (the first on a tie).
 * The parts, top-level sub-topics and parts in another scheme are read against it.
 */
function layout(report: AnnualReport) {
  const all = headings(report);
  const parts = all.filter((h) => h.part !== undefined);
  const counts = new Map<string, number>();
  for (const p of parts) counts.set(p.scheme, (counts.get(p.scheme) ?? 0) + 1);
  let main: string | undefined;
  for (const p of parts)
    if (main === undefined || (counts.get(p.scheme) ?? 0) > (counts.get(main) ?? 0)) main = p.scheme;
  const top = parts.filter((p) => p.scheme === main);
  const other = parts.filter((p) => p.scheme !== main);
  // Sub-topics of 总体情况 numbered as parts: in the parts' scheme, once the parts have begun.
  const first = top[0];
  const subtopics = first ? all.filter((h) => h.subtopic && h.scheme === main && h.index > first.index) : [];
  return { top, other, subtopics };
}

type Layout = ReturnType<typeof layout>;

/** A part missing with every later part numbered one less (二–六 as 一–五), or undefined. */
function shifted({ top }: Layout): { missing: number; moved: Heading[] } | undefined {
  const present = new Set(top.map((h) => h.part));
  for (let missing = 1; missing <= 6; missing++) {
    if (present.has(missing)) continue;
    const after = top.filter((h) => (h.part ?? 0) > missing);
    const before = top.filter((h) => (h.part ?? 0) < missing);
    // Two parts moved up at least, and every part where the shift puts it: a numbering, not a slip.
    if (after.length < 2 || !after.every((h) => h.number === (h.part ?? 0) - 1)) continue;
    if (!before.every((h) => h.number === h.part)) continue;
    return { missing, moved: after };
  }
  return undefined;
}

export const sectionsOutlineOrder = defineRule({
  id: "sections.outline-order",
  title: { zh: "六个部分依次编号为一至六", en: "The six parts come in order, numbered 一 to 六" },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: BASIS,
  uses: ["sections"],
  messages: {
    order: {
      zh: "「{heading}」排在「{before}」之后：应依次为{parts|list}",
      en: "“{heading}” comes after “{before}”; the parts go in the order {parts|list}",
    },
    number: {
      zh: "「{heading}」编号为“{number}”，按年度报告格式应为“{expected}”（{part}）",
      en: "“{heading}” is numbered “{number}”; the format numbers it “{expected}” ({part})",
    },
  },
  check({ report, emit }) {
    const found = layout(report);
    // The shift, the sub-topics and a second scheme have rules of their own that say why.
    if (found.subtopics.length > 0 || found.other.length > 0 || shifted(found)) return;
    let last: Heading | undefined;
    for (const h of found.top) {
      const part = h.part ?? 0;
      if (last && part <= (last.part ?? 0)) {
        emit({
          messageId: "order",
          path: headingPath(h),
          cells: [headingPath(last), headingPath(h)],
          data: { heading: h.text, before: last.text, parts: OUTLINE_PARTS },
        });
        return;
      }
      last = h;
    }
    for (const h of found.top) {
      if (h.number === h.part) continue;
      emit({
        messageId: "number",
        path: headingPath(h),
        cells: [headingPath(h)],
        data: {
          heading: h.text,
          number: numeral(h.number),
          expected: numeral(h.part ?? 0),
          part: OUTLINE_PARTS[(h.part ?? 1) - 1],
        },
      });
    }
  },
});

export const sectionsOutlineMissingPart = defineRule({
  id: "sections.outline-missing-part",
  title: {
    zh: "缺少一个部分，其后各部分编号前移",
    en: "A part is missing and the later parts are numbered up",
  },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: BASIS,
  uses: ["sections"],
  messages: {
    shifted: {
      zh: "缺少「{missing}」部分：其后的{count}个部分依次编号为{numbers}（应为{expected}），如「{heading}」",
      en: "Part “{missing}” is missing: the {count} parts after it are numbered {numbers} (should be {expected}), e.g. “{heading}”",
    },
  },
  check({ report, emit }) {
    const found = layout(report);
    if (found.subtopics.length > 0 || found.other.length > 0) return;
    const shift = shifted(found);
    const first = shift?.moved[0];
    if (!shift || !first) return;
    emit({
      messageId: "shifted",
      path: headingPath(first),
      cells: shift.moved.map(headingPath),
      data: {
        missing: OUTLINE_PARTS[shift.missing - 1],
        count: shift.moved.length,
        numbers: shift.moved.map((h) => numeral(h.number)).join(""),
        expected: shift.moved.map((h) => numeral(h.part ?? 0)).join(""),
        heading: first.text,
      },
    });
  },
});

export const sectionsOutlineNumbering = defineRule({
  id: "sections.outline-numbering",
  title: { zh: "各部分使用同一种编号", en: "The parts are numbered in one scheme" },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: BASIS,
  uses: ["sections"],
  messages: {
    mixed: {
      zh: "各部分编号混用两种方式：{main}（如「{example}」）与 {other}（{headings|list}）",
      en: "The parts are numbered in two schemes: {main} (e.g. “{example}”) and {other} ({headings|list})",
    },
  },
  check({ report, emit }) {
    const { top, other } = layout(report);
    const example = top[0];
    const odd = other[0];
    if (!example || !odd) return;
    emit({
      messageId: "mixed",
      path: headingPath(odd),
      cells: other.map(headingPath),
      data: {
        main: example.scheme,
        example: example.text,
        other: odd.scheme,
        headings: other.map((h) => h.text),
      },
    });
  },
});

export const sectionsOutlineSubtopics = defineRule({
  id: "sections.outline-subtopics",
  title: {
    zh: "总体情况的分项不作为独立部分编号",
    en: "The overview's sub-topics are not numbered as parts",
  },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: {
    zh: "国办公开办函〔2021〕30号：主动公开、依申请公开、政府信息管理、平台建设、监督保障等情况在“一、总体情况”中说明",
    en: "国办公开办函〔2021〕30号: proactive and requested disclosure, information management, platforms and oversight are told under “一、总体情况”",
  },
  uses: ["sections"],
  messages: {
    topLevel: {
      zh: "总体情况的分项被编为独立部分：{headings|list}（应为「一、总体情况」下的（一）（二）…），其后各部分编号随之错位",
      en: "Sub-topics of the overview are numbered as parts: {headings|list} (they belong under “一、总体情况” as （一）（二）…), which puts the later parts' numbers out",
    },
  },
  check({ report, emit }) {
    const { subtopics } = layout(report);
    const first = subtopics[0];
    if (!first) return;
    emit({
      messageId: "topLevel",
      path: headingPath(first),
      cells: subtopics.map(headingPath),
      data: { headings: subtopics.map((h) => h.text) },
    });
  },
});

const TABLE_OF_PART: Record<number, string> = { 2: "二", 3: "三", 4: "四" };

export const sectionsOutlineHeadingContent = defineRule({
  id: "sections.outline-heading-content",
  title: { zh: "表格部分的标题与其下的表格一致", en: "A table part's heading matches the table under it" },
  severity: "warning",
  editions: ["2019", "2021"],
  needsPrevious: false,
  basis: BASIS,
  uses: ["sections"],
  messages: {
    otherTable: {
      zh: "「{heading}」之下是表{found|list}，而不是该标题所指的表{expected}",
      en: "Under “{heading}” stands table {found|list}, not table {expected} that the heading names",
    },
  },
  check({ report, emit }) {
    for (const h of headings(report)) {
      const expected = h.part === undefined ? undefined : TABLE_OF_PART[h.part];
      if (!expected || h.tables.length === 0 || h.tables.includes(expected)) continue;
      emit({
        messageId: "otherTable",
        path: headingPath(h),
        cells: [headingPath(h)],
        data: { heading: h.text, expected, found: [...h.tables] },
      });
    }
  },
});
