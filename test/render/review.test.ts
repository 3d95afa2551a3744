import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  fieldAt,
  renderReview,
  renderReviewIndex,
  reportSchema,
  reviewIndexEntry,
  validateReport,
} from "../../src/index.js";
import { table2Layout, table3Layout, table4Layout } from "../../src/render/layout.js";
import { lineChart } from "../../src/render/review/charts.js";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const json = (name: string) => JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8"));

function wrong() {
  const report = json("balikun-2021.json");
  report.requests.outcomes.disclosed.naturalPerson = 183;
  return report;
}

const cellTag = (html: string, id: string) => new RegExp(`<td[^>]* id="${id}"[^>]*>`).exec(html)?.[0] ?? "";

describe("layout paths", () => {
  it.each(["seed-2020-balikun.json", "balikun-2021.json"])("every figure of %s names a field", (file) => {
    const report = reportSchema.parse(json(file));
    const cells = [table2Layout, table3Layout, table4Layout].flatMap((l) => l(report).flat());
    const figures = cells.filter((c) => c.value);
    expect(figures.length).toBeGreaterThan(100);
    for (const c of figures) expect(c.path && fieldAt(report.edition, c.path), String(c.path)).toBeTruthy();
  });
});

describe("renderReview", () => {
  it("names a rule by its title and a cell by its labels; the ids on hover", () => {
    const html = renderReview(validateReport(wrong()));
    expect(html).toContain(
      '<span class="zr-rule" title="requests.row-total">总计 = 自然人 + 法人或其他组织各列之和</span>',
    );
    expect(html).toMatch(
      /<a class="zr-go" href="#c-requests-outcomes-disclosed-total" title="requests\.outcomes\.disclosed\.total">定位到单元格 表三 · （一）予以公开 · 总计<\/a>/,
    );
    expect(html).not.toContain("<code>");
  });

  it("marks the suspect cell (with the suggested value) and the broken totals, and nothing else", () => {
    const html = renderReview(validateReport(wrong()));
    const marked = [...html.matchAll(/<td[^>]* id="(c-[^"]+)" class="zr-v zr-mark (zr-\w+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(marked).toEqual([
      ["c-requests-outcomes-disclosed-naturalPerson", "zr-suspect"],
      ["c-requests-outcomes-disclosed-total", "zr-error"],
      ["c-requests-outcomes-total-naturalPerson", "zr-error"],
    ]);
    expect(cellTag(html, "c-requests-outcomes-disclosed-naturalPerson")).toContain('tabindex="0"');
    expect(html).toContain('<span class="zr-to">→138</span>');
    expect(html).toContain("建议值：138（报 183）");
    expect(html).toContain('href="#c-requests-outcomes-total-naturalPerson"');
    // Cells of a broken equation are outlined; untouched cells are plain.
    expect(cellTag(html, "c-requests-outcomes-partiallyDisclosed-naturalPerson")).toContain("zr-involved");
    expect(cellTag(html, "c-requests-received-naturalPerson")).toBe(
      '<td id="c-requests-received-naturalPerson" class="zr-v">',
    );
  });

  it("is self-contained: no script, no external reference, a CSP that forbids the network", () => {
    const html = renderReview(validateReport(wrong()), { previous: json("seed-2020-balikun.json") });
    expect(html).not.toMatch(/<script|\bsrc=|https?:\/\//);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain(
      '<div class="zr-print-head" aria-hidden="true">巴里坤县人民政府 · 2021 · 政府信息公开工作年度报告审阅</div>',
    );
    expect(html).toContain("size:A4");
  });

  it("lists waived findings apart and does not mark their cells", () => {
    const result = validateReport(wrong());
    const waived = result.findings.map((f) =>
      f.ruleId === "requests.row-total" ? { ...f, waived: { reason: "已核实" } } : f,
    );
    const html = renderReview({ ...result, findings: waived });
    expect(cellTag(html, "c-requests-outcomes-disclosed-total")).not.toContain("zr-mark");
    const apart = html.slice(html.indexOf('class="zr-waived-block"'));
    expect(apart).toContain("requests.row-total");
    expect(apart).toContain("豁免理由：已核实");
  });

  it("with earlier years: the year-over-year table against the nearest and charts of every year", () => {
    const previous = [json("seed-2020-balikun.json"), json("balikun-2019.json")];
    const html = renderReview(validateReport(json("balikun-2021.json")), { previous });
    expect(html).toContain("与上年比较（2020 → 2021）");
    expect(html.match(/<figure class="zr-chart">/g)).toHaveLength(6);
    expect(html).toContain('aria-label="行政诉讼: 2019 0, 2020 0, 2021 0"');
  });

  it("puts the figures that changed first in the year-over-year table, then those the same", () => {
    const html = renderReview(validateReport(json("balikun-2022.json")), {
      previous: json("balikun-2021.json"),
    });
    const table = html.slice(
      html.indexOf('class="zr-yoy"'),
      html.indexOf("</table>", html.indexOf('class="zr-yoy"')),
    );
    const rows = [
      ...table.matchAll(
        /<tr( class="[^"]*")?><th[^>]*>([^<]*)<\/th>(?:<td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td>)?/g,
      ),
    ];
    const divider = rows.findIndex((r) => r[1] === ' class="zr-same"');
    expect(divider).toBeGreaterThan(0);
    expect(rows[divider]?.[2]).toMatch(/^以下 \d+ 项与上年相同$/);
    const before = rows.slice(1, divider);
    const after = rows.slice(divider + 1);
    expect(after.length).toBeGreaterThan(0);
    for (const r of before) expect(r[5] !== "0" || r[1] === ' class="zr-nc"', r[2]).toBe(true);
    for (const r of after) expect(r[5], r[2]).toBe("0");
  });

  it("draws a short column header on one line, and lets a long label wrap only between words", () => {
    const html = renderReview(validateReport(json("balikun-2021.json")));
    expect(html).toContain('<th rowspan="2" class="zr-nb">自然人</th>');
    expect(html).toContain('<th class="zr-nb">商业企业</th>');
    expect(html).toMatch(/\.zr-table th\{[^}]*word-break:keep-all/);
    expect(html).toContain(".zr-table th.zr-nb{white-space:nowrap}");
  });

  it("places each year on the chart by its year: a missing year keeps its gap and breaks the line", () => {
    const svg = lineChart("申请", [
      { year: 2019, value: 1 },
      { year: 2020, value: 2 },
      { year: 2023, value: 3 },
    ]);
    const xs = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(3);
    const [a = 0, b = 0, c = 0] = xs;
    expect((c - b) / (b - a)).toBeCloseTo(3, 5);
    // 2019–2020 joined; nothing drawn across 2021 and 2022.
    expect(svg.match(/<polyline /g)).toHaveLength(1);
  });

  it("says why the previous report cannot be compared", () => {
    const html = renderReview(validateReport(json("balikun-2021.json")), { previous: { edition: "2021" } });
    expect(html).toContain("上年报告无法比较");
  });

  it("in English, and for input that is not a report (no tables, the findings still listed)", () => {
    const en = renderReview(validateReport(wrong(), { locale: "en" }), { locale: "en" });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("2 errors · 0 warnings · 0 notes · 1 suspect cells");
    expect(en).toContain("suggested: 138 (reported 183)");
    const bad = renderReview(validateReport({ edition: "2021", organ: 5 }));
    expect(bad).toContain("报告不符合任一版本的格式，无法画出表格");
    expect(bad).toContain('data-group="other"');
  });

  it("escapes what the report says", () => {
    const report = json("balikun-2021.json");
    report.organ = '<img src=x onerror="alert(1)">';
    const html = renderReview(validateReport(report), { source: "<b>.json" });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>.json");
  });
});

describe("renderReviewIndex", () => {
  it("one row per report, linked, with counts and status; escaped", () => {
    const entries = [
      reviewIndexEntry(validateReport(wrong()), "a/wrong.json", "a_wrong.html"),
      reviewIndexEntry(validateReport(json("balikun-2021.json")), "b.json", "b.html"),
      { file: "<x>.txt", status: "unreadable" as const, errors: 0, warnings: 0, suspects: 0, message: "空" },
    ];
    expect(entries[0]).toMatchObject({
      status: "errors",
      errors: 2,
      suspects: 1,
      year: 2021,
      edition: "2021",
    });
    const html = renderReviewIndex(entries);
    expect(html.match(/<tr data-status=/g)).toHaveLength(3);
    expect(html).toContain('<a href="a_wrong.html">巴里坤县人民政府</a>');
    expect(html).toContain("&lt;x&gt;.txt");
    expect(html).toContain("显示 3 / 3 份报告");
  });
});
