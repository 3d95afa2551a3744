import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCrawlerHeader } from "../../src/import/crawler-header.js";
import { importText } from "../../src/import/import-text.js";
import { readOneLinePage } from "../../src/import/one-line-page.js";

const HEADER = [
  "标题: 某县2023年度政府信息公开工作年度报告",
  "发布时间: 2024-01-20 10:00",
  "文号: ",
  "发布机构: 某县人民政府办公室",
  "原文链接: https://example.gov.cn/t1.htm",
  "==================== 正文 ====================",
];

describe("a crawler's header block", () => {
  it("gives the title and the date to the meta reader, the rest is furniture", () => {
    const header = readCrawlerHeader([...HEADER, "正文"]);
    expect(header?.bodyFrom).toBe(6);
    expect(header?.meta.map((m) => m.text)).toEqual([
      "某县2023年度政府信息公开工作年度报告",
      "发布时间：2024-01-20 10:00",
    ]);
    expect(header?.furniture.map((f) => f.text)).toContain("原文链接: https://example.gov.cn/t1.htm");
  });

  it("hands on 发布机构 (or 来源) only where the title names no organ", () => {
    const untitled = ["标题: 2023年政府信息公开工作年度报告", "来源: 某市统计局", "正文"];
    expect(readCrawlerHeader(untitled)?.meta.map((m) => m.text)).toContain("发布机构：某市统计局");
    // A title that names its organ keeps the box out of it.
    const titled = ["标题: 某县2023年度政府信息公开工作年度报告", "来源: 某市统计局", "正文"];
    expect(readCrawlerHeader(titled)?.meta.map((m) => m.text)).toEqual([
      "某县2023年度政府信息公开工作年度报告",
    ]);
  });

  it("is no header without a title, nor when the fields stand below the text's start", () => {
    expect(readCrawlerHeader(["发布时间: 2024-01-20", "原文链接: x"])).toBeUndefined();
    expect(
      readCrawlerHeader(["某县2023年度政府信息公开工作年度报告", "标题: x", "发布时间: y"]),
    ).toBeUndefined();
  });
});

describe("a page on one line", () => {
  const page =
    "当前位置：首页 某县2023年度政府信息公开工作年度报告 来源：某县 时间：2024-01-20 10:00 微信 微博 根据条例编制。" +
    "一、总体情况全年公开信息12条。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000" +
    "三、收到和处理政府信息公开申请情况申请人情况一、本年新收政府信息公开申请数量500000 5" +
    "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000" +
    "五、存在的主要问题及改进情况无。六、其他需要报告的事项无。 附件下载";

  it("is cut at its section headings; runs are split off their labels, the next row's ordinal kept", () => {
    const read = readOneLinePage(page, 9, true);
    const tokens = read?.blocks.flatMap((b) =>
      b.kind === "flat" ? b.tokens.map((t) => `${t.kind}:${"text" in t ? t.text : ""}`) : [],
    );
    expect(tokens).toEqual([
      "cell:规章",
      "run:000",
      "end:",
      "cell:一、本年新收政府信息公开申请数量",
      "run:500000 5",
      "end:",
      "cell:（三）不予公开",
      "cell:1.属于国家秘密",
      "run:0000000",
      "end:",
      "cell:2.其他法律行政法规禁止公开",
      "run:0000000",
      "end:",
    ]);
    const texts = read?.blocks.flatMap((b) => (b.kind === "text" ? [b.text] : []));
    expect(texts).toEqual([
      "根据条例编制。",
      "一、总体情况",
      "全年公开信息12条。",
      "五、存在的主要问题及改进情况",
      "无。",
      "六、其他需要报告的事项",
      "无。",
    ]);
    expect(read?.furniture.map((f) => f.text)).toEqual(
      expect.arrayContaining([
        "附件下载",
        "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数",
        "申请人情况",
      ]),
    );
  });

  it("an unknown label before figures is an unknown row, not furniture", () => {
    const read = readOneLinePage(page.replace("1.属于国家秘密", "1.属于国家机密"), 9, true);
    const result = importText(`${HEADER.join("\n")}\n${page.replace("1.属于国家秘密", "1.属于国家机密")}\n`);
    expect(read).toBeDefined();
    expect(result.findings.find((f) => f.ruleId === "import.unknown-row")?.data.text).toContain(
      "1.属于国家机密",
    );
  });

  it("a line with one heading is not a page, nor a preamble that lists the sections", () => {
    expect(readOneLinePage("二、主动公开政府信息情况规章000", 1, false)).toBeUndefined();
    const listing =
      "本报告包括：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。";
    expect(readOneLinePage(listing, 1, false)).toBeUndefined();
  });

  // A crawler that kept no header: the page's text nodes run onto one line, breadcrumbs before the
  // title, the signature and the site's footer after the last sentence.
  const oneLine = (name: string) =>
    readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")
      .split("\n")
      .join(" ");

  it("finds the title after the breadcrumbs run into it, and the organ in it", () => {
    for (const [file, organ, year] of [
      ["textnodes-of-official-2021-hami.txt", "哈密市人民政府", 2022],
      ["textnodes-of-official-2019-yizhou.txt", "伊州区教育局", 2020],
    ] as const) {
      const glued = oneLine(file).replace(/(首页|信息公开) /g, "$1");
      for (const text of [`首页 > 政务公开 ${oneLine(file)}`, glued]) {
        const result = importText(text, { locale: "zh-CN" });
        expect(result.report?.organ, file).toBe(organ);
        expect(result.report?.year, file).toBe(year);
        expect(result.findings.map((f) => f.ruleId)).not.toContain("import.organ-inferred");
      }
    }
  });

  it("without a title, takes the organ from the signature run onto the last sentence, before the footer", () => {
    const untitled = oneLine("textnodes-of-official-2019-yizhou.txt").replace(
      /\S*政府信息公开工作年度报告/,
      "",
    );
    const result = importText(untitled, { locale: "zh-CN" });
    expect(result.report?.organ).toBe("伊州区教育局");
    const inferred = result.findings.find((f) => f.ruleId === "import.organ-inferred");
    expect(inferred?.message).toContain("落款“伊州区教育局 2021年1月25日”");
  });

  it("never takes breadcrumbs or a date for the organ", () => {
    const text = oneLine("textnodes-of-official-2021-hami.txt").replace(
      /哈密市人民政府(2022年政府信息公开工作年度报告)/,
      "发布时间2023-01-20$1",
    );
    const result = importText(text, { locale: "zh-CN" });
    expect(result.report?.organ ?? "").not.toMatch(/发布|\d/);
  });
});
