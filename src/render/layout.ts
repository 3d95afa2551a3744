import Decimal from "decimal.js";
import {
  APPEAL_COLUMN_LABELS,
  APPEAL_COLUMNS,
  APPEAL_GROUP_LABELS,
  APPEAL_GROUPS,
} from "../model/appeals.js";
import { APPLICANT_COLUMN_LABELS, APPLICANT_COLUMNS, APPLICANT_PARTS } from "../model/applicants.js";
import { getAt } from "../model/path.js";
import { PROACTIVE_ROWS_2019, PROACTIVE_ROWS_2021, type ProactiveRow } from "../model/proactive-rows.js";
import type { AnnualReport } from "../model/report.js";
import {
  GROUP_LABELS,
  OUTCOMES_LABEL,
  TABLE3_CORNER_NOTE,
  type Table3Row,
  table3Rows,
} from "../model/table3.js";
import type { Path } from "../rules/types.js";

/** One cell of an official table as laid out: its text and spans; `value` marks a figure. */
export interface LayoutCell {
  text: string;
  rowspan?: number;
  colspan?: number;
  value?: boolean;
  /** The canonical path of a figure, so renderers can mark the cell a finding names. */
  path?: Path;
}

export type Layout = LayoutCell[][];

const cell = (text: string, colspan = 1, rowspan = 1): LayoutCell => ({
  text,
  ...(colspan > 1 ? { colspan } : {}),
  ...(rowspan > 1 ? { rowspan } : {}),
});

/** A figure as printed: blank for null, 万元 amounts as plain decimals. */
export function figure(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
  return String(value);
}

const valueCell = (value: unknown, path: Path, colspan = 1): LayoutCell => ({
  ...cell(figure(value), colspan),
  value: true,
  path,
});

/** 二、主动公开政府信息情况 in the official four-column layout of the report's edition. */
export function table2Layout(report: AnnualReport): Layout {
  const rows: readonly ProactiveRow[] = report.edition === "2019" ? PROACTIVE_ROWS_2019 : PROACTIVE_ROWS_2021;
  const out: Layout = [];
  let provision = "";
  for (const row of rows) {
    const width = row.columns.length;
    // Blocks of fewer columns stretch their label (2021) or their last column (2019) to four columns.
    const labelSpan = report.edition === "2021" ? 4 - width : 1;
    const lastSpan = report.edition === "2019" ? 4 - width : 1;
    if (row.provision.zh !== provision) {
      provision = row.provision.zh;
      out.push([cell(provision, 4)]);
      out.push([
        cell("信息内容", labelSpan),
        ...row.columns.map((c, k) => cell(c.label.zh, k === width - 1 ? lastSpan : 1)),
      ]);
    }
    const data = getAt(report, ["proactive", row.key]);
    out.push([
      cell(row.label.zh, labelSpan),
      ...row.columns.map((c, k) => {
        const value = valueCell(
          getAt(data, [c.key]),
          ["proactive", row.key, c.key],
          k === width - 1 ? lastSpan : 1,
        );
        // 2019's 采购总金额 header has no unit, so the figure carries it.
        if (c.kind === "amount" && report.edition === "2019" && value.text !== "") value.text += "万元";
        return value;
      }),
    ]);
  }
  return out;
}

function table3Body(report: AnnualReport): { row: Table3Row; labels: LayoutCell[] }[] {
  const present = table3Rows(report.edition, true).filter(
    (r) => r.kind !== "subtotal" || getAt(report, r.path) !== undefined,
  );
  const outcomes = present.filter((r) => r.path[1] === "outcomes");
  const out: { row: Table3Row; labels: LayoutCell[] }[] = [];
  let group: string | undefined;
  for (const row of present) {
    const labels: LayoutCell[] = [];
    if (row.path[1] !== "outcomes") labels.push(cell(row.own.zh, 3));
    else {
      if (row === outcomes[0]) labels.push(cell(OUTCOMES_LABEL.zh, 1, outcomes.length));
      if (row.group && row.group !== group) {
        const size = present.filter((r) => r.group === row.group).length;
        labels.push(cell(GROUP_LABELS[row.group].zh, 1, size));
      }
      labels.push(cell(row.own.zh, row.group ? 1 : 2));
    }
    group = row.group;
    out.push({ row, labels });
  }
  return out;
}

/** 三、收到和处理政府信息公开申请情况 with the corner note and the spans of the official layout. */
export function table3Layout(report: AnnualReport): Layout {
  const head: Layout = [
    [cell(TABLE3_CORNER_NOTE, 3, 3), cell("申请人情况", 7)],
    [
      cell(APPLICANT_COLUMN_LABELS.naturalPerson.short.zh, 1, 2),
      cell("法人或其他组织", 5),
      cell("总计", 1, 2),
    ],
    APPLICANT_PARTS.slice(1).map((c) =>
      cell(c === "otherOrganization" ? "其他" : APPLICANT_COLUMN_LABELS[c].short.zh),
    ),
  ];
  const body = table3Body(report).map(({ row, labels }) => {
    const data = getAt(report, row.path);
    return [...labels, ...APPLICANT_COLUMNS.map((c) => valueCell(getAt(data, [c]), [...row.path, c]))];
  });
  return [...head, ...body];
}

/** 四、政府信息公开行政复议、行政诉讼情况: three header rows, one row of fifteen figures. */
export function table4Layout(report: AnnualReport): Layout {
  return [
    [cell(APPEAL_GROUP_LABELS.review.short.zh, 5, 2), cell("行政诉讼", 10)],
    [
      cell(APPEAL_GROUP_LABELS.litigationDirect.short.zh, 5),
      cell(APPEAL_GROUP_LABELS.litigationAfterReview.short.zh, 5),
    ],
    APPEAL_GROUPS.flatMap(() => APPEAL_COLUMNS.map((c) => cell(APPEAL_COLUMN_LABELS[c].zh))),
    APPEAL_GROUPS.flatMap((g) =>
      APPEAL_COLUMNS.map((c) => valueCell(getAt(report, ["appeals", g, c]), ["appeals", g, c])),
    ),
  ];
}

/** A layout cell with the grid row and column it starts at. */
export interface PlacedCell {
  cell: LayoutCell;
  row: number;
  column: number;
}

/** Every cell of a layout with where it starts on the grid (a rowspan pushes the cells below it right). */
export function placeCells(layout: Layout): PlacedCell[] {
  const taken: boolean[][] = [];
  const out: PlacedCell[] = [];
  layout.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken[r]?.[c]) c++;
      out.push({ cell, row: r, column: c });
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) {
        taken[r + dr] ??= [];
        const row = taken[r + dr] as boolean[];
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) row[c + dc] = true;
      }
      c += cell.colspan ?? 1;
    }
  });
  return out;
}

/**
 * Lays spans out on a grid: covered positions repeat a label's text and stay blank under a figure;
 * with `covered: "blank"` every covered position is blank (a merged cell appears once).
 */
export function expand(layout: Layout, options: { covered?: "repeat" | "blank" } = {}): string[][] {
  const repeat = options.covered !== "blank";
  const grid: string[][] = [];
  layout.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const item of row) {
      while (grid[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < (item.rowspan ?? 1); dr++) {
        grid[r + dr] ??= [];
        const target = grid[r + dr] ?? [];
        for (let dc = 0; dc < (item.colspan ?? 1); dc++) {
          target[c + dc] = dr === 0 && dc === 0 ? item.text : item.value || !repeat ? "" : item.text;
        }
      }
      c += item.colspan ?? 1;
    }
  });
  return grid.map((row) => Array.from(row, (t) => t ?? ""));
}
