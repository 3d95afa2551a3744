import { describe, expect, it } from "vitest";
import { BOILERPLATE, stripBoilerplate } from "../../../src/rules/cross-year/boilerplate.js";
import { normaliseNarrative, textOverlap } from "../../../src/rules/cross-year/similarity.js";
import { validateReport } from "../../../src/validate/validate.js";
import { fixture } from "../../support/fixtures.js";

const isBoilerplate = (sentence: string) => BOILERPLATE.some((p) => p.test(normaliseNarrative(sentence)));

describe("BOILERPLATE", () => {
  it.each([
    "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，由青禾市人民政府办公室编制。",
    "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。",
    "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
    "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
    "本报告电子版可在青禾市人民政府门户网站（www.qinghe.gov.cn）政府信息公开专栏查阅或下载。",
    "如对本报告有疑问，请与青禾市人民政府办公室政务公开科联系（地址：青禾市行政中心北楼；电话：0000-00000000）。",
    "2020年无其他需要报告事项。",
    "本年度无其他需要报告的事项。",
  ])("template: %s", (sentence) => expect(isBoilerplate(sentence)).toBe(true));

  it.each([
    "2023年，本机关共受理政府信息公开申请69件，均在法定期限内答复。",
    "本报告期内，我局根据《条例》要求，主动公开各类信息1,203条，其中环评审批信息412条，并新建了环境信息公开专栏，及时回应群众关切，公开质量明显提升。",
    "统计期限内共受理申请69件。",
    "全年新收申请一百九十三件。",
    "如对答复不服的，申请人可依法申请行政复议。",
    "无。",
  ])("not a template: %s", (sentence) => expect(isBoilerplate(sentence)).toBe(false));

  it("strips whole template sentences and counts what it took out", () => {
    const { text, removed } = stripBoilerplate(
      "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。全年受理申请69件。\n本年度无其他需要报告的事项。",
    );
    expect(text).toBe("全年受理申请69件。\n");
    expect(removed).toBe(
      normaliseNarrative(
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止本年度无其他需要报告的事项",
      ).length,
    );
  });
});

describe("cross-year.copied-text discounts boilerplate", () => {
  // full-2021.json (青禾市 2023) opens with the whole template preamble.
  // biome-ignore lint/suspicious/noExplicitAny: edits arbitrary cells of a report fixture
  type Json = Record<string, any>;
  function pair(overview: string, lastOverview: string) {
    const previous = fixture("full-2021.json") as Json;
    previous.year = 2022;
    previous.period = { start: "2022-01-01", end: "2022-12-31" };
    previous.publishedOn = "2023-01-20";
    const current = fixture("full-2021.json") as Json;
    const preamble = previous.sections.preamble as string;
    previous.sections = {
      preamble: preamble.replaceAll("2023", "2022"),
      overview: lastOverview,
      other: "本年度无其他需要报告的事项。",
    };
    current.sections = { preamble, overview, other: "本年度无其他需要报告的事项。" };
    return { current, previous };
  }
  const copied = (current: unknown, previous: unknown) =>
    validateReport(current, { previous, rules: { include: ["cross-year.copied-text"] } }).findings;

  const lastYear =
    "2022年，青禾市坚持以公开为常态、不公开为例外，围绕营商环境、乡村振兴和民生保障公开政策文件，建成政策文件库，开展政务公开培训两次，抽查各部门网站栏目更新情况。";
  const thisYear =
    "2023年，市政府把基层政务公开标准目录延伸到村（社区），新建政务公开专区二十个，对重大决策预公开征求意见三次，在办事大厅设置意见箱并逐条回复群众留言。";

  it("does not flag two years that share only the template sentences", () => {
    const { current, previous } = pair(thisYear, lastYear);
    // Without the discount the shared template preamble would make the pair look copied.
    const raw = textOverlap(
      `${current.sections.preamble}\n${thisYear}\n本年度无其他需要报告的事项。`,
      `${previous.sections.preamble}\n${lastYear}\n本年度无其他需要报告的事项。`,
    );
    expect(raw.share).toBeGreaterThan(0.5);
    expect(copied(current, previous)).toEqual([]);
  });

  it("still flags a year's own text copied, and says how much was template", () => {
    const own = fixture("full-2021.json").sections as { overview: string };
    const { current, previous } = pair(own.overview, own.overview.replaceAll("2023", "2022"));
    const findings = copied(current, previous);
    expect(findings.map((f) => f.ruleId)).toEqual(["cross-year.copied-text"]);
    expect(findings[0]?.data.boilerplate).toBeGreaterThan(200);
  });
});
