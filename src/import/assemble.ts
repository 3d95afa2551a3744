import { APPEAL_GROUP_LABELS, type AppealGroup } from "../model/appeals.js";
import { APPLICANT_COLUMNS } from "../model/applicants.js";
import type { Edition } from "../model/edition.js";
import { fieldAt, fields } from "../model/fields.js";
import { joinLabels, type Label } from "../model/label.js";
import { setAt } from "../model/path.js";
import type { AnnualReport } from "../model/report.js";
import { editionSchema } from "../model/report.js";
import type { Sections } from "../model/report-meta.js";
import { bilingual, describePath, detail } from "../validate/parse.js";
import { type CellKind, readCell } from "./cells.js";
import { proactiveRows } from "./labels-match.js";
import type { PageMeta } from "./meta.js";
import type { Reading } from "./reading.js";

function kindOf(edition: Edition, path: readonly string[]): CellKind {
  if (path[0] !== "proactive") return "count";
  const row = proactiveRows(edition).find((r) => r.key === path[1]);
  return row?.columns.find((c) => c.key === path[2])?.kind ?? "count";
}

/** The rows of the tables (path without the column) with their columns, in format order. */
function tableRows(edition: Edition): { row: string[]; optional: boolean; columns: string[] }[] {
  const rows = new Map<string, { row: string[]; optional: boolean; columns: string[] }>();
  for (const f of fields(edition)) {
    if (!["proactive", "requests", "appeals"].includes(f.path[0] ?? "")) continue;
    const row = f.path.slice(0, -1);
    const entry = rows.get(row.join(".")) ?? { row, optional: f.optional, columns: [] };
    entry.columns.push(f.path[f.path.length - 1] as string);
    rows.set(row.join("."), entry);
  }
  return [...rows.values()];
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

/**
 * Builds the report from what was read: every table cell parsed by its kind, rows never seen filled in
 * blank (and said so), optional subtotals only where printed; then the edition's schema has its say.
 */
export function assemble(
  reading: Reading,
  meta: PageMeta,
  sections: Sections,
  sources: Record<string, { raw: string; where: string }>,
): AnnualReport | undefined {
  const { edition, log } = reading;
  const out: Record<string, unknown> = { edition, ...meta };
  for (const { row, optional, columns } of tableRows(edition)) {
    const key = row.join(".");
    if (optional && !reading.rowsSeen.has(key)) continue;
    if (!reading.rowsSeen.has(key)) log.add("import.missing-row", row, { field: rowLabel(edition, row) });
    for (const column of columns) {
      const path = [...row, column];
      const cell = reading.cells.get(path.join("."));
      setAt(out, path, null);
      if (!cell) continue;
      sources[path.join(".")] = { raw: cell.raw, where: cell.where };
      const hasUnit = /万元/.test(fieldAt(edition, path)?.label.zh ?? "");
      const read = readCell(cell.raw, kindOf(edition, path), edition === "2021" && hasUnit);
      const field = describePath(edition, path);
      if (!read.ok) {
        log.add("import.unparsed-value", path, { field, raw: cell.raw });
        reading.unmapped.push({ text: cell.raw, where: cell.where });
        continue;
      }
      setAt(out, path, read.value);
      if (read.note === "placeholder") log.add("import.placeholder", path, { field, raw: cell.raw });
      if (read.note === "yuan")
        log.add("import.unit-converted", path, { field, raw: cell.raw, value: read.value });
      if (read.note === "unit-assumed") log.add("import.unit-assumed", path, { field, raw: cell.raw });
    }
  }
  if (Object.keys(sections).length > 0) out.sections = sections;
  const parsed = editionSchema(edition).safeParse(out, { error: bilingual });
  if (parsed.success) return parsed.data as AnnualReport;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const field = describePath(edition, path);
    const message = detail(issue.message);
    log.add("import.schema", path, {
      detail: { zh: `${field.zh}：${message.zh}`, en: `${field.en}: ${message.en}` },
    });
  }
  return undefined;
}

/** The applicant column of a solver column index. */
export const columnKey = (index: number) => APPLICANT_COLUMNS[index];
