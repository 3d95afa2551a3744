import {
  APPLICANT_COLUMN_LABELS,
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  type ApplicantColumn,
} from "../model/applicants.js";
import { joinLabels, type Label } from "../model/label.js";
import { pathKey } from "../model/path.js";
import { defineRule } from "./define-rule.js";
import { broken, cellsOf, type EquationTerm, term } from "./equation.js";
import { type Table3Line, type Table3View, table3View } from "./table3-view.js";

const EDITIONS = ["2019", "2021"] as const;

const columnLabel = (c: ApplicantColumn) => APPLICANT_COLUMN_LABELS[c].short;

/** A cell of table 三 as a term, labelled by its row (for column equations). */
function rowTerm(view: Table3View, line: Table3Line, column: ApplicantColumn): EquationTerm {
  const value = line.values[column];
  return term([...line.row.path, column], line.row.short, value, view.implied(line, column));
}

/** A cell of table 三 as a term, labelled by its column (for row equations). */
// A blank part of （七）总计 is itself a total: read it as implied, as every other rule does.
function columnTerm(view: Table3View, line: Table3Line, column: ApplicantColumn): EquationTerm {
  return term(
    [...line.row.path, column],
    columnLabel(column),
    line.values[column],
    view.implied(line, column),
  );
}

function line(view: Table3View, ...path: string[]): Table3Line | undefined {
  return view.byKey.get(pathKey(["requests", ...path]));
}

// Sums first, terms only for a broken equation: valid reports (the common case) allocate nothing.
const effectiveSum = (view: Table3View, lines: readonly Table3Line[], column: ApplicantColumn) =>
  lines.reduce((s, l) => s + view.effective(l, column), 0);

const EQUATION_BY_COLUMN: Label = {
  zh: "{column}：{left} = {leftSum} ≠ {right} = {rightSum}（差 {difference}）",
  en: "{column}: {left} = {leftSum} ≠ {right} = {rightSum} (off by {difference})",
};

export const requestsBalance = defineRule({
  id: "requests.balance",
  title: {
    zh: "本年新收 + 上年结转 = 办理结果总计 + 结转下年度",
    en: "Received + carried over = outcomes total + carried forward",
  },
  severity: "error",
  editions: EDITIONS,
  needsPrevious: false,
  basis: {
    zh: "表三角注：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和",
    en: "Corner note of table 3: items 1 + 2 equal items 3 + 4 in every column",
  },
  uses: ["requests"],
  messages: { unbalanced: EQUATION_BY_COLUMN },
  check({ report, emit }) {
    const view = table3View(report);
    const received = line(view, "received");
    const carriedOver = line(view, "carriedOver");
    const total = line(view, "outcomes", "total");
    const carriedForward = line(view, "carriedForward");
    if (!received || !carriedOver || !total || !carriedForward) return;
    for (const column of APPLICANT_COLUMNS) {
      const left = view.effective(received, column) + view.effective(carriedOver, column);
      if (left === view.effective(total, column) + view.effective(carriedForward, column)) continue;
      const equation = broken(
        [rowTerm(view, received, column), rowTerm(view, carriedOver, column)],
        [rowTerm(view, total, column), rowTerm(view, carriedForward, column)],
      );
      if (!equation) continue;
      emit({
        messageId: "unbalanced",
        path: [...carriedForward.row.path, column],
        cells: cellsOf(equation),
        data: { column: columnLabel(column), ...equation },
      });
    }
  },
});

export const requestsOutcomeTotal = defineRule({
  id: "requests.outcome-total",
  title: {
    zh: "（七）总计 = 各项办理结果之和",
    en: "(7) Total = sum of every outcome",
  },
  severity: "error",
  editions: EDITIONS,
  needsPrevious: false,
  basis: {
    zh: "年度报告格式 表三：（七）总计为（一）至（六）各项之和",
    en: "Report format, table 3: (7) total is the sum of items (1)–(6)",
  },
  uses: ["requests"],
  messages: {
    mismatch: {
      zh: "{column}：{left} = {leftSum} ≠ {right}（差 {difference}）",
      en: "{column}: {left} = {leftSum} ≠ {right} (off by {difference})",
    },
  },
  check({ report, emit }) {
    const view = table3View(report);
    const total = line(view, "outcomes", "total");
    if (!total) return;
    for (const column of APPLICANT_COLUMNS) {
      // A blank total is requests.total-blank's to report, not this rule's.
      if (total.values[column] === null) continue;
      if (effectiveSum(view, view.items, column) === total.values[column]) continue;
      const equation = broken(
        view.items.map((item) => rowTerm(view, item, column)),
        [rowTerm(view, total, column)],
      );
      if (!equation) continue;
      emit({
        messageId: "mismatch",
        path: [...total.row.path, column],
        cells: cellsOf(equation),
        data: { column: columnLabel(column), ...equation },
      });
    }
  },
});

export const requestsGroupSubtotal = defineRule({
  id: "requests.group-subtotal",
  title: { zh: "小计 = 本组各项之和", en: "Group subtotal = sum of its items" },
  severity: "error",
  editions: EDITIONS,
  needsPrevious: false,
  basis: {
    zh: "年度报告格式 表三：（三）（四）（五）（六）为分组，其小计为组内各项之和",
    en: "Report format, table 3: groups (3)–(6) add up to any subtotal printed for them",
  },
  uses: ["requests"],
  messages: {
    mismatch: {
      zh: "{group} · {column}：{left} = {leftSum} ≠ {right}（差 {difference}）",
      en: "{group} · {column}: {left} = {leftSum} ≠ {right} (off by {difference})",
    },
  },
  check({ report, emit }) {
    const view = table3View(report);
    for (const subtotal of view.lines) {
      if (subtotal.row.kind !== "subtotal") continue;
      const members = view.items.filter((l) => l.row.group === subtotal.row.group);
      for (const column of APPLICANT_COLUMNS) {
        // A blank cell of a printed subtotal row is read as not printed.
        if (subtotal.values[column] === null) continue;
        if (effectiveSum(view, members, column) === subtotal.values[column]) continue;
        const equation = broken(
          members.map((m) => rowTerm(view, m, column)),
          [rowTerm(view, subtotal, column)],
        );
        if (!equation) continue;
        emit({
          messageId: "mismatch",
          path: [...subtotal.row.path, column],
          cells: cellsOf(equation),
          data: { group: subtotal.row.short, column: columnLabel(column), ...equation },
        });
      }
    }
  },
});

export const requestsRowTotal = defineRule({
  id: "requests.row-total",
  title: {
    zh: "总计 = 自然人 + 法人或其他组织各列之和",
    en: "Row total = natural persons + every legal-person column",
  },
  severity: "error",
  editions: EDITIONS,
  needsPrevious: false,
  basis: {
    zh: "年度报告格式 表三：总计列为申请人各列之和",
    en: "Report format, table 3: the total column adds up the applicant columns",
  },
  uses: ["requests"],
  messages: {
    mismatch: {
      zh: "{row}：{left} = {leftSum} ≠ {right}（差 {difference}）",
      en: "{row}: {left} = {leftSum} ≠ {right} (off by {difference})",
    },
  },
  check({ report, emit }) {
    const view = table3View(report);
    for (const l of view.lines) {
      if (l.values.total === null) continue;
      if (APPLICANT_PARTS.reduce((sum, c) => sum + view.effective(l, c), 0) === l.values.total) continue;
      const equation = broken(
        APPLICANT_PARTS.map((c) => columnTerm(view, l, c)),
        [columnTerm(view, l, "total")],
      );
      if (!equation) continue;
      emit({
        messageId: "mismatch",
        path: [...l.row.path, "total"],
        cells: cellsOf(equation),
        data: { row: l.row.own, ...equation },
      });
    }
  },
});

export const requestsTotalBlank = defineRule({
  id: "requests.total-blank",
  title: { zh: "总计单元格空白而其组成部分不为零", en: "Total left blank while its parts are not zero" },
  severity: "warning",
  editions: EDITIONS,
  needsPrevious: false,
  basis: {
    zh: "年度报告格式 表三：总计列与（七）总计须填报",
    en: "Report format, table 3: the total column and (7) total are to be filled in",
  },
  uses: ["requests"],
  messages: {
    blank: {
      zh: "表三有 {count} 个总计单元格空白，但其组成部分不全为零，应填：{cells|list}",
      en: "Table 3 has {count} total cell(s) left blank while their parts are not zero; they should hold: {cells|list}",
    },
  },
  check({ report, emit }) {
    const view = table3View(report);
    const [first] = view.blankTotals;
    if (!first) return;
    const cells = view.blankTotals.map((b) => {
      const row = view.byKey.get(pathKey(b.path.slice(0, -1)));
      const column = b.path.at(-1) as ApplicantColumn;
      const label = row ? joinLabels(row.row.own, columnLabel(column)) : columnLabel(column);
      return { path: b.path, label, value: b.expected };
    });
    emit({
      messageId: "blank",
      path: first.path,
      cells: cells.map((c) => c.path),
      data: { count: cells.length, cells },
    });
  },
});
