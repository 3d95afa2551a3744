import { APPEAL_COLUMNS, APPEAL_GROUP_LABELS, type AppealGroup } from "../../model/appeals.js";
import type { Label } from "../../model/label.js";
import type { AnnualReport } from "../../model/report.js";
import { GROUP_LABELS, type OutcomeGroup } from "../../model/table3.js";
import { table3View } from "../table3-view.js";
import type { Path } from "../types.js";

/** A figure of the tables a sentence may restate. */
export type Quantity =
  | "received"
  | "carriedOver"
  | "outcomesTotal"
  | "carriedForward"
  | "disclosed"
  | "partiallyDisclosed"
  | OutcomeGroup
  | AppealGroup;

/** A figure as the tables give it: its cells, and its value (`undefined` when every cell is blank). */
export interface Figure {
  label: Label;
  cells: Path[];
  value: number | undefined;
}

// Table 三 figures are read in the 总计 column; a whole outcome group is the sum of its items.
const TABLE3: Record<Exclude<Quantity, AppealGroup>, { path: readonly string[]; group?: true }> = {
  received: { path: ["requests", "received"] },
  carriedOver: { path: ["requests", "carriedOver"] },
  outcomesTotal: { path: ["requests", "outcomes", "total"] },
  carriedForward: { path: ["requests", "carriedForward"] },
  disclosed: { path: ["requests", "outcomes", "disclosed"] },
  partiallyDisclosed: { path: ["requests", "outcomes", "partiallyDisclosed"] },
  withheld: { path: ["requests", "outcomes", "withheld"], group: true },
  unavailable: { path: ["requests", "outcomes", "unavailable"], group: true },
  notProcessed: { path: ["requests", "outcomes", "notProcessed"], group: true },
  otherHandling: { path: ["requests", "outcomes", "otherHandling"], group: true },
};

const isAppeal = (q: Quantity): q is AppealGroup =>
  q === "review" || q === "litigationDirect" || q === "litigationAfterReview";

function appealFigure(report: AnnualReport, group: AppealGroup): Figure {
  const values = report.appeals[group];
  const label = APPEAL_GROUP_LABELS[group].label;
  if (values.total !== null) return { label, cells: [["appeals", group, "total"]], value: values.total };
  // A blank total stands for its parts (appeals.total-blank reports the blank itself).
  const parts = APPEAL_COLUMNS.filter((c) => c !== "total" && values[c] !== null);
  return {
    label,
    cells: [["appeals", group, "total"]],
    value: parts.length === 0 ? undefined : parts.reduce((s, c) => s + (values[c] ?? 0), 0),
  };
}

function table3Figure(report: AnnualReport, quantity: Exclude<Quantity, AppealGroup>): Figure {
  const { path, group } = TABLE3[quantity];
  const view = table3View(report);
  const prefix = path.join(".");
  // The 2019 edition's （六）其他处理 is one row, the 2021 edition's a group: prefix matching reads both.
  const lines = group
    ? view.items.filter((l) => l.key === prefix || l.key.startsWith(`${prefix}.`))
    : view.lines.filter((l) => l.key === prefix);
  const label = group
    ? GROUP_LABELS[quantity as OutcomeGroup]
    : (lines[0]?.row.short ?? { zh: prefix, en: prefix });
  const known = lines.filter((l) => l.values.total !== null || view.implied(l, "total") !== undefined);
  return {
    label,
    cells: lines.map((l) => [...l.row.path, "total"]),
    value: known.length === 0 ? undefined : known.reduce((s, l) => s + view.effective(l, "total"), 0),
  };
}

/** A table figure of the report. */
export function figure(report: AnnualReport, quantity: Quantity): Figure {
  return isAppeal(quantity) ? appealFigure(report, quantity) : table3Figure(report, quantity);
}

/** A reading: the sum of its quantities; unknown when every one of them is blank. */
export function reading(report: AnnualReport, quantities: readonly Quantity[]): Figure {
  const figures = quantities.map((q) => figure(report, q));
  const known = figures.filter((f) => f.value !== undefined);
  return {
    label: {
      zh: figures.map((f) => f.label.zh).join(" + "),
      en: figures.map((f) => f.label.en).join(" + "),
    },
    cells: figures.flatMap((f) => f.cells),
    value: known.length === 0 ? undefined : known.reduce((s, f) => s + (f.value ?? 0), 0),
  };
}
