import { ruleTitle } from "../../rules/titles.js";
import type { Finding, Locale, Path, Severity } from "../../rules/types.js";
import type { Suspect, SuspectArea } from "../../validate/validate.js";
import { esc, pathKey, SYMBOLS, say } from "./text.js";

/** A finding as the review page shows it; `waived` comes from a waiver configuration, when there is one. */
export type ReviewFinding = Finding<string>;

/** One note shown beside a cell and in the findings list. */
export interface Note {
  id: string;
  /** `reading`: a reading problem of weight (error or warning): the cell may have been misread. */
  kind: Severity | "suspect" | "area" | "reading";
  /** The cell the note is about, when it is a cell of this report's tables. */
  path: Path | undefined;
  html: string;
}

/** What a cell carries: its notes, the strongest kind, and a suggested value. */
export interface CellMark {
  kind: Severity | "suspect" | "reading" | "involved";
  notes: Note[];
  suggested?: number;
}

const RANK: Record<CellMark["kind"], number> = {
  suspect: 6,
  error: 5,
  reading: 4,
  warning: 3,
  info: 2,
  involved: 1,
};

// A reading problem of weight marks its cell as doubtful, whatever rule it came through.
const kindOf = (f: ReviewFinding): Severity | "reading" =>
  f.origin === "reading" && f.severity !== "info" ? "reading" : f.severity;

const num = (v: unknown) => (typeof v === "number" ? v : null);

function equationLine(data: Record<string, unknown>, locale: Locale): string {
  const left = num(data.leftSum);
  const right = num(data.rightSum);
  if (left === null || right === null) return "";
  const difference = num(data.difference) ?? left - right;
  return `<div class="zr-eq">${esc(say("equation", locale, { left, right, difference }))}</div>`;
}

/** A finding as one note: symbol, rule title (its id on hover), message, and the equation's two sides. */
export function findingNote(f: ReviewFinding, id: string, locale: Locale): Note {
  const waived = f.waived
    ? `<div class="zr-waived">${esc(say("waivedReason", locale, { reason: f.waived.reason }))}</div>`
    : "";
  const kind = kindOf(f);
  const html =
    `<span class="zr-sym zr-${kind}" aria-hidden="true">${SYMBOLS[kind]}</span> ` +
    `<span class="zr-sev">${esc(say(f.severity, locale))}</span> ` +
    `<span class="zr-rule" title="${esc(f.ruleId)}">${esc(ruleTitle(f.ruleId, locale))}</span> ` +
    `<span class="zr-msg">${esc(f.message)}</span>${equationLine(f.data, locale)}${waived}`;
  return { id, kind, path: f.path, html };
}

/** A suspect as one note: the reason and the suggested value. */
export function suspectNote(s: Suspect, id: string, locale: Locale): Note {
  const reported = s.reported === null ? say("blank", locale) : s.reported;
  const html =
    `<span class="zr-sym zr-suspect" aria-hidden="true">${SYMBOLS.suspect}</span> ` +
    `<span class="zr-msg">${esc(s.reason)}</span>` +
    `<div class="zr-sug">${esc(say("suggested", locale, { suggested: s.suggested, reported }))}${
      s.ambiguous ? ` ${esc(say("ambiguous", locale))}` : ""
    }</div>`;
  return { id, kind: "suspect", path: s.path, html };
}

/** A verdict of error localisation on a whole area (e.g. "no change of one or two cells fits"). */
export function areaNote(a: SuspectArea, id: string): Note {
  return { id, kind: "area", path: undefined, html: `<span class="zr-msg">${esc(a.message)}</span>` };
}

function mark(marks: Map<string, CellMark>, path: Path, kind: CellMark["kind"], note?: Note): CellMark {
  const key = pathKey(path);
  const current = marks.get(key) ?? { kind, notes: [] };
  if (RANK[kind] > RANK[current.kind]) current.kind = kind;
  if (note && !current.notes.includes(note)) current.notes.push(note);
  marks.set(key, current);
  return current;
}

/**
 * The marks of every cell: a finding marks its main cell with its severity and the other cells of its
 * equation as involved; a suspect marks its cell with the suggested value. Waived findings mark nothing.
 */
export function cellMarks(
  findings: readonly { finding: ReviewFinding; note: Note }[],
  suspects: readonly { suspect: Suspect; note: Note }[],
): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const { finding, note } of findings) {
    if (finding.waived) continue;
    for (const cell of finding.cells) {
      if (pathKey(cell) !== pathKey(finding.path)) mark(marks, cell, "involved");
    }
    mark(marks, finding.path, kindOf(finding), note);
  }
  for (const { suspect, note } of suspects)
    mark(marks, suspect.path, "suspect", note).suggested = suspect.suggested;
  return marks;
}
