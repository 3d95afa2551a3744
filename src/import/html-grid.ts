import { type DefaultTreeAdapterMap, parse } from "parse5";
import type { Block, GridCell, PageDocument, TableBlock } from "./document.js";
import { cleanText } from "./normalise.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "br",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "pre",
  "tr",
  "td",
  "th",
  "table",
  "title",
  "dt",
  "dd",
]);
const SKIP_TAGS = new Set(["script", "style", "template", "noscript", "head"]);

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function span(el: Element, name: string): number {
  const n = Number.parseInt(attr(el, name) ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** Text of a node with block boundaries and <br> as line breaks (Word's <o:p>, <span> are inline). */
function textOf(node: Node, out: string[] = []): string[] {
  if (node.nodeName === "#text") out.push((node as DefaultTreeAdapterMap["textNode"]).value);
  if (!isElement(node) && !("childNodes" in node)) return out;
  if (isElement(node) && SKIP_TAGS.has(node.tagName)) return out;
  const tag = isElement(node) ? node.tagName : "";
  if (BLOCK_TAGS.has(tag)) out.push("\n");
  for (const child of (node as Element).childNodes ?? []) textOf(child, out);
  if (BLOCK_TAGS.has(tag)) out.push("\n");
  return out;
}

function lines(node: Node): string[] {
  return textOf(node)
    .join("")
    .split("\n")
    .map(cleanText)
    .filter((l) => l !== "");
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (el: Element) => {
    for (const child of el.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === "tr") rows.push(child);
      else if (child.tagName === "thead" || child.tagName === "tbody" || child.tagName === "tfoot")
        visit(child);
    }
  };
  visit(table);
  return rows;
}

/** A cell's text on one line; most cells hold a single text node, read without the walk. */
function cellText(td: Element): string {
  const only = td.childNodes.length === 1 ? td.childNodes[0] : undefined;
  if (only?.nodeName === "#text") return cleanText((only as DefaultTreeAdapterMap["textNode"]).value);
  return cleanText(lines(td).join(" "));
}

/** Lays a <table> out on a grid: rowspan and colspan fill the covered cells with marked copies. */
function gridOf(table: Element, tableNo: number): TableBlock {
  const grid: (GridCell | undefined)[][] = [];
  rowsOf(table).forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of tr.childNodes) {
      if (!isElement(td) || (td.tagName !== "td" && td.tagName !== "th")) continue;
      const row = grid[r] ?? [];
      while (row[c]) c++;
      const text = cellText(td);
      const rs = span(td, "rowspan");
      const cs = span(td, "colspan");
      for (let dr = 0; dr < rs; dr++) {
        grid[r + dr] ??= [];
        const target = grid[r + dr] ?? [];
        for (let dc = 0; dc < cs; dc++) {
          target[c + dc] = {
            text,
            origin: dr === 0 && dc === 0,
            where: `table ${tableNo}, row ${r + 1}, column ${c + 1}`,
          };
        }
      }
      c += cs;
    }
  });
  const rows = grid.map((row, r) =>
    Array.from(
      row,
      (cell, c) =>
        cell ?? { text: "", origin: true, where: `table ${tableNo}, row ${r + 1}, column ${c + 1}` },
    ),
  );
  return { kind: "table", rows };
}

function hasTable(el: Element): boolean {
  return el.childNodes.some((c) => isElement(c) && (c.tagName === "table" || hasTable(c)));
}

/** Reads an HTML page into blocks: text outside tables line by line, each <table> as a grid. */
export function readHtml(html: string): PageDocument {
  const root = parse(html);
  const blocks: Block[] = [];
  let tables = 0;
  let paragraphs = 0;
  let pending: string[] = [];
  let organKind: string | undefined;
  const flush = () => {
    for (const line of pending.join("").split("\n")) {
      const text = cleanText(line);
      if (text !== "") blocks.push({ kind: "text", text, where: `paragraph ${++paragraphs}` });
    }
    pending = [];
  };
  const walk = (node: Node) => {
    if (isElement(node)) {
      if (SKIP_TAGS.has(node.tagName)) return;
      organKind ??= attr(node, "data-organ-kind");
      if (node.tagName === "table") {
        // CMS pages wrap whole articles in layout tables: only a table without tables inside is data.
        if (!hasTable(node)) {
          flush();
          blocks.push(gridOf(node, ++tables));
          return;
        }
      }
      if (BLOCK_TAGS.has(node.tagName)) pending.push("\n");
      for (const child of node.childNodes) walk(child);
      if (BLOCK_TAGS.has(node.tagName)) pending.push("\n");
      return;
    }
    if (node.nodeName === "#text") pending.push((node as DefaultTreeAdapterMap["textNode"]).value);
    else if ("childNodes" in node) for (const child of (node as Element).childNodes) walk(child);
  };
  walk(root);
  flush();
  return { blocks, hints: organKind ? { organKind } : {} };
}
