import { describe, expect, it } from "vitest";
import type { TableBlock } from "../../src/import/document.js";
import { readHtml } from "../../src/import/html-grid.js";
import { importHtml, importText } from "../../src/index.js";

const tables = (html: string) => readHtml(html).blocks.filter((b): b is TableBlock => b.kind === "table");
const cellCount = (t: TableBlock) => t.rows.reduce((n, r) => n + r.length, 0);

describe("hostile spans: the grid stays the size of the table", () => {
  it('colspan="1000000000" counts as 1000, as in browsers', () => {
    const [t] = tables('<table><tr><td colspan="1000000000">规章</td><td>7</td></tr></table>');
    expect(t?.rows).toHaveLength(1);
    expect(t?.rows[0]).toHaveLength(1001);
    expect(t?.rows[0]?.[1000]).toMatchObject({ text: "7", origin: true });
  });

  it('rowspan="1000000000" reaches no further than the last row', () => {
    const html =
      '<table><tr><td rowspan="1000000000" colspan="1000000000">规章</td></tr><tr><td>1</td></tr></table>';
    const [t] = tables(html);
    expect(t?.rows).toHaveLength(2);
    expect(t?.rows.map((r) => r.length)).toEqual([1000, 1001]);
    expect(t?.rows[1]?.[1000]).toMatchObject({ text: "1", origin: true });
    expect(importHtml(html).findings.map((f) => f.ruleId)).toContain("import.no-tables");
  });

  it("spans that would cover millions of cells are copied only up to the table's budget", () => {
    // 300 rows, each cell spanning 1000 columns to the end of the table: 45 million cells uncapped.
    const html = `<table>${'<tr><td colspan="1000" rowspan="1000">x</td></tr>'.repeat(300)}</table>`;
    const [t] = tables(html);
    expect(t?.rows).toHaveLength(300);
    expect(cellCount(t as TableBlock)).toBeLessThanOrEqual(100_300);
    // Every cell is still read once, where it starts.
    expect(t?.rows.flat().filter((c) => c.origin && c.text === "x")).toHaveLength(300);
  });
});

describe("hostile nesting: no recursion over the page", () => {
  it("100,000 nested inline elements", () => {
    const page = `${"<span>".repeat(100_000)}<table><tr><td>规章</td><td>2</td></tr></table>`;
    const [t] = tables(page);
    expect(t?.rows[0]?.map((c) => c.text)).toEqual(["规章", "2"]);
  });

  it("5,000 tables nested in each other's cells: the innermost is the data", () => {
    const page = `${"<table><tr><td>".repeat(5000)}<table><tr><td>规章</td><td>2</td></tr></table>`;
    const found = tables(page);
    expect(found).toHaveLength(1);
    expect(found[0]?.rows[0]?.map((c) => c.text)).toEqual(["规章", "2"]);
    expect(() => importHtml(page)).not.toThrow();
  });

  it("100,000 lines of pipes as text", () => {
    expect(() => importText("|\n".repeat(100_000))).not.toThrow();
  });
});
