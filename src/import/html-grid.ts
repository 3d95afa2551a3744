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

// HTML's own limits (a colspan above 1000 counts as 1000, a rowspan above 65534 as 65534), and a
// rowspan never reaches past the table's last row, as in browsers. Even so a few hundred bytes of
// spans can cover millions of cells, so one table's grid holds at most MAX_GRID_CELLS: beyond that
// a span is not copied further (its cell is still read once, where it starts).
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
const MAX_GRID_CELLS = 100_000;

function span(el: Element, name: "colspan" | "rowspan"): number {
  const n = Number.parseInt(attr(el, name) ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, name === "colspan" ? MAX_COLSPAN : MAX_ROWSPAN) : 1;
}

/**
 * Depth first through a tree, without recursion: parse5 builds pages nested 10⁵ deep, which a
 * recursive walk would not survive. `enter` sees each node and says whether to go into its children;
 * a block element puts a line break into `out` before and after them.
 */
function walkTree(root: Node, enter: (node: Node) => boolean, out: string[]): void {
  const stack: (Node | "\n")[] = [root];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if (step === "\n") {
      out.push("\n");
      continue;
    }
    if (!enter(step) || !("childNodes" in step)) continue;
    if (isElement(step) && BLOCK_TAGS.has(step.tagName)) {
      out.push("\n");
      stack.push("\n");
    }
    const children = (step as Element).childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
}

/** Text of a node with block boundaries and <br> as line breaks (Word's <o:p>, <span> are inline). */
function textOf(node: Node): string[] {
  const out: string[] = [];
  const enter = (n: Node) => {
    if (n.nodeName === "#text") out.push((n as DefaultTreeAdapterMap["textNode"]).value);
    return !(isElement(n) && SKIP_TAGS.has(n.tagName));
  };
  walkTree(node, enter, out);
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
  const trs = rowsOf(table);
  let budget = MAX_GRID_CELLS;
  trs.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of tr.childNodes) {
      if (!isElement(td) || (td.tagName !== "td" && td.tagName !== "th")) continue;
      const row = grid[r] ?? [];
      while (row[c]) c++;
      const text = cellText(td);
      const rs = Math.min(span(td, "rowspan"), trs.length - r);
      const where = `table ${tableNo}, row ${r + 1}, column ${c + 1}`;
      row[c] = { text, origin: true, where };
      budget -= 1;
      // The copies a span leaves in the cells it covers, while the table's budget lasts.
      const cs = budget > 0 ? span(td, "colspan") : 1;
      for (let dr = 0; dr < rs && budget > 0; dr++) {
        grid[r + dr] ??= [];
        const target = grid[r + dr] ?? [];
        for (let dc = dr === 0 ? 1 : 0; dc < cs && budget > 0; dc++, budget--) {
          target[c + dc] = { text, origin: false, where };
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

/** The elements with a <table> somewhere inside: each table marks its ancestors, once each. */
function tableHolders(root: Node): Set<Node> {
  const holders = new Set<Node>();
  walkTree(
    root,
    (node) => {
      if (isElement(node) && node.tagName === "table") {
        for (let up: Node | null = node.parentNode; up && !holders.has(up); ) {
          holders.add(up);
          up = "parentNode" in up ? up.parentNode : null;
        }
      }
      return true;
    },
    [],
  );
  return holders;
}

/** Reads an HTML page into blocks: text outside tables line by line, each <table> as a grid. */
export function readHtml(html: string): PageDocument {
  const root = parse(html);
  const blocks: Block[] = [];
  let tables = 0;
  let paragraphs = 0;
  const pending: string[] = [];
  let organKind: string | undefined;
  const flush = () => {
    for (const line of pending.join("").split("\n")) {
      const text = cleanText(line);
      if (text !== "") blocks.push({ kind: "text", text, where: `paragraph ${++paragraphs}` });
    }
    pending.length = 0;
  };
  const holders = tableHolders(root);
  const enter = (node: Node): boolean => {
    if (node.nodeName === "#text") {
      pending.push((node as DefaultTreeAdapterMap["textNode"]).value);
      return false;
    }
    if (!isElement(node)) return true;
    if (SKIP_TAGS.has(node.tagName)) return false;
    organKind ??= attr(node, "data-organ-kind");
    // CMS pages wrap whole articles in layout tables: only a table without tables inside is data.
    if (node.tagName === "table" && !holders.has(node)) {
      flush();
      blocks.push(gridOf(node, ++tables));
      return false;
    }
    return true;
  };
  walkTree(root, enter, pending);
  flush();
  return { blocks, hints: organKind ? { organKind } : {} };
}
