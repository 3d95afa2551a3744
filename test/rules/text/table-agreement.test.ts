import { describe, expect, it } from "vitest";
import { readText } from "../../../src/rules/text/read.js";
import { SHAPES } from "../../../src/rules/text/shapes.js";
import { fixture, sample2021, seed } from "../../support/fixtures.js";
import { ruleCases, runRule } from "../../support/rule-cases.js";

const RULE = "text.table-agreement";
// sample-2021-department.json: 本年新收 68, 上年结转 5, （七）总计 69, 结转下年度 4; 予以公开 27, 部分公开 6,
// 不予公开 9, 无法提供 18, 不予处理 5, 其他处理 4; 行政复议 4, 直接起诉 2, 复议后起诉 1.
const overview = (text: string) => ({ "sections.overview": text });
const SAMPLE_OVERVIEW = (sample2021().sections as { overview: string }).overview;

ruleCases(RULE, {
  valid: [
    { name: "the department's overview restating table 三", report: sample2021 },
    {
      name: "共受理 as 本年新收 + 上年结转",
      report: sample2021,
      cells: overview("全年共受理政府信息公开申请73件。"),
    },
    { name: "收到 as 本年新收 alone", report: sample2021, cells: overview("全年收到政府信息公开申请68件。") },
    {
      name: "答复N件（含上年度结转申请M件，另有K件…顺延到下年度）",
      report: sample2021,
      cells: overview(
        "依申请公开方面，全年答复69件（含上年度结转申请5件，另有4件因需征求第三方意见顺延到下年度）。",
      ),
    },
    {
      name: "the outcome groups of the 总计 column",
      report: sample2021,
      cells: overview(
        "办理政府信息公开申请，其中予以公开27件、部分公开6件、不予公开9件、无法提供18件、不予处理5件、其他处理4件。",
      ),
    },
    {
      name: "予以公开及部分公开 as （一）+（二）",
      report: sample2021,
      cells: overview("政府信息公开申请中，予以公开及部分公开33件。"),
    },
    {
      name: "Chinese numerals and full-width digits",
      report: sample2021,
      cells: overview("全年新收政府信息公开申请六十八件，上年结转５件，办结六十九件。"),
    },
    {
      name: "行政诉讼 as the sum of both kinds",
      report: sample2021,
      cells: overview("因政府信息公开被申请行政复议4件，被提起行政诉讼3件。"),
    },
    {
      name: "行政诉讼 as one kind alone",
      report: sample2021,
      cells: overview("因政府信息公开被提起行政诉讼2件。"),
    },
    {
      name: "trap: cases 备案 are not table 四",
      report: sample2021,
      cells: overview("涉及政府信息公开的行政复议案件备案12件。"),
    },
    {
      name: "trap: 信息处理费 is not 行政事业性收费, and numbers in other contexts",
      report: sample2021,
      cells: overview(
        "全年主动公开政府信息612条，组织培训2次，依申请公开答复率100%，2021年3月15日收取信息处理费2件次。",
      ),
    },
    {
      name: "trap: 行政复议 in general, not about 政府信息公开",
      report: sample2021,
      cells: overview("全县共办理行政复议案件56件，行政诉讼案件31件。"),
    },
    {
      name: "trap: estimates, other years, comparisons, parts",
      report: sample2021,
      cells: overview(
        "全年新收政府信息公开申请近百件；2020年收到政府信息公开申请120件；依申请公开申请较上年增加30件；其中通过网络收到政府信息公开申请50件；收到政府信息公开申请七十余件。",
      ),
    },
    {
      name: "trap: the seed's 依申请类事项 of 政务服务",
      report: seed,
      cells: overview("截至目前共发布依申请类事项548个，受理政务服务事项5148件。"),
    },
    {
      name: "a count shared by two keywords is not read",
      report: sample2021,
      cells: overview("政府信息公开申请中不予公开、无法提供共27件。"),
    },
    {
      name: "the 2019 edition (the seed: 本年新收 191, 予以公开 186, 不予处理 3)",
      report: seed,
      cells: overview("全年收到政府信息公开申请191件，予以公开186件，不予处理3件。"),
    },
    {
      name: "a blank row says nothing to disagree with (the seed's （六）其他处理)",
      report: seed,
      cells: overview("政府信息公开申请中，其他处理2件。"),
    },
    {
      name: "a blank table says nothing to disagree with",
      report: sample2021,
      cells: {
        ...overview("全年收到政府信息公开申请24件。"),
        "requests.received.total": null,
        "requests.received.naturalPerson": null,
        "requests.received.business": null,
        "requests.received.research": null,
        "requests.received.nonprofit": null,
        "requests.received.legalService": null,
        "requests.received.otherOrganization": null,
        "requests.carriedOver": {
          naturalPerson: null,
          business: null,
          research: null,
          nonprofit: null,
          legalService: null,
          otherOrganization: null,
          total: null,
        },
      },
    },
  ],
  invalid: [
    {
      name: "the overview's 本年新收 against a changed table",
      report: sample2021,
      cells: { "requests.received.total": 66 },
      findings: [
        {
          path: "requests.received.total",
          cells: ["requests.received.total", "requests.carriedOver.total"],
          messageId: "disagrees",
          data: {
            sectionPath: ["sections", "overview"],
            offset: SAMPLE_OVERVIEW.indexOf("本年度新收"),
            sentence: "本年度新收政府信息公开申请68件，上年结转5件，办结69件，结转下年度4件",
            phrase: "新收政府信息公开申请68件",
            shape: "received",
            stated: 68,
            table: 66,
            readings: [
              { label: { zh: "本年新收" }, value: 66 },
              { label: { zh: "本年新收 + 上年结转" }, value: 71 },
            ],
          },
          message:
            /^一、总体情况第 \d+ 字起的“本年度新收.*写明“新收政府信息公开申请68件”（68），与表格不符：本年新收 66、本年新收 \+ 上年结转 71$/,
        },
      ],
    },
    {
      name: "答复N件（含…M件，另有K件…顺延到下年度）: each figure against its own cell",
      report: sample2021,
      cells: overview("依申请公开方面，全年答复70件（含上年度结转申请6件，另有4件顺延到下年度）。"),
      findings: [
        {
          path: "requests.outcomes.total.total",
          cells: ["requests.outcomes.total.total"],
          data: { shape: "answered", stated: 70, table: 69, offset: 0 },
        },
        {
          path: "requests.carriedOver.total",
          cells: ["requests.carriedOver.total"],
          data: { shape: "carried-over", stated: 6, table: 5, phrase: "上年度结转申请6件" },
        },
      ],
    },
    {
      name: "an outcome group against the sum of its items",
      report: sample2021,
      cells: overview("政府信息公开申请中，予以公开27件、部分公开6件、不予公开十件、无法提供18件。"),
      findings: [
        {
          path: "requests.outcomes.withheld.stateSecret.total",
          cells: [
            "requests.outcomes.withheld.stateSecret.total",
            "requests.outcomes.withheld.prohibitedByLaw.total",
            "requests.outcomes.withheld.endangersSafety.total",
            "requests.outcomes.withheld.thirdPartyRights.total",
            "requests.outcomes.withheld.internalAffairs.total",
            "requests.outcomes.withheld.processInformation.total",
            "requests.outcomes.withheld.enforcementFiles.total",
            "requests.outcomes.withheld.queryMatters.total",
          ],
          data: {
            shape: "withheld",
            stated: 10,
            table: 9,
            readings: [{ label: { zh: "（三）不予公开" }, value: 9 }],
          },
        },
      ],
    },
    {
      name: "予以公开及部分公开 against （一）+（二）",
      report: sample2021,
      cells: overview("政府信息公开申请中，予以公开及部分公开三十件。"),
      findings: [
        {
          path: "requests.outcomes.disclosed.total",
          cells: ["requests.outcomes.disclosed.total", "requests.outcomes.partiallyDisclosed.total"],
          data: { shape: "disclosed-and-partially", stated: 30, table: 33 },
        },
      ],
    },
    {
      name: "行政诉讼 matching neither kind nor their sum",
      report: sample2021,
      cells: overview("因政府信息公开被申请行政复议4件，被提起行政诉讼5起。"),
      findings: [
        {
          path: "appeals.litigationDirect.total",
          cells: ["appeals.litigationDirect.total", "appeals.litigationAfterReview.total"],
          data: {
            shape: "litigation",
            stated: 5,
            table: 3,
            readings: [{ value: 3 }, { value: 2 }, { value: 1 }],
          },
        },
      ],
    },
    {
      name: "the 2019 edition's single （六）其他处理 row",
      report: seed,
      cells: {
        ...overview("政府信息公开申请中，予以公开186件，其他处理1件。"),
        "requests.outcomes.otherHandling.total": 2,
      },
      findings: [
        {
          path: "requests.outcomes.otherHandling.total",
          cells: ["requests.outcomes.otherHandling.total"],
          data: { shape: "other-handling", stated: 1, table: 2 },
          message: /（六）其他处理 2$/,
        },
      ],
    },
    {
      name: "行政复议 in a later section, with the section named",
      report: sample2021,
      cells: { "sections.other": "本年度因政府信息公开申请被申请行政复议3件。" },
      findings: [
        {
          path: "appeals.review.total",
          cells: ["appeals.review.total"],
          data: { sectionPath: ["sections", "other"], offset: 0, position: 1, stated: 3, table: 4 },
          message: /^六、其他需要报告的事项第 1 字起/,
        },
      ],
    },
  ],
});

const FIXTURES = [
  "seed-2020-balikun.json",
  "balikun-2019.json",
  "balikun-2021.json",
  "balikun-2022.json",
  "official-2019-yizhou.json",
  "official-2021-hami.json",
  "full-2021.json",
  "sample-2021-department.json",
];

describe(`${RULE} on real reports`, () => {
  it.each(FIXTURES)("finds nothing in %s", (name) => {
    expect(runRule(RULE, fixture(name))).toEqual([]);
  });

  it("reads the sentences that restate the tables and skips none of them", () => {
    const counts = { read: 0, skipped: 0, statements: 0 };
    for (const name of FIXTURES) {
      const report = fixture(name) as { year: number; sections?: Record<string, unknown> };
      for (const text of Object.values(report.sections ?? {})) {
        if (typeof text !== "string") continue;
        const reading = readText(text, report.year);
        counts.read += reading.read.length;
        counts.skipped += reading.skipped.length;
        counts.statements += reading.statements.length;
      }
    }
    // 巴里坤 2021 (新收, 尚有…在办理), 2022, 伊州, 哈密 and the department (新收, 上年结转, 办结, 结转下年度).
    expect(counts).toEqual({ read: 5, skipped: 0, statements: 9 });
  });

  // What the reader takes from a sentence, so that a silent valid case above is silent by agreement.
  it.each([
    ["全年共受理政府信息公开申请73件。", ["received:73"]],
    [
      "依申请公开方面，全年答复69件（含上年度结转申请5件，另有4件因需征求第三方意见顺延到下年度）。",
      ["answered:69", "carried-over:5", "carried-forward-after:4"],
    ],
    [
      "办理政府信息公开申请，其中予以公开27件、部分公开6件、不予公开9件、无法提供18件、不予处理5件、其他处理4件。",
      [
        "disclosed:27",
        "partially-disclosed:6",
        "withheld:9",
        "unavailable:18",
        "not-processed:5",
        "other-handling:4",
      ],
    ],
    ["政府信息公开申请中，予以公开及部分公开33件。", ["disclosed-and-partially:33"]],
    [
      "全年新收政府信息公开申请六十八件，上年结转５件，办结六十九件。",
      ["received:68", "carried-over:5", "answered:69"],
    ],
    ["因政府信息公开被申请行政复议4件，被提起行政诉讼3件。", ["review:4", "litigation:3"]],
    ["涉及政府信息公开的行政复议案件备案12件。", []],
    ["全年主动公开政府信息612条，组织培训2次，依申请公开答复率100%，2021年3月15日收取信息处理费2件次。", []],
    ["全县共办理行政复议案件56件，行政诉讼案件31件。", []],
    ["全年新收政府信息公开申请近百件。", []],
    ["全年新收政府信息公开申请一百余件。", []],
    ["全年新收政府信息公开申请约120件。", []],
    ["2020年收到政府信息公开申请120件。", []],
    ["依申请公开申请较上年增加30件。", []],
    ["其中通过网络收到政府信息公开申请50件。", []],
    ["截至目前共发布依申请类事项548个，受理政务服务事项5148件。", []],
    ["政府信息公开申请中不予公开、无法提供共27件。", []],
    ["全年收到政府信息公开申请2,674件。", ["received:2674"]],
    [
      "全年共受理政府信息公开申请73件，其中新收68件、上年结转5件。",
      ["received:73", "received-short:68", "carried-over:5"],
    ],
    ["本年度共收到政府信息公开申请73件（其中上年结转5件）。", ["received:73", "carried-over:5"]],
    ["全年收到政府信息公开申请73件，其中县政府办公室收到政府信息公开申请20件。", ["received:73"]],
    ["各乡镇共收到政府信息公开申请48件。", []],
    ["政府信息公开申请均已办结，其中当场答复12件、延期答复3件。", []],
    ["政府信息公开申请受理并答复69件。", []],
    ["依申请公开方面，年底尚有4件正在办理。", ["still-open:4"]],
    ["依申请公开方面，目前尚有2件正在办理。", []],
    ["全年收到政府信息公开申请68件，同比增长13%。", ["received:68"]],
    ["全年收到政府信息公开申请68件，较2020年的55件有所增加。", ["received:68"]],
    ["全年收到政府信息公开申请68件次。", []],
    ["全年收到政府信息公开申请100件以上。", []],
    ["第2件政府信息公开申请于3日内答复。", []],
    ["依申请公开新收68件中4件结转下年度。", ["received-short:68", "carried-forward-after:4"]],
    ["依申请公开受理68件中4件结转下年度。", ["carried-forward-after:4"]],
  ])("reads %s", (text, want) => {
    expect(readText(text, 2021).statements.map((s) => `${s.shape.id}:${s.stated}`)).toEqual(want);
  });

  // One sentence per known shape, so that a shape no sentence can reach fails here.
  const BY_SHAPE: Record<string, string> = {
    "disclosed-and-partially": "政府信息公开申请予以公开及部分公开33件",
    received: "收到政府信息公开申请68件",
    "received-short": "依申请公开新收68件",
    "carried-over": "依申请公开上年结转5件",
    "carried-forward": "依申请公开结转下年度4件",
    answered: "依申请公开办结69件",
    "carried-forward-after": "依申请公开另有4件顺延到下年度",
    "still-open": "依申请公开年底尚有4件在办理",
    disclosed: "政府信息公开申请予以公开27件",
    "partially-disclosed": "政府信息公开申请部分公开6件",
    withheld: "政府信息公开申请不予公开9件",
    unavailable: "政府信息公开申请无法提供18件",
    "not-processed": "政府信息公开申请不予处理5件",
    "other-handling": "政府信息公开申请其他处理4件",
    review: "因政府信息公开被申请行政复议4件",
    litigation: "因政府信息公开被提起行政诉讼3起",
  };
  it("has a sentence for every shape", () => {
    expect(Object.keys(BY_SHAPE).sort()).toEqual(SHAPES.map((s) => s.id).sort());
  });
  it.each(Object.entries(BY_SHAPE))("reads the shape %s", (id, text) => {
    expect(readText(text, 2021).statements.map((s) => s.shape.id)).toEqual([id]);
  });

  it("tells where the figures it read come from", () => {
    const text = SAMPLE_OVERVIEW;
    const { statements } = readText(text, 2021);
    expect(
      statements.map((s) => [
        s.shape.id,
        s.stated,
        text.slice(s.phrase.offset, s.phrase.offset + s.phrase.text.length),
      ]),
    ).toEqual([
      ["received", 68, "新收政府信息公开申请68件"],
      ["carried-over", 5, "上年结转5件"],
      ["answered", 69, "办结69件"],
      ["carried-forward", 4, "结转下年度4件"],
    ]);
  });
});
