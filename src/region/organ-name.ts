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
};

/**
 * Reads an organs list: CSV with a header row naming `name`, `aliases`, `parent`, `region code`
 * (or 名称, 别名, 上级机关, 行政区划代码); aliases separated by `|`, `;` or `；`.
 *
 * @param text - The CSV file's text.
 * @returns The list with a lookup by normalised name.
 * @throws {OrganListError} When there is no name column, a name is blank, or two organs share a name.
 * @category Region
 * @example
 * const organs = parseOrgans("name,aliases,parent,region code\n巴里坤县人民政府,巴里坤县政府,哈密市人民政府,650521\n");
 * organs.byKey.get(normaliseOrganName("巴里坤县政府"))?.regionCode; // "650521"
 */
export function parseOrgans(text: string): OrganList {
  const [head, ...rows] = parseCsv(text);
  const header = (head ?? []).map((h) => h.trim().toLowerCase());
  const at = (key: keyof OrganEntry) => header.findIndex((h) => COLUMNS[key].includes(h));
  const column = {
    name: at("name"),
    aliases: at("aliases"),
    parent: at("parent"),
    regionCode: at("regionCode"),
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
