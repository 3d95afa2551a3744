import {
  APPLICANT_COLUMN_LABELS,
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  type ApplicantColumn,
} from "../model/applicants.js";
import { joinLabels, type Label } from "../model/label.js";
import type { AnnualReport } from "../model/report.js";
import { GROUP_LABELS, type Table3Row } from "../model/table3.js";
import { type Table3Line, table3View } from "../rules/table3-view.js";
import { constantForm, type LinearForm, type SystemBuilder, sumForms } from "./system.js";

const COLUMN_INDEX = Object.fromEntries(APPLICANT_COLUMNS.map((c, i) => [c, i])) as Record<
  ApplicantColumn,
  number
>;

// Table 三's rows are built once per edition, so their cells' labels can be too: joining them for
// every cell of every report with a broken total was a tenth of localising it.
const cellLabels = new WeakMap<Table3Row, Map<ApplicantColumn, Label>>();

/** The label a person finds the cell by: （三）不予公开 · 1.属于国家秘密 · 自然人. */
export function table3CellLabel(row: Table3Row, column: ApplicantColumn): Label {
  let byColumn = cellLabels.get(row);
  if (!byColumn) {
    byColumn = new Map();
    cellLabels.set(row, byColumn);
  }
  let label = byColumn.get(column);
  if (!label) {
    const rowLabel = row.group ? joinLabels(GROUP_LABELS[row.group], row.own) : row.own;
    label = joinLabels(rowLabel, APPLICANT_COLUMN_LABELS[column].short);
    byColumn.set(column, label);
  }
  return label;
}

/**
 * Table 三's equalities, as the rules check them: a blank 总计 is not a candidate but the sum of its
 * parts (the core's `requests.total-blank` convention), so it follows when a part is corrected.
 */
export function addTable3Equations(builder: SystemBuilder, report: AnnualReport, rules: ReadonlySet<string>) {
  const view = table3View(report);
  const total = view.byKey.get("requests.outcomes.total");
  // One slot per cell, by line and column: every equation asks for its terms' forms, and a path
  // key built per ask was a sixth of the time of localising a report.
  const forms: (LinearForm | undefined)[] = [];
  const lineIndex = new Map<Table3Line, number>(view.lines.map((line, i) => [line, i]));

  const form = (line: Table3Line, column: ApplicantColumn): LinearForm => {
    const slot = (lineIndex.get(line) ?? 0) * APPLICANT_COLUMNS.length + COLUMN_INDEX[column];
    let f = forms[slot];
    if (!f) {
      f = cellForm(line, column);
      forms[slot] = f;
    }
    return f;
  };
  const cellForm = (line: Table3Line, column: ApplicantColumn): LinearForm => {
    const value = line.values[column];
    if (value === null) {
      if (column === "total") return sumForms(APPLICANT_PARTS.map((c) => form(line, c)));
      if (line === total) return sumForms(view.items.map((item) => form(item, column)));
      // A blank cell of a printed 小计 row is read as not printed: no candidate, read as 0.
      if (line.row.kind === "subtotal") return constantForm(0);
    }
    return builder.cell([...line.row.path, column], value, table3CellLabel(line.row, column), {
      table: "三",
      row: lineIndex.get(line) ?? 0,
      column: COLUMN_INDEX[column],
    });
  };

  // Cells are numbered in reading order, so suspects come out row by row, column by column.
  for (const line of view.lines) for (const column of APPLICANT_COLUMNS) form(line, column);

  const row = (key: string) => view.byKey.get(`requests.${key}`);
  const received = row("received");
  const carriedOver = row("carriedOver");
  const carriedForward = row("carriedForward");

  if (rules.has("requests.balance") && received && carriedOver && total && carriedForward) {
    for (const column of APPLICANT_COLUMNS) {
      builder.equal(
        "requests.balance",
        [...carriedForward.row.path, column],
        [form(received, column), form(carriedOver, column)],
        [form(total, column), form(carriedForward, column)],
      );
    }
  }
  if (rules.has("requests.outcome-total") && total) {
    for (const column of APPLICANT_COLUMNS) {
      if (total.values[column] === null) continue;
      builder.equal(
        "requests.outcome-total",
        [...total.row.path, column],
        view.items.map((item) => form(item, column)),
        [form(total, column)],
      );
    }
  }
  if (rules.has("requests.group-subtotal")) {
    for (const subtotal of view.lines) {
      if (subtotal.row.kind !== "subtotal") continue;
      const members = view.items.filter((l) => l.row.group === subtotal.row.group);
      for (const column of APPLICANT_COLUMNS) {
        if (subtotal.values[column] === null) continue;
        builder.equal(
          "requests.group-subtotal",
          [...subtotal.row.path, column],
          members.map((m) => form(m, column)),
          [form(subtotal, column)],
        );
      }
    }
  }
  if (rules.has("requests.row-total")) {
    for (const line of view.lines) {
      if (line.values.total === null) continue;
      // A blank part of （七）总计 follows its items, as the rule reads it.
      builder.equal(
        "requests.row-total",
        [...line.row.path, "total"],
        APPLICANT_PARTS.map((c) => form(line, c)),
        [form(line, "total")],
      );
    }
  }
  return { form, line: (key: string) => row(key) };
}
