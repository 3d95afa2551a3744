import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importDocument } from "../../src/import/import-document.js";
import { parseOutlineHeading } from "../../src/model/outline.js";
import { validateReport } from "../../src/validate/validate.js";
import { sample2021, seed } from "../support/fixtures.js";
import { ruleCases } from "../support/rule-cases.js";

const PARTS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
] as const;
const TABLES: Record<number, string[]> = { 1: ["二"], 2: ["三"], 3: ["四"] };
/** An outline as the importer records it: headings in order, tables under the table parts' headings. */
const outline = (...headings: string[]) =>
  headings.map((heading) => {
    const part = PARTS.findIndex((p) => p.slice(2) === heading.replace(/^[^、）)]+[、）)]/, ""));
    return { heading, ...(TABLES[part] ? { tables: TABLES[part] } : {}) };
  });
const renumber = (n: number, title: string) => `${"一二三四五六七八九"[n - 1]}、${title.slice(2)}`;

// Each faulty kind of the issue, and the one rule that must say it.
const FAULTY = {
  "sections.outline-order": outline(PARTS[0], PARTS[2], PARTS[1], ...PARTS.slice(3)),
  "sections.outline-missing-part": outline(...PARTS.slice(1).map((p, i) => renumber(i + 1, p))),
  "sections.outline-numbering": outline(
    PARTS[0],
    "（二）主动公开政府信息情况",
    "（三）收到和处理政府信息公开申请情况",
    "（四）政府信息公开行政复议、行政诉讼情况",
    PARTS[4],
    PARTS[5],
  ),
  "sections.outline-subtopics": outline(
    PARTS[0],
    "二、主动公开",
    "三、依申请公开",
    "四、政府信息管理",
    "五、平台建设",
    "六、监督保障",
    "七、主动公开政府信息情况",
    "八、收到和处理政府信息公开申请情况",
    "九、政府信息公开行政复议、行政诉讼情况",
    "十、存在的主要问题及改进情况",
    "十一、其他需要报告的事项",
  ),
  "sections.outline-heading-content": outline(...PARTS).map((e) =>
    e.heading === PARTS[2] ? { ...e, tables: ["四"] } : e,
  ),
} as const;

const OUTLINE_RULES = Object.keys(FAULTY);
const fired = (report: unknown) =>
  validateReport(report)
    .findings.filter((f) => OUTLINE_RULES.includes(f.ruleId) || f.ruleId === "text.all-closed")
    .map((f) => f.ruleId);
const withOutline = (list: unknown) => {
  const r = sample2021();
  (r.sections as Record<string, unknown>).outline = list;
  return r;
};

describe("parseOutlineHeading", () => {
  it.each([
    ["三、收到和处理政府信息公开申请情况", { scheme: "一、", number: 3, part: 3, subtopic: false }],
    ["（二）主动公开政府信息情况", { scheme: "（一）", number: 2, part: 2, subtopic: false }],
    ["（一）主动公开", { scheme: "（一）", number: 1, subtopic: true }],
    ["十一、其他需要报告的事项", { scheme: "一、", number: 11, part: 6 }],
    ["2.存在的主要问题及改进情况", { scheme: "1.", number: 2, part: 5 }],
    ["第四部分 政府信息公开行政复议、行政诉讼情况", { scheme: "第一部分", number: 4, part: 4 }],
    ["五、政府信息公开工作存在的主要问题及改进情况", { part: 5 }],
    ["二、工作机制保障", { number: 2, subtopic: true }],
    ["五、政务服务平台建设", { number: 5, subtopic: false }],
  ])("%s", (text, want) => {
    expect(parseOutlineHeading(text)).toMatchObject(want);
  });

  it("reads no part into an unnumbered line or a sub-topic", () => {
    expect(parseOutlineHeading("总体情况")).toBeUndefined();
    expect(parseOutlineHeading("二、主动公开情况")?.part).toBeUndefined();
  });
});

describe("the outline rules on generated outlines", () => {
  it("the format's outline, with its sub-topics as （一）…, fires none", () => {
    expect(fired(withOutline(outline(...PARTS)))).toEqual([]);
    const nested = outline(
      PARTS[0],
      "（一）主动公开",
      "（二）依申请公开",
      "（三）政府信息管理",
      ...PARTS.slice(1),
    );
    expect(fired(withOutline(nested))).toEqual([]);
    // A report typed as JSON has no printed outline: nothing to say.
    expect(fired(sample2021())).toEqual([]);
  });

  it.each(Object.entries(FAULTY))("%s, and it alone, fires on its kind of fault", (ruleId, list) => {
    expect([...new Set(fired(withOutline(list)))]).toEqual([ruleId]);
  });
});

const heading = (i: number) => `sections.outline.${i}.heading`;

ruleCases("sections.outline-order", {
  valid: [
    { name: "the six parts", report: () => withOutline(outline(...PARTS)) },
    {
      name: "a non-standard section after 六 (numbering of the six is right)",
      report: () => withOutline(outline(...PARTS, "七、政务服务平台建设")),
    },
    {
      name: "a part missing without a shift (sections.required's)",
      report: () => withOutline(outline(...PARTS.slice(0, 5))),
    },
  ],
  invalid: [
    {
      name: "三 before 二",
      report: () => withOutline(FAULTY["sections.outline-order"]),
      findings: [
        {
          path: heading(2),
          cells: [heading(1), heading(2)],
          messageId: "order",
          data: { heading: PARTS[1], before: PARTS[2] },
        },
      ],
    },
    {
      name: "a section inserted before 五 (the seed as printed)",
      report: () =>
        withOutline(
          outline(...PARTS.slice(0, 4), "五、政务服务平台建设", renumber(6, PARTS[4]), renumber(7, PARTS[5])),
        ),
      findings: [
        {
          path: heading(5),
          cells: [heading(5)],
          messageId: "number",
          data: { number: "六", expected: "五" },
        },
        {
          path: heading(6),
          cells: [heading(6)],
          messageId: "number",
          data: { number: "七", expected: "六" },
        },
      ],
    },
  ],
});

ruleCases("sections.outline-missing-part", {
  valid: [{ name: "the six parts", report: () => withOutline(outline(...PARTS)) }],
  invalid: [
    {
      name: "二–六 numbered 一–五",
      report: () => withOutline(FAULTY["sections.outline-missing-part"]),
      findings: [
        {
          path: heading(0),
          cells: [0, 1, 2, 3, 4].map(heading),
          messageId: "shifted",
          data: {
            count: 5,
            numbers: "一二三四五",
            expected: "二三四五六",
            heading: "一、主动公开政府信息情况",
          },
        },
      ],
    },
  ],
});

ruleCases("sections.outline-numbering", {
  valid: [{ name: "one scheme", report: () => withOutline(outline(...PARTS)) }],
  invalid: [
    {
      name: "the table parts as （二）（三）（四）",
      report: () => withOutline(FAULTY["sections.outline-numbering"]),
      findings: [
        {
          path: heading(1),
          cells: [1, 2, 3].map(heading),
          messageId: "mixed",
          data: { main: "一、", other: "（一）", example: PARTS[0] },
        },
      ],
    },
  ],
});

ruleCases("sections.outline-subtopics", {
  valid: [
    {
      name: "sub-topics as （一）…",
      report: () => withOutline(outline(PARTS[0], "（一）主动公开", "（二）依申请公开", ...PARTS.slice(1))),
    },
  ],
  invalid: [
    {
      name: "sub-topics numbered 二 to 六",
      report: () => withOutline(FAULTY["sections.outline-subtopics"]),
      findings: [
        {
          path: heading(1),
          cells: [1, 2, 3, 4, 5].map(heading),
          messageId: "topLevel",
          data: {
            headings: ["二、主动公开", "三、依申请公开", "四、政府信息管理", "五、平台建设", "六、监督保障"],
          },
        },
      ],
    },
  ],
});

ruleCases("sections.outline-heading-content", {
  valid: [
    { name: "each table under its heading", report: () => withOutline(outline(...PARTS)) },
    {
      name: "no table read under a heading (nothing to compare)",
      report: () => withOutline(outline(...PARTS).map(({ heading: h }) => ({ heading: h }))),
    },
  ],
  invalid: [
    {
      name: "table 四 under 三's heading",
      report: () => withOutline(FAULTY["sections.outline-heading-content"]),
      findings: [
        {
          path: heading(2),
          cells: [heading(2)],
          messageId: "otherTable",
          data: { heading: PARTS[2], expected: "三", found: ["四"] },
        },
      ],
    },
  ],
});

ruleCases("text.all-closed", {
  valid: [
    {
      name: "all closed and nothing carried forward",
      report: seed,
      cells: { "sections.other": "本年度所有申请均已按时办结。" },
    },
    {
      name: "the carry-over granted in the sentence",
      report: sample2021,
      cells: { "sections.other": "除4件结转下年度办理外，所有申请均已按时办结。" },
    },
    {
      name: "last year's requests closed",
      report: sample2021,
      cells: { "sections.other": "上年结转的所有申请均已办结。" },
    },
    { name: "the department as published", report: sample2021 },
  ],
  invalid: [
    {
      name: "all closed beside 4 carried forward",
      report: sample2021,
      cells: { "sections.other": "本年度收到申请68件，所有申请均已按时办结。" },
      findings: [
        {
          path: "sections.other",
          cells: ["sections.other", "requests.carriedForward.total"],
          messageId: "carried",
          data: { phrase: "所有申请均已按时办结", carried: 4 },
        },
      ],
    },
    {
      name: "a blank 总计 read as its parts, in a non-standard section",
      report: sample2021,
      cells: {
        "requests.carriedForward.total": null,
        "sections.extra": [{ heading: "七、附记", text: "全部申请均已办理完成。" }],
      },
      findings: [{ path: "sections.extra.0.text", messageId: "carried", data: { carried: 4 } }],
    },
  ],
});

// Every fixture and real document: the outline rules (and text.all-closed) fire only where the
// document is at fault, and these are the faults; every other document says nothing.
const AT_FAULT: Record<string, string[]> = {
  // 巴里坤县 2020 as published: 五、政务服务平台建设 inserted, 问题 and 其他 numbered 六 and 七.
  "seed-2020-balikun.txt": ["sections.outline-order", "sections.outline-order"],
  // 上海市科委 2024: the overview's topics numbered 二 to 六, the tables numbered from 一 again.
  // …and its text says every request was closed while table 三 carries one forward: the text,
  // now read whole, finds that as its JSON does.
  "real/10-shanghai-stcsm-2024.txt": ["sections.outline-subtopics", "text.all-closed"],
  "real/10-shanghai-stcsm-2024.json": ["text.all-closed"],
};

const FIXTURES = new URL("../fixtures/", import.meta.url);
const files = ["", "pdf/", "real/", "cli/"].flatMap((dir) =>
  readdirSync(new URL(dir, FIXTURES))
    .filter((f) => /\.(txt|md|html|docx|pdf|json)$/.test(f) && f !== "README.md")
    .map((f) => `${dir}${f}`),
);

describe("the outline rules on every fixture and real document", () => {
  it("there are real documents among them", () => {
    expect(files.filter((f) => f.startsWith("real/")).length).toBeGreaterThanOrEqual(10);
    expect(files.filter((f) => f.endsWith(".pdf")).length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)(
    "%s",
    async (file) => {
      const bytes = readFileSync(new URL(file, FIXTURES));
      const read = await importDocument(new Uint8Array(bytes), { filename: file, outline: true });
      const report = read.json ?? read.report;
      // A document read (not JSON) brings its printed outline, so silence here means a right outline.
      if (read.format !== "json" && read.report)
        expect(read.report.sections?.outline?.length).toBeGreaterThan(1);
      expect(report === undefined ? [] : fired(report)).toEqual(AT_FAULT[file] ?? []);
    },
    120_000,
  );
});
