import { APPEAL_GROUPS } from "../model/appeals.js";
import { APPLICANT_COLUMNS } from "../model/applicants.js";
import type { AnnualReport } from "../model/report.js";
import { table3View } from "../rules/table3-view.js";
import type { ReportPart } from "../rules/types.js";
import { addCarryOverEquations } from "./carry-over-equations.js";
import { type Cell, type EquationSystem, type LinearForm, SystemBuilder } from "./system.js";
import { addTable3Equations } from "./table3-equations.js";
import { addTable4Equations } from "./table4-equations.js";

/** What localisation works on: the parts of a report that parsed and the rules that ran. */
export interface LocaliseInput {
  report: AnnualReport;
  parts: ReadonlySet<ReportPart>;
  previous: AnnualReport | undefined;
  /** Ids of the rules that ran; equalities of other rules are left out. */
  ruleIds: ReadonlySet<string>;
}

/**
 * A system's shape: its cells without their values, and its equations. The shape follows from the
 * edition, the rules that ran, the rows present and which table-三 cells are blank (a blank total is
 * the sum of its parts) — not from the numbers — so reports that share those share one shape.
 */
interface Shape {
  cells: readonly Cell[];
  equations: EquationSystem["equations"];
  /** The forms of this year's 上年结转 cells, for the carry-over equations. */
  carriedOver: ReadonlyMap<string, LinearForm> | undefined;
}

// Most reports have no blank table-三 cell, and the rest repeat a few patterns: a small cache holds them.
const shapes = new Map<string, Shape>();
const MAX_SHAPES = 64;

function shapeKey({ report, parts, ruleIds }: LocaliseInput): string {
  let key = `${report.edition}|${parts.has("requests") ? 1 : 0}${parts.has("appeals") ? 1 : 0}|`;
  for (const id of ruleIds) key += `${id},`;
  if (parts.has("requests")) {
    for (const line of table3View(report).lines) {
      let blanks = 0;
      for (let c = 0; c < APPLICANT_COLUMNS.length; c++) {
        if (line.values[APPLICANT_COLUMNS[c] as (typeof APPLICANT_COLUMNS)[number]] === null)
          blanks |= 1 << c;
      }
      key += `${line.key}:${blanks};`;
    }
  }
  if (parts.has("appeals"))
    for (const group of APPEAL_GROUPS) key += report.appeals[group].total === null ? "0" : "1";
  return key;
}

function buildShape({ report, parts, ruleIds }: LocaliseInput): Shape {
  const builder = new SystemBuilder();
  let carriedOver: Map<string, LinearForm> | undefined;
  if (parts.has("requests") && (report.edition === "2019" || report.edition === "2021")) {
    const table3 = addTable3Equations(builder, report, ruleIds);
    const line = table3.line("carriedOver");
    if (line) carriedOver = new Map(APPLICANT_COLUMNS.map((c) => [c, table3.form(line, c)]));
  }
  if (parts.has("appeals") && ruleIds.has("appeals.total")) addTable4Equations(builder, report);
  return { ...builder.build(), carriedOver };
}

// The report is this library's own parse output and the paths are its cells: a plain walk is safe.
function read(report: AnnualReport, path: Cell["path"]): number | null {
  let node: unknown = report;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return typeof node === "number" ? node : null;
}

/** The equality rules that ran, as one integer linear system over the report's cells. */
export function buildSystem(input: LocaliseInput): EquationSystem {
  const key = shapeKey(input);
  let shape = shapes.get(key);
  if (!shape) {
    shape = buildShape(input);
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(key, shape);
  }
  const { report, parts, previous, ruleIds } = input;
  const cells = shape.cells.map((c) => ({
    path: c.path,
    label: c.label,
    at: c.at,
    reported: read(report, c.path),
  }));
  const builder = new SystemBuilder(cells, [...shape.equations]);
  const { carriedOver } = shape;
  if (carriedOver && previous && parts.has("meta") && ruleIds.has("cross-year.carry-over")) {
    const line = table3View(report).byKey.get("requests.carriedOver");
    addCarryOverEquations(
      builder,
      report,
      previous,
      line,
      (_, column) => carriedOver.get(column) as LinearForm,
    );
  }
  return builder.build();
}

/** Forgets the cached shapes (tests compare a cached build with a fresh one). */
export function clearSystemShapes(): void {
  shapes.clear();
}
