import { APPEAL_GROUP_LABELS, type AppealGroup } from "../model/appeals.js";
import { APPLICANT_COLUMNS } from "../model/applicants.js";
import type { Edition } from "../model/edition.js";
import { report2019Schema } from "../model/edition-2019/schema.js";
import { report2021Schema } from "../model/edition-2021/schema.js";
import { fieldAt, fields } from "../model/fields.js";
import { joinLabels, type Label } from "../model/label.js";
import { setAt } from "../model/path.js";
import { editionSchema } from "../model/report.js";
import type { Sections } from "../model/report-meta.js";
import { compile, MISS } from "../validate/fast-parse.js";
import { bilingual, describePath, detail } from "../validate/parse.js";
import { type CellKind, readCell } from "./cells.js";
import type { ImportedReport } from "./import.js";
import { proactiveRows } from "./labels-match.js";
import type { PageMeta } from "./meta.js";
import type { Reading } from "./reading.js";

function kindOf(edition: Edition, path: readonly string[]): CellKind {
  if (path[0] !== "proactive") return "count";
  const row = proactiveRows(edition).find((r) => r.key === path[1]);
  return row?.columns.find((c) => c.key === path[2])?.kind ?? "count";
}

/** One cell of a table row as the format lays it out: what assemble needs to read it. */
interface CellLayout {
  path: string[];
  key: string;
  kind: CellKind;
  hasUnit: boolean;
}

interface RowLayout {
  row: string[];
  key: string;
  optional: boolean;
  cells: CellLayout[];
}

const layouts = new Map<Edition, RowLayout[]>();

/** The rows of the tables (path without the column) with their cells, in format order; once per edition. */
function tableRows(edition: Edition): RowLayout[] {
  const cached = layouts.get(edition);
  if (cached) return cached;
  const rows = new Map<string, RowLayout>();
  for (const f of fields(edition)) {
    if (!["proactive", "requests", "appeals"].includes(f.path[0] ?? "")) continue;
    const row = f.path.slice(0, -1);
    const key = row.join(".");
    const entry = rows.get(key) ?? { row, key, optional: f.optional, cells: [] };
    const path = [...f.path];
    entry.cells.push({
      path,
      key: path.join("."),
      kind: kindOf(edition, path),
      hasUnit: /万元/.test(fieldAt(edition, path)?.label.zh ?? ""),
    });
    rows.set(key, entry);
  }
  const layout = [...rows.values()];
  layouts.set(edition, layout);
  return layout;
}

function rowLabel(edition: Edition, row: string[]): Label {
  const [table, key] = row;
  if (table === "appeals" && key)
    return APPEAL_GROUP_LABELS[key as AppealGroup]?.label ?? describePath(edition, row);
  if (table === "proactive") {
    const found = proactiveRows(edition).find((r) => r.key === key);
    if (found) return joinLabels(found.provision, found.label);
  }
  return describePath(edition, row);
}

const lenient = new Map<Edition, ReturnType<typeof lenientSchema>>();

function lenientSchema(edition: Edition) {
  const mask = { organ: true, year: true } as const;
  return edition === "2019" ? report2019Schema.partial(mask) : report2021Schema.partial(mask);
}

/**
 * The edition's schema, with the organ and year optional when the page did not give them: the
 * tables are worth having without them (the caller has an import.meta-missing finding saying so).
 */
function schemaFor(edition: Edition, meta: PageMeta) {
  if (meta.organ && meta.year !== undefined) return editionSchema(edition);
  let schema = lenient.get(edition);
  if (!schema) {
    schema = lenientSchema(edition);
    lenient.set(edition, schema);
  }
  return schema;
}

/**
 * Builds the report from what was read: every table cell parsed by its kind, rows never seen filled in
 * blank (and said so), optional subtotals only where printed; then the edition's schema has its say.
 */
export function assemble(
  reading: Reading,
  meta: PageMeta,
  sections: Sections,
  sources: Record<string, { raw: string; where: string }>,
): ImportedReport | undefined {
  const { edition, log } = reading;
  const out: Record<string, unknown> = { edition, ...meta };
  for (const { row, key, optional, cells } of tableRows(edition)) {
    if (optional && !reading.rowsSeen.has(key)) continue;
    if (!reading.rowsSeen.has(key))
      log.add("import.missing-row", [...row], { field: rowLabel(edition, row) });
    for (const { path, key: cellKey, kind, hasUnit } of cells) {
      const cell = reading.cells.get(cellKey);
      setAt(out, path, null);
      if (!cell) continue;
      sources[cellKey] = { raw: cell.raw, where: cell.where };
      const read = readCell(cell.raw, kind, edition === "2021" && hasUnit);
      if (!read.ok) {
        log.add("import.unparsed-value", [...path], { field: describePath(edition, path), raw: cell.raw });
        reading.unmapped.push({ text: cell.raw, where: cell.where });
        continue;
      }
      setAt(out, path, read.value);
      // The field's label is looked up only for a note: most cells have none.
      if (read.note === "placeholder")
        log.add("import.placeholder", [...path], { field: describePath(edition, path), raw: cell.raw });
      if (read.note === "yuan")
        log.add("import.unit-converted", [...path], {
          field: describePath(edition, path),
          raw: cell.raw,
          value: read.value,
        });
      if (read.remark !== undefined) {
        // The remark is not a figure of the format: kept beside the cell, and said so.
        reading.unmapped.push({ text: read.remark, where: `${cell.where} (${cellKey})` });
        log.add("import.cell-remark", [...path], {
          field: describePath(edition, path),
          raw: cell.raw,
          value: read.value,
          remark: read.remark,
        });
      }
      if (read.note === "unit-assumed")
        log.add("import.unit-assumed", [...path], { field: describePath(edition, path), raw: cell.raw });
    }
  }
  if (Object.keys(sections).length > 0) out.sections = sections;
  const schema = schemaFor(edition, meta);
  // The fast path returns what zod would for a well-formed report; zod runs only to say what is wrong.
  const fast = compile(schema)(out);
  if (fast !== MISS) return fast as ImportedReport;
  const parsed = schema.safeParse(out, { error: bilingual });
  if (parsed.success) return parsed.data as ImportedReport;
  // A table cell the schema refuses (a count past its range: figures misread together) is said and
  // left blank, so that the rest of the report, its organ and year with it, is not lost for one cell.
  let cellsOnly = true;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const field = describePath(edition, path);
    const message = detail(issue.message);
    log.add("import.schema", path, {
      detail: { zh: `${field.zh}：${message.zh}`, en: `${field.en}: ${message.en}` },
    });
    const key = path.join(".");
    if (reading.cells.has(key)) setAt(out, path, null);
    else cellsOnly = false;
  }
  if (!cellsOnly) return undefined;
  const again = schema.safeParse(out);
  return again.success ? (again.data as ImportedReport) : undefined;
}

/** A report that crossed a thread as JSON, parsed back by the schema it was built by (amounts as Decimal). */
export function reviveReport(json: unknown): ImportedReport | undefined {
  const { edition, organ, year } = (json ?? {}) as { edition?: unknown; organ?: string; year?: number };
  if (edition !== "2019" && edition !== "2021") return undefined;
  const schema = schemaFor(edition, {
    ...(organ !== undefined ? { organ } : {}),
    ...(year !== undefined ? { year } : {}),
  });
  const fast = compile(schema)(json);
  if (fast !== MISS) return fast as ImportedReport;
  const parsed = schema.safeParse(json);
  return parsed.success ? (parsed.data as ImportedReport) : undefined;
}

/** The applicant column of a solver column index. */
export const columnKey = (index: number) => APPLICANT_COLUMNS[index];
