import type { Edition } from "../model/edition.js";
import { type FieldInfo, fields } from "../model/fields.js";
import type { Label } from "../model/label.js";
import { renderTemplate } from "../rules/format.js";
import type { Locale } from "../rules/types.js";
import { placeLabel } from "../validate/place.js";
import type { ReportHead } from "./check.js";
import { REGION_MESSAGES } from "./messages.js";
import { normaliseOrganName, type OrganEntry, type OrganList, organKindOf } from "./organ-name.js";

/**
 * Which reports of a region are consolidated reports, over which children, and which cells are added up.
 *
 * @category Region
 */
export interface ConsolidationOptions {
  /**
   * An organ of these kinds consolidates its children when its `consolidates` cell is blank
   * (an explicit true or false wins). Default `["government"]`: a county government's report
   * over its departments and towns.
   */
  parentKinds?: readonly string[];
  /** Only children of these kinds are added up; default every child on the list. */
  childKinds?: readonly string[];
  /**
   * Dotted path prefixes of the cells compared; default `["requests", "appeals"]`: every count cell
   * of tables 三 and 四 (printed 小计 rows are left out: their items are compared).
   */
  cells?: readonly string[];
}

/**
 * Thrown for a cell prefix that names no count cell of table 三 or 四.
 *
 * @category Region
 */
export class ConsolidationError extends Error {
  constructor(readonly prefix: string) {
    super(`“${prefix}” names no count cell of table 三 or 四`);
    this.name = "ConsolidationError";
  }
}

/**
 * One child's report that went into a sum, with its value of the cell (for `differs` rows).
 *
 * @category Region
 */
export interface ConsolidationTerm {
  organ: string;
  file: string;
  /** The child's cell; blank (null) adds 0. Absent on `agrees` and `cannot-tell` rows. */
  value?: number | null;
}

/**
 * One result of a consolidated report: a cell that differs from its children's sum, a report whose
 * every cell agrees, or one that cannot be told (a child without a report, with several reports of the
 * year, or in another edition).
 *
 * @category Region
 */
export interface ConsolidationRow {
  status: "differs" | "agrees" | "cannot-tell";
  severity: "error" | "info";
  /** The consolidating organ, as the list names it. */
  organ: string;
  regionCode: string;
  year: number;
  /** Its report's file. */
  file: string;
  /** The cell (`differs` only). */
  path?: string[];
  label?: Label;
  /** The parent's cell; blank reads as 0 in the difference. */
  reported?: number | null;
  /** The children's cells added up. */
  sum?: number;
  /** reported − sum. */
  difference?: number;
  /** Cells compared (`agrees`), or cells that differ (`cannot-tell`: 0). */
  cells?: number;
  /** The children's reports that went in. */
  children: ConsolidationTerm[];
  /** Children on the list without a report of the year (`cannot-tell`). */
  missing: string[];
  /** Children with several reports of the year (`cannot-tell`). */
  duplicate: string[];
  /** Children whose report is of another edition than the parent's (`cannot-tell`). */
  otherEdition: string[];
}

interface Kept {
  file: string;
  edition: Edition | null;
  values: Map<string, number | null>;
}

const DEFAULT_CELLS = ["requests", "appeals"] as const;
const DEFAULT_PARENT_KINDS = ["government"] as const;

type Json = Record<string, unknown>;

function valueAt(input: unknown, path: readonly string[]): number | null {
  let node: unknown = input;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return null;
    node = (node as Json)[key];
  }
  return typeof node === "number" && Number.isFinite(node) ? node : null;
}

/**
 * Checks that a region's consolidated reports add up: every compared cell of a consolidating organ's
 * report equals the sum of its children's reports of the same year (blank cells read as 0). Reports are
 * added as they go by; only those of organs that take part (consolidating organs and their children)
 * keep their compared cells, so memory grows with the list, not the batch.
 *
 * @category Region
 * @example
 * const check = new ConsolidationCheck(parseOrgans(csv));
 * for (const { file, input } of reports) check.add(reportHead(file, input, organs), input);
 * check.rows().filter((r) => r.status === "differs");
 */
export class ConsolidationCheck {
  private readonly parents = new Map<OrganEntry, OrganEntry[]>();
  private readonly taking = new Set<OrganEntry>();
  private readonly reports = new Map<OrganEntry, Map<number, Kept[]>>();
  private readonly prefixes: readonly string[];
  private readonly compared = new Map<Edition, readonly FieldInfo[]>();

  /**
   * @throws {ConsolidationError} When a cell prefix names no count cell of table 三 or 四.
   */
  constructor(organs: OrganList, options: ConsolidationOptions = {}) {
    this.prefixes = options.cells ?? DEFAULT_CELLS;
    for (const prefix of this.prefixes)
      if (!(["2019", "2021"] as const).some((e) => this.cellsOf(e, [prefix]).length > 0))
        throw new ConsolidationError(prefix);
    const parentKinds = new Set((options.parentKinds ?? DEFAULT_PARENT_KINDS).map(organKindOf));
    const childKinds = options.childKinds ? new Set(options.childKinds.map(organKindOf)) : undefined;
    const consolidates = (e: OrganEntry) =>
      e.consolidates ?? (e.kind !== undefined && parentKinds.has(e.kind));
    for (const entry of organs.entries) {
      const parent = entry.parent ? organs.byKey.get(normaliseOrganName(entry.parent)) : undefined;
      if (!parent || parent === entry || !consolidates(parent)) continue;
      if (childKinds && !childKinds.has(entry.kind ?? "")) continue;
      const children = this.parents.get(parent) ?? [];
      children.push(entry);
      this.parents.set(parent, children);
      this.taking.add(parent).add(entry);
    }
  }

  private cellsOf(edition: Edition, prefixes: readonly string[]) {
    return fields(edition).filter((f) => {
      if ((f.table !== "三" && f.table !== "四") || f.optional) return false;
      const dotted = f.path.join(".");
      return prefixes.some((p) => dotted === p || dotted.startsWith(`${p}.`));
    });
  }

  private paths(edition: Edition) {
    let list = this.compared.get(edition);
    if (!list) {
      list = this.cellsOf(edition, this.prefixes);
      this.compared.set(edition, list);
    }
    return list;
  }

  /** Whether any report on the list consolidates others. */
  get active(): boolean {
    return this.parents.size > 0;
  }

  /** Takes one report; kept only when its organ consolidates or is consolidated. */
  add(head: ReportHead, input: unknown): void {
    const entry = head.listed;
    if (!entry || head.year === null || !this.taking.has(entry)) return;
    const edition = head.edition === "2019" || head.edition === "2021" ? head.edition : null;
    const values = new Map<string, number | null>();
    for (const f of this.paths(edition ?? "2021")) values.set(f.path.join("."), valueAt(input, f.path));
    const years = this.reports.get(entry) ?? new Map<number, Kept[]>();
    const list = years.get(head.year) ?? [];
    list.push({ file: head.file, edition, values });
    years.set(head.year, list);
    this.reports.set(entry, years);
  }

  /**
   * The results: per consolidating organ (list order) and year of its reports, either one `differs`
   * row per cell that differs, one `agrees` row, or one `cannot-tell` row.
   */
  rows(): ConsolidationRow[] {
    const rows: ConsolidationRow[] = [];
    for (const [parent, children] of this.parents) {
      const years = [...(this.reports.get(parent)?.keys() ?? [])].sort((a, b) => a - b);
      for (const year of years) rows.push(...this.check(parent, children, year));
    }
    return rows;
  }

  private check(parent: OrganEntry, children: readonly OrganEntry[], year: number): ConsolidationRow[] {
    const own = this.reports.get(parent)?.get(year) ?? [];
    const base = {
      organ: parent.name,
      regionCode: parent.regionCode,
      year,
      file: own.map((k) => k.file).join("; "),
    };
    const missing: string[] = [];
    const duplicate: string[] = own.length > 1 ? [parent.name] : [];
    const otherEdition: string[] = [];
    const went: { entry: OrganEntry; kept: Kept }[] = [];
    const edition = own[0]?.edition ?? null;
    for (const child of children) {
      const list = this.reports.get(child)?.get(year) ?? [];
      const kept = list[0];
      if (!kept) missing.push(child.name);
      else if (list.length > 1) duplicate.push(child.name);
      else if (kept.edition !== edition) otherEdition.push(child.name);
      else went.push({ entry: child, kept });
    }
    const terms = went.map(({ entry, kept }) => ({ organ: entry.name, file: kept.file }));
    const reasons = { missing, duplicate, otherEdition };
    const parentReport = own[0];
    if (!parentReport || missing.length + duplicate.length + otherEdition.length > 0)
      return [{ ...base, status: "cannot-tell", severity: "info", cells: 0, children: terms, ...reasons }];
    const differs: ConsolidationRow[] = [];
    const cells = this.paths(edition ?? "2021");
    for (const f of cells) {
      const key = f.path.join(".");
      const reported = parentReport.values.get(key) ?? null;
      let sum = 0;
      for (const { kept } of went) sum += kept.values.get(key) ?? 0;
      const difference = (reported ?? 0) - sum;
      if (difference === 0) continue;
      differs.push({
        ...base,
        status: "differs",
        severity: "error",
        path: [...f.path],
        // The cell as a clerk names it: 表三 · 一、本年新收政府信息公开申请数量 · 自然人.
        label: placeLabel(edition ?? "2021", [...f.path]),
        reported,
        sum,
        difference,
        children: went.map(({ entry, kept }) => ({
          organ: entry.name,
          file: kept.file,
          value: kept.values.get(key) ?? null,
        })),
        ...reasons,
      });
    }
    if (differs.length > 0) return differs;
    return [
      { ...base, status: "agrees", severity: "info", cells: cells.length, children: terms, ...reasons },
    ];
  }
}

/**
 * What a consolidation row says, in the caller's locale.
 *
 * @param row - A row of {@link ConsolidationCheck.rows}.
 * @param locale - "zh-CN" (default) or "en".
 * @returns One sentence, e.g. "一、本年新收… · 自然人：汇总报告 131 ≠ 下级报告合计 113（差 18）".
 * @category Region
 * @example
 * check.rows().map((r) => consolidationMessage(r, "en"));
 */
export function consolidationMessage(row: ConsolidationRow, locale: Locale = "zh-CN"): string {
  const say = (label: Label, data: Record<string, unknown>) =>
    renderTemplate(locale === "en" ? label.en : label.zh, data, locale);
  const list = (names: readonly string[]) => names.join(locale === "en" ? ", " : "、");
  if (row.status === "differs")
    return say(REGION_MESSAGES.consolidationDiffers, {
      cell: row.label ?? { zh: row.path?.join(".") ?? "", en: row.path?.join(".") ?? "" },
      reported: row.reported ?? (locale === "en" ? "blank" : "空白"),
      sum: row.sum,
      difference: row.difference,
    });
  if (row.status === "agrees")
    return say(REGION_MESSAGES.consolidationAgrees, { cells: row.cells, children: row.children.length });
  return [
    row.missing.length
      ? say(REGION_MESSAGES.consolidationMissing, { year: row.year, organs: list(row.missing) })
      : "",
    row.duplicate.length ? say(REGION_MESSAGES.consolidationDuplicate, { organs: list(row.duplicate) }) : "",
    row.otherEdition.length
      ? say(REGION_MESSAGES.consolidationOtherEdition, { organs: list(row.otherEdition) })
      : "",
  ]
    .filter(Boolean)
    .join(locale === "en" ? "; " : "；");
}

/**
 * The children that went into a row, with their values of the cell for a `differs` row.
 *
 * @param row - A row of {@link ConsolidationCheck.rows}.
 * @param locale - "zh-CN" (default) or "en".
 * @returns E.g. "甲县人民政府 12 + 乙县人民政府 5" or, without values, "甲县人民政府、乙县人民政府".
 * @category Region
 * @example
 * consolidationTerms(row); // "甲县人民政府 12 + 乙县人民政府 空白"
 */
export function consolidationTerms(row: ConsolidationRow, locale: Locale = "zh-CN"): string {
  if (row.status !== "differs") return row.children.map((c) => c.organ).join(locale === "en" ? ", " : "、");
  const blank = locale === "en" ? "blank" : "空白";
  return row.children.map((c) => `${c.organ} ${c.value ?? blank}`).join(" + ");
}
