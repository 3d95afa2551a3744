import { readFileSync } from "node:fs";
import fc from "fast-check";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

/** The published pages and texts of test/fixtures/: what the importers meet in the wild. */
export const REAL_PAGES: readonly string[] = [
  fixture("official-2021-hami.html"),
  fixture("official-2019-yizhou.html"),
  fixture("word-export-2020-yizhou.html"),
];
export const REAL_TEXTS: readonly string[] = [
  fixture("seed-2020-balikun.txt"),
  fixture("pdf-2022-hami.md"),
  fixture("pdftotext-2021-hami.txt"),
  fixture("pdftotext-2019-yizhou-vertical.txt"),
  fixture("fragmented-2021-qinghe.md"),
  fixture("copied-2021-department.txt"),
];

// Words the readers look for, so random markup often reaches the label books and the cell readers.
const WORDS = [
  "规章",
  "行政规范性文件",
  "行政许可",
  "自然人",
  "商业企业",
  "总计",
  "（七）总计",
  "一、本年新收政府信息公开申请数量",
  "三、本年度办理结果",
  "（一）予以公开",
  "其中：",
  "行政复议",
  "行政诉讼",
  "结果维持",
  "第二十条第（一）项",
  "本年收费金额（万元）",
  "数据1",
  "12",
  "０",
  "1,234",
  "-3",
  "增加5",
  "/",
  "—",
  "1.5万元",
  "300元",
  "约两万",
  "\u00a0",
  "\u3000",
  "\uFEFF",
  "\uD800",
  "|",
  "\n",
];

const SPANS = ["1", "2", "0", "-1", "1000", "1001", "65535", "100000", "1000000000", "1e9", "x", "", " 3 "];

const text = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
);

const attribute = fc.oneof(
  fc.tuple(fc.constantFrom("colspan", "rowspan"), fc.constantFrom(...SPANS)).map(([n, v]) => ` ${n}="${v}"`),
  fc.constantFrom(
    ' data-organ-kind="department"',
    ' style="mso-bidi-font-size:10.5pt"',
    " class",
    ' x="<td>"',
  ),
);

const TAGS = ["table", "tbody", "thead", "tr", "td", "th", "div", "p", "span", "br", "o:p", "b", "h2", "h3"];
const RAW = ["script", "style", "template", "noscript", "title", "textarea"];

/** A piece of markup: open or close tags (left unbalanced at will), comments, text, raw-text elements. */
const piece = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }))
      .map(([t, a]) => `<${t}${a.join("")}>`),
    weight: 6,
  },
  { arbitrary: fc.constantFrom(...TAGS).map((t) => `</${t}>`), weight: 3 },
  { arbitrary: text, weight: 6 },
  {
    arbitrary: fc.constantFrom(
      "<!--",
      "-->",
      "<!-- x -->",
      "<![CDATA[",
      "<!DOCTYPE html>",
      "&nbsp;",
      "&#x0;",
      "&amp",
      "<",
      ">",
      "</",
    ),
    weight: 1,
  },
  { arbitrary: fc.tuple(fc.constantFrom(...RAW), text).map(([t, x]) => `<${t}>${x}`), weight: 1 },
);

/** Random, garbled HTML: unbalanced tags, huge or nonsense spans, comments and raw text left open. */
export const garbledHtml: fc.Arbitrary<string> = fc.array(piece, { maxLength: 200 }).map((p) => p.join(""));

/** Tables inside tables, or cells inside cells, `depth` deep, with a real row at the bottom. */
export const nestedTables: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 1, max: 400 }),
    fc.constantFrom("<table><tr><td>", "<td>", "<tr>", "<div><table><tr><td colspan=1000000000>"),
  )
  .map(
    ([depth, open]) =>
      `${open.repeat(depth)}<table><tr><td>规章</td><td>2</td><td>1</td><td>35</td></tr></table>`,
  );

/** Random bytes read as UTF-8 or as Latin-1 (what a page with the wrong charset becomes). */
export const randomBytes: fc.Arbitrary<string> = fc
  .tuple(fc.uint8Array({ maxLength: 2000 }), fc.boolean())
  .map(([bytes, utf8]) => Buffer.from(bytes).toString(utf8 ? "utf8" : "latin1"));

/** An edit of a real document: delete, duplicate or replace a slice, or insert markup or bytes. */
const edit = fc.tuple(
  fc.constantFrom("delete", "duplicate", "insert", "replace"),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.nat({ max: 400 }),
  fc.oneof(
    piece,
    text,
    randomBytes.map((s) => s.slice(0, 40)),
  ),
);

function applyEdits(doc: string, edits: readonly (readonly [string, number, number, string])[]): string {
  let out = doc;
  for (const [kind, where, length, insert] of edits) {
    const at = Math.floor(where * out.length);
    const end = Math.min(out.length, at + length);
    if (kind === "delete") out = out.slice(0, at) + out.slice(end);
    else if (kind === "duplicate") out = out.slice(0, end) + out.slice(at, end) + out.slice(end);
    else if (kind === "insert") out = out.slice(0, at) + insert + out.slice(at);
    else out = out.slice(0, at) + insert + out.slice(end);
  }
  return out;
}

/** A real published page with 1–10 random edits. */
export const mutatedPage: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: REAL_PAGES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 10 }))
  .map(([i, edits]) => applyEdits(REAL_PAGES[i] as string, edits));

/** Random lines of text and Markdown: pipes, table rules, headings, numbers and labels. */
export const randomText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      text,
      fc.constantFrom(
        "|",
        "| --- | --- |",
        "|---|",
        "# ",
        "## 二、主动公开政府信息情况",
        "\n",
        "\r\n",
        "  ",
        "表",
      ),
    ),
    { maxLength: 300 },
  )
  .map((p) => p.join(""));

/** A real text or Markdown report with 1–10 random edits. */
export const mutatedText: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: REAL_TEXTS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 10 }))
  .map(([i, edits]) => applyEdits(REAL_TEXTS[i] as string, edits));
