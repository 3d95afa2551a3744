import { normaliseOrganName } from "../model/organ-name.js";
import { parseCsv } from "./csv.js";

export { normaliseOrganName };

/**
 * One organ of a region's list (`organs.csv`).
 *
 * @category Region
 */
export interface OrganEntry {
  /** The name the organ is reported under. */
  name: string;
  /** Other names its reports use. */
  aliases: string[];
  /** The organ it belongs to (e.g. the government of its county), or "". */
  parent: string;
  /** Administrative division code (行政区划代码), or "". */
  regionCode: string;
  /**
   * The organ's kind as the list says it (`kind` / 机关类型): 人民政府 and 政府 read as "government",
   * 部门 as "department", 乡镇 and 街道 as "town"; other words as written. Absent when blank.
   */
  kind?: string;
  /**
   * Whether the organ's report consolidates its children's (`consolidates` / 汇总: true, 是, 1 or
   * false, 否, 0). Absent when blank: then its kind decides (see {@link ConsolidationOptions}).
   */
  consolidates?: boolean;
}

/**
 * A region's list of organs, looked up by any of their names once normalised.
 *
 * @category Region
 */
export interface OrganList {
  entries: OrganEntry[];
  /** Normalised name or alias → entry. */
  byKey: Map<string, OrganEntry>;
}

/**
 * Thrown by {@link parseOrgans} for a list it cannot read; `line` names the record.
 *
 * @category Region
 */
export class OrganListError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "OrganListError";
  }
}

const COLUMNS: Record<keyof OrganEntry, readonly string[]> = {
  name: ["name", "名称", "机关名称", "机关"],
  aliases: ["aliases", "alias", "别名"],
  parent: ["parent", "上级", "上级机关"],
  regionCode: ["region", "regioncode", "region code", "区划代码", "行政区划代码"],
  kind: ["kind", "organ kind", "类型", "机关类型", "机关类别"],
  consolidates: ["consolidates", "consolidated", "汇总", "汇总报告", "是否汇总"],
};

// The kinds a list may write in Chinese, read as the words the options use.
const KINDS: Record<string, string> = {
  人民政府: "government",
  政府: "government",
  部门: "department",
  工作部门: "department",
  乡镇: "town",
  乡: "town",
  镇: "town",
  街道: "town",
  乡镇街道: "town",
};

/**
 * An organ kind as {@link parseOrgans} keeps it: trimmed, lower case, Chinese kinds as their English word.
 *
 * @param kind - The kind as a list or an option writes it.
 * @returns The kind compared with the options' kinds.
 * @category Region
 * @example
 * organKindOf("人民政府"); // "government"
 */
export function organKindOf(kind: string): string {
  const k = kind.trim().toLowerCase();
  return KINDS[k] ?? k;
}

const YES = new Set(["true", "yes", "y", "1", "是"]);
const NO = new Set(["false", "no", "n", "0", "否"]);

/**
 * Reads an organs list: CSV with a header row naming `name`, `aliases`, `parent`, `region code`
 * and optionally `kind` and `consolidates` (or 名称, 别名, 上级机关, 行政区划代码, 机关类型, 汇总);
 * aliases separated by `|`, `;` or `；`.
 *
 * @param text - The CSV file's text.
 * @returns The list with a lookup by normalised name.
 * @throws {OrganListError} When there is no name column, a name is blank, two organs share a name,
 *   or a `consolidates` cell is neither true nor false.
 * @category Region
 * @example
 * const organs = parseOrgans("name,aliases,parent,region code\n巴里坤县人民政府,巴里坤县政府,哈密市人民政府,650521\n");
 * organs.byKey.get(normaliseOrganName("巴里坤县政府"))?.regionCode; // "650521"
 */
export function parseOrgans(text: string): OrganList {
  const [head, ...rows] = parseCsv(text);
  const header = (head ?? []).map((h) => h.trim().toLowerCase());
  const at = (key: keyof typeof COLUMNS) => header.findIndex((h) => COLUMNS[key].includes(h));
  const column = {
    name: at("name"),
    aliases: at("aliases"),
    parent: at("parent"),
    regionCode: at("regionCode"),
    kind: at("kind"),
    consolidates: at("consolidates"),
  };
  if (column.name < 0) throw new OrganListError("no name column (name / 名称)", 1);
  const entries: OrganEntry[] = [];
  const byKey = new Map<string, OrganEntry>();
  rows.forEach((row, i) => {
    const cell = (index: number) => (index < 0 ? "" : (row[index] ?? "").trim());
    const entry: OrganEntry = {
      name: cell(column.name),
      aliases: cell(column.aliases)
        .split(/[|;；]/u)
        .map((a) => a.trim())
        .filter(Boolean),
      parent: cell(column.parent),
      regionCode: cell(column.regionCode),
    };
    if (!entry.name) throw new OrganListError("blank organ name", i + 2);
    const kind = cell(column.kind);
    if (kind) entry.kind = organKindOf(kind);
    const consolidates = cell(column.consolidates).toLowerCase();
    if (YES.has(consolidates)) entry.consolidates = true;
    else if (NO.has(consolidates)) entry.consolidates = false;
    else if (consolidates)
      throw new OrganListError(`consolidates is “${consolidates}”, not true/false (是/否)`, i + 2);
    for (const name of [entry.name, ...entry.aliases]) {
      const key = normaliseOrganName(name);
      const other = byKey.get(key);
      if (other && other !== entry)
        throw new OrganListError(`“${name}” names both “${other.name}” and “${entry.name}”`, i + 2);
      byKey.set(key, entry);
    }
    entries.push(entry);
  });
  return { entries, byKey };
}
