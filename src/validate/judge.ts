import { MESSAGES } from "../i18n/messages.js";
import { whereLabel } from "../i18n/where.js";
import type { Suspect, SuspectArea } from "../localise/types.js";
import type { Edition } from "../model/edition.js";
import type { Label } from "../model/label.js";
import { localise, renderTemplate } from "../rules/format.js";
import type { Finding, Locale, Path } from "../rules/types.js";
import { describePath } from "./parse.js";

/**
 * What a reader says of its reading, for {@link validateReport}'s `reading` option: its `import.*`
 * findings and, where known, the published source of each cell (an importer's `sources`).
 *
 * @category Validation
 */
export interface ReadingInput {
  /** The importer's findings; each names its uncertain cells in `path`/`cells`, the place in `data.where`. */
  findings: readonly Finding[];
  /** Canonical path (dotted) → the published cell's raw text and where it stood. */
  sources?: Readonly<Record<string, { raw: string; where: string }>>;
}

/** A cell the reader was not sure of, and the reading finding that says so. */
interface Uncertain {
  path: Path;
  finding: Finding<string>;
}

const key = (path: Path) => path.join(".");

/** One path names a cell of the other: a row named by a reader covers every cell of the row. */
export function overlaps(a: Path, b: Path): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Only errors and warnings say the reading is unsure: an info (a unit converted, a placeholder read
// as blank) reports a reading the reader is sure of.
function uncertainCells(reading: readonly Finding<string>[]): Uncertain[] {
  const out: Uncertain[] = [];
  for (const finding of reading) {
    if (finding.origin !== "reading" || finding.waived) continue;
    if (finding.severity === "info") continue;
    for (const path of [finding.path, ...finding.cells]) if (path.length) out.push({ path, finding });
  }
  return out;
}

/**
 * A shape finding the reader has already reported (a missing organ or year after `import.meta-missing`):
 * one problem is one finding, the reader's, which says how to supply it.
 */
export function saidByReader(finding: Finding<string>, reading: readonly Finding<string>[]): boolean {
  if (finding.ruleId !== "schema") return false;
  const said = reading.filter((r) => r.severity !== "info");
  const paths = finding.cells.length ? finding.cells : [finding.path];
  return paths.every((p) => said.some((r) => [r.path, ...r.cells].some((q) => overlaps(p, q))));
}

function placeOf(u: Uncertain, cell: Path, sources: ReadingInput["sources"]): string | undefined {
  const where = u.finding.data.where;
  if (typeof where === "string" && where) return where;
  return sources?.[key(cell)]?.where ?? sources?.[key(u.path)]?.where;
}

const SHOWN = 3;
// The message names the first few; `data.reading` keeps them all.
function shown<T>(items: T[]): (T | Label)[] {
  if (items.length <= SHOWN) return items;
  const more = items.length - SHOWN;
  return [...items.slice(0, SHOWN), { zh: `等 ${more} 处`, en: `${more} more` }];
}

/**
 * Turns each finding of the report that involves a cell the reader was unsure of into a reading
 * problem: same rule, severity and cells, `origin: "reading"`, the message saying that the reading
 * may be the cause and where in the source to look, and `data.reading` naming the uncertain cells,
 * the places and the reader's findings behind them. Config and internal findings are left alone.
 */
export function blameReading(
  findings: readonly Finding<string>[],
  reading: readonly Finding<string>[],
  sources: ReadingInput["sources"],
  edition: Edition | undefined,
  locale: Locale,
): Finding<string>[] {
  const uncertain = uncertainCells(reading);
  if (uncertain.length === 0) return [...findings];
  return findings.map((f) => {
    if (f.origin !== "report" || f.ruleId === "config" || f.ruleId === "internal") return f;
    const cells: Path[] = [];
    const where = new Set<string>();
    const because = new Set<string>();
    for (const cell of [f.path, ...f.cells]) {
      const hits = uncertain.filter((u) => overlaps(cell, u.path));
      if (hits.length === 0) continue;
      if (!cells.some((c) => key(c) === key(cell))) cells.push(cell);
      for (const u of hits) {
        because.add(u.finding.ruleId);
        const place = placeOf(u, cell, sources);
        if (place) where.add(place);
      }
    }
    if (cells.length === 0) return f;
    const places: Label[] = where.size ? [...where].map(whereLabel) : [MESSAGES.readingPlaceUnknown];
    const message = renderTemplate(
      localise(MESSAGES.readingMayCause, locale),
      {
        message: f.message,
        cells: shown(cells.map((c) => describePath(edition, c))),
        where: shown(places),
      },
      locale,
    );
    return {
      ...f,
      origin: "reading",
      message,
      data: { ...f.data, reading: { cells, where: [...where], because: [...because] } },
    };
  });
}

/**
 * Suspects and area verdicts of error localisation that explain an equation now blamed on the
 * reading: a suggested value there would name a cell of the report as wrong on a doubtful reading.
 */
export function keepSuspects(
  suspects: readonly Suspect[],
  areas: readonly SuspectArea[],
  blamed: readonly Finding<string>[],
): { suspects: Suspect[]; areas: SuspectArea[] } {
  const doubtful = blamed.filter((f) => f.origin === "reading" && f.data.reading !== undefined);
  if (doubtful.length === 0) return { suspects: [...suspects], areas: [...areas] };
  const touched = (p: Path) => doubtful.some((f) => [f.path, ...f.cells].some((c) => overlaps(p, c)));
  return {
    suspects: suspects.filter((s) => !touched(s.path)),
    areas: areas.filter((a) => !touched(a.area)),
  };
}
