import { describe, expect, it } from "vitest";
import { displayWidth, pad } from "../../src/diff/width.js";
import { diffReports, renderDiffMarkdown, renderDiffText } from "../../src/index.js";
import { report } from "../load-fixture.js";

describe("displayWidth", () => {
  it.each([
    ["abc", 3],
    ["巴里坤", 6],
    ["（一）予以公开", 14],
    ["行政复议 · 总计", 15],
    ["１２９", 6],
  ])("%s takes %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("pads by display width", () => {
    expect(pad("总计", 6)).toBe("总计  ");
    expect(pad("12", 4, true)).toBe("  12");
  });
});

// Measured independently of displayWidth: CJK ideographs and punctuation, full-width forms take two.
const columns = (text: string) => text.length + (text.match(/[\u3000-\u9fff\uff00-\uff60]/g)?.length ?? 0);

describe("renderDiffText", () => {
  it("aligns the number columns under Chinese labels", () => {
    const text = renderDiffText(diffReports(report(2021), report(2022)));
    const lines = text.split("\n");
    const start = lines.indexOf("四、政府信息公开行政复议、行政诉讼情况") + 2;
    const table = lines.slice(start, start + 17); // header, rule, 15 rows
    expect(table[2]).toMatch(/^行政复议 · 结果维持 +1 +0 +-1 +-100\.0%$/);
    // Every row's delta column ends at the same display column, whatever the label's width.
    const deltaEnds = table
      .filter((_, i) => i !== 1)
      .map((line) => {
        // label, then three columns: the previous year, this year, the change.
        const match = /^(.*?) {2,}\S+ +\S+ +\S+/.exec(line);
        return match ? columns(match[0]) : -1;
      });
    expect(deltaEnds).toHaveLength(16);
    expect(new Set(deltaEnds).size).toBe(1);
  });

  it("prints the change-of-format line and the findings in the locale asked for", () => {
    const previous = report(2020);
    previous.requests.carriedForward.naturalPerson = 2;
    previous.requests.carriedForward.total = 2;
    const diff = diffReports(previous, report(2021)); // findings rendered in zh-CN
    const text = renderDiffText(diff, { locale: "en", changedOnly: true });
    expect(text).toContain("巴里坤县人民政府: 2021 compared with 2020");
    expect(text).toContain("Format: 2019 edition → 2021 edition");
    expect(text).toContain(
      "[error] Carried over = last year's carried forward · Table III · II. Requests carried over from last year · natural persons: natural persons: carried over 0 ≠ last year's carried forward 2 (off by -2)",
    );
    expect(text).toMatch(/\d+ unchanged figures not shown\./);
  });
});

describe("what is wrong, said first", () => {
  it("names both organs and says so on the first line when the organs differ", () => {
    const other = report(2021);
    other.organ = "伊州区教育局";
    const text = renderDiffText(diffReports(other, report(2022)));
    const [first, title] = text.split("\n");
    expect(first).toBe("请先核对：报告主体“巴里坤县人民政府”与上年报告主体“伊州区教育局”不是同一机关");
    expect(title).toBe("巴里坤县人民政府（上年报告为伊州区教育局）：2022年与2021年报告对比");
  });

  it("says the years are in the wrong order before any row", () => {
    const text = renderDiffText(diffReports(report(2022), report(2021)));
    expect(text.split("\n")[0]).toBe(
      "请先核对：年度顺序颠倒：前一份是 2022 年的报告，后一份是 2021 年的；应先给上一年度的报告",
    );
    const markdown = renderDiffMarkdown(diffReports(report(2022), report(2021)), { locale: "en" });
    expect(markdown.split("\n")[0]).toMatch(/^> \*\*Check first: Years in the wrong order/);
  });

  it("starts with the title when organ and years are right", () => {
    expect(renderDiffText(diffReports(report(2021), report(2022))).split("\n")[0]).toBe(
      "巴里坤县人民政府：2022年与2021年报告对比",
    );
  });
});

describe("renderDiffMarkdown", () => {
  const diff = diffReports(report(2020), report(2021));

  it("writes one Markdown table per report table, with signed changes", () => {
    const md = renderDiffMarkdown(diff);
    expect(md).toContain("## 巴里坤县人民政府：2021年与2020年报告对比");
    expect(md).toContain("| 项目 | 2020 | 2021 | 增减 | 增减率 | 说明 |");
    expect(md).toContain("| 一、本年新收政府信息公开申请数量 · 总计 | 191 | 193 | +2 | +1.0% |  |");
    expect(md).toContain("| 四、结转下年度继续办理 · 总计 |  | 5 | +5 |  |  |");
    expect(md).toContain(
      "| 第二十条第（九）项 · 政府集中采购 · 采购总金额 | 7113 | — | 不可比 |  | 2021年版格式已取消此项 |",
    );
    expect(md).toContain("### 跨年度检查\n\n未发现问题。");
    // Three tables, each with its header.
    expect(md.match(/^\| 项目 \|/gm)).toHaveLength(3);
  });

  it("renders English labels and leaves out unchanged figures when asked", () => {
    const md = renderDiffMarkdown(diff, { locale: "en", changedOnly: true });
    expect(md).toContain("| I. New requests received this year · total | 191 | 193 | +2 | +1.0% |  |");
    expect(md).not.toContain(
      "| III. Outcomes this year · (3) Withheld · 1. State secret · natural persons |",
    );
    expect(md).toMatch(/\d+ unchanged figures not shown\./);
  });
});
