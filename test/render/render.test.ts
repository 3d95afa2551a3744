import { readFileSync } from "node:fs";
import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { PROACTIVE_ROWS_2021 } from "../../src/model/proactive-rows.js";
import { reportSchema } from "../../src/model/report.js";
import { TABLE3_CORNER_NOTE, table3Rows } from "../../src/model/table3.js";
import { renderHtml } from "../../src/render/html.js";
import { renderMarkdown } from "../../src/render/markdown.js";

const load = (name: string) =>
  reportSchema.parse(JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")));
const seed = load("seed-2020-balikun.json");
const hami = load("official-2021-hami.json");

type Node = {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
};
type Cell = { text: string; rowspan?: string | undefined; colspan?: string | undefined };
function cells(html: string): Cell[][] {
  const tables: Cell[][] = [];
  const text = (n: Node): string =>
    n.nodeName === "#text" ? (n.value ?? "") : (n.childNodes ?? []).map(text).join("");
  const walk = (n: Node) => {
    if (n.nodeName === "table") tables.push([]);
    if (n.nodeName === "td") {
      const attr = (name: string) => n.attrs?.find((a) => a.name === name)?.value;
      const cell = { text: text(n), rowspan: attr("rowspan"), colspan: attr("colspan") };
      tables[tables.length - 1]?.push(cell);
    }
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parse(html) as unknown as Node);
  return tables;
}

describe("renderHtml", () => {
  const tables = cells(renderHtml(seed));

  it("writes the three official tables", () => {
    expect(tables).toHaveLength(3);
  });

  it("lays table 三 out with the corner note and the official spans", () => {
    const t3 = tables[1] ?? [];
    expect(t3[0]).toEqual({ text: TABLE3_CORNER_NOTE, rowspan: "3", colspan: "3" });
    expect(t3.find((c) => c.text === "法人或其他组织")).toMatchObject({ colspan: "5" });
    expect(t3.find((c) => c.text === "三、本年度办理结果")).toMatchObject({ rowspan: "20" });
    expect(t3.find((c) => c.text === "（三）不予公开")).toMatchObject({ rowspan: "8" });
    for (const row of table3Rows("2019")) expect(t3.map((c) => c.text)).toContain(row.own.zh);
  });

  it("groups 2021's （六）其他处理 over its three items", () => {
    const t3 = cells(renderHtml(hami))[1] ?? [];
    expect(t3.find((c) => c.text === "（六）其他处理")).toMatchObject({ rowspan: "3" });
    expect(t3.find((c) => c.text === "三、本年度办理结果")).toMatchObject({ rowspan: "22" });
  });

  it("writes table 二 of 2021 with its headers verbatim and the label spanning to the figure", () => {
    const t2 = cells(renderHtml(hami))[0] ?? [];
    const texts = t2.map((c) => c.text);
    for (const row of PROACTIVE_ROWS_2021) {
      expect(texts).toContain(row.label.zh);
      for (const column of row.columns) expect(texts).toContain(column.label.zh);
    }
    expect(t2.find((c) => c.text === "行政许可")).toMatchObject({ colspan: "3" });
    expect(t2.find((c) => c.text === "3519.5706")).toBeDefined();
  });

  it("escapes text", () => {
    const html = renderHtml({ ...seed, organ: "<b>某县</b>人民政府" });
    expect(html).toContain("&lt;b&gt;某县&lt;/b&gt;人民政府");
  });
});

describe("renderMarkdown", () => {
  const md = renderMarkdown(seed);

  it("puts the sections in the format's order, non-standard ones after", () => {
    const at = (s: string) => md.indexOf(s);
    const order = [
      "# 巴里坤县人民政府2020年政府信息公开工作年度报告",
      "## 一、总体情况",
      "## 二、主动公开政府信息情况",
      "## 三、收到和处理政府信息公开申请情况",
      "## 四、政府信息公开行政复议、行政诉讼情况",
      "## 五、存在的主要问题及改进情况",
      "## 六、其他需要报告的事项",
      "## 五、政务服务平台建设",
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("writes a merged cell once, at its top left, and leaves the positions it covers blank", () => {
    expect(md).toContain("|  |  | 7.属于行政执法案卷 | 2 |  |  |  |  |  | 2 |");
    expect(md).toContain("| 三、本年度办理结果 | （一）予以公开 |  |");
    expect(md).toContain(`| ${TABLE3_CORNER_NOTE} |  |  | 申请人情况 |  |`);
    // Each label of table 三 once: no label is written twice in the tables.
    expect(md.split("三、本年度办理结果").length - 1).toBe(1);
    expect(md.split(TABLE3_CORNER_NOTE).length - 1).toBe(1);
  });
});
