import { joinCellLines } from "./cell-lines.js";
import { looksLikeValue } from "./cells.js";
import { readCrawlerHeader } from "./crawler-header.js";
import type { Block, FlatBlock, GridCell, PageDocument, TableBlock, TextBlock } from "./document.js";
import { labelBook } from "./labels-match.js";
import { isLayoutText, readLayout } from "./layout-text.js";
import { cleanText } from "./normalise.js";
import { readOneLinePage } from "./one-line-page.js";

const MARKDOWN_ROW = /^\s*\|.*\|\s*$/;
const RULE_CELL = /^\s*:?-{3,}:?\s*$/;
const FLAT_END = /^\|+$/;
const FLAT_CELL = /^([^|].*?)\s*\|$/;
// A table-三 label with its figures run together: at least one digit per column.
const RUN = /^(.*[^\d\s])\s*(\d{7,})$/;
const isTable3Label = (text: string) =>
  (["2021", "2019"] as const).some((e) => labelBook(e).table3(text, undefined)?.kind === "row");
const isTable2Label = (text: string) => (["2021", "2019"] as const).some((e) => labelBook(e).table2Row(text));

// A table-二 row a conversion left as a line of text (`行政许可 97`): its label, then its figures.
function table2Line(line: string, where: string): TableBlock | undefined {
  const words = line.trim().split(/\s+/);
  let k = words.length;
  while (k > 1 && looksLikeValue(words[k - 1] ?? "")) k--;
  const label = words.slice(0, k).join("");
  if (k === words.length || !isTable2Label(label)) return undefined;
  const texts = [label, ...words.slice(k)];
  return {
    kind: "table",
    rows: [texts.map((text, c) => ({ text, origin: true, where: c === 0 ? where : `${where}, value ${c}` }))],
  };
}
const HINT = /^<!--\s*zfxxgk\s+organKind=(\w+)\s*-->$/;

// Converters write line breaks inside a cell as <br> and spaces as &nbsp;: both are only whitespace here.
function cellText(raw: string): string {
  return cleanText(
    raw
      .replace(/<br\s*\/?>/gi, " ")
      .replace(/&nbsp;/gi, " ")
      .replace(/\\\|/g, "|"),
  );
}

// A split, not one regex over the line: a repeated group backtracks on V8's stack and a rule row of
// two million columns overflowed it.
function isRule(line: string): boolean {
  const parts = line.trim().split("|");
  if (parts[0] === "") parts.shift();
  if (parts.at(-1) === "") parts.pop();
  return parts.length > 0 && parts.every((p) => RULE_CELL.test(p));
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map(cellText);
}

function headingText(line: string): string {
  return cleanText(line.replace(/^#{1,6}\s+/, "").replace(/^\*\*(.*)\*\*$/, "$1"));
}

/**
 * Reads text: Markdown pipe tables become grids (one per run of rows, so a PDF conversion's one small
 * table per row stays as it is), flattened cells (`text |` lines, `|||` row ends) become a flat block,
 * every other line is text.
 */
export function readText(text: string): PageDocument {
  const all = text.split(/\r?\n/);
  const joined = joinCellLines(all);
  if (joined) return readLayout(joined, true);
  if (isLayoutText(all)) return readLayout(all);
  const header = readCrawlerHeader(all);
  const blocks: Block[] = [...(header?.meta ?? [])];
  const furniture: TextBlock[] = [...(header?.furniture ?? [])];
  let table: TableBlock | undefined;
  let flat: FlatBlock | undefined;
  let tables = 0;
  let organKind: string | undefined;
  all.forEach((line, i) => {
    if (header && i < header.bodyFrom) return;
    const where = `line ${i + 1}`;
    // Only a long line can hold a whole page; short ones are not searched for its headings.
    const page = line.length > 200 ? readOneLinePage(line, i + 1, header !== undefined) : undefined;
    if (page) {
      table = undefined;
      flat = undefined;
      blocks.push(...page.blocks);
      furniture.push(...page.furniture);
      return;
    }
    const hint = HINT.exec(line.trim());
    if (hint) {
      organKind = hint[1];
      return;
    }
    if (MARKDOWN_ROW.test(line) && !FLAT_END.test(line.trim())) {
      flat = undefined;
      if (isRule(line)) return;
      if (!table) {
        table = { kind: "table", rows: [] };
        tables++;
        blocks.push(table);
      }
      const r = table.rows.length + 1;
      const no = tables;
      table.rows.push(
        splitRow(line).map(
          (t, c): GridCell => ({ text: t, origin: true, where: `table ${no}, row ${r}, column ${c + 1}` }),
        ),
      );
      return;
    }
    table = undefined;
    const trimmed = line.trim();
    const end = FLAT_END.test(trimmed);
    const cell = end ? undefined : FLAT_CELL.exec(trimmed);
    if (end || cell) {
      if (!flat) {
        flat = { kind: "flat", tokens: [] };
        blocks.push(flat);
      }
      flat.tokens.push(cell?.[1] ? { kind: "cell", text: cellText(cell[1]), where } : { kind: "end", where });
      return;
    }
    const run = RUN.exec(trimmed);
    if (run?.[1] && run[2] && isTable3Label(run[1])) {
      if (!flat) {
        flat = { kind: "flat", tokens: [] };
        blocks.push(flat);
      }
      flat.tokens.push(
        { kind: "cell", text: cleanText(run[1]), where },
        { kind: "run", text: run[2], where },
        { kind: "end", where },
      );
      return;
    }
    flat = undefined;
    const row = table2Line(trimmed, where);
    if (row) {
      blocks.push(row);
      return;
    }
    const t = headingText(line);
    if (t !== "") blocks.push({ kind: "text", text: t, where });
  });
  return {
    blocks,
    hints: organKind ? { organKind } : {},
    ...(furniture.length > 0 ? { unmapped: furniture } : {}),
  };
}
