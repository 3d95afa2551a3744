// How the cells of tables 二, 三 and 四 of a scan came back against the report's true figures: one
// definition for bench/ocr.ts and the OCR tests (scanned PDFs and images).
import type { ImportResult } from "../src/import/import.js";
import { validateReport } from "../src/validate/validate.js";

export interface ScanScore {
  /** Cells read as printed. */
  right: number;
  /** Cells scored: right, flagged and wrong. */
  total: number;
  /** Cells read wrong, that a reading finding names, with the right value among its suggestions if it makes any. */
  flagged: number;
  /** Cells read wrong and not so flagged: `path: got …, want …`. */
  wrong: string[];
  /** Reading problems (warnings) of the document, and how many cells read right one of them names. */
  findings: number;
  rightFlagged: number;
  organ: unknown;
  year: unknown;
}

const TABLES = ["proactive", "requests", "appeals"];

/**
 * Scores a scan's reading. A wrong cell counts as flagged when a reading problem of the cell (an
 * `import.*` finding of origin "reading", not info) names it or its row, and, where `import.ocr-misread` suggests values for it,
 * the right one is among them (a suggested 0 for a blank cell is right: a blank counts as 0).
 */
export function scoreScan(
  result: ImportResult,
  want: Record<string, unknown>,
  tables: readonly string[] = TABLES,
): ScanScore {
  const got = (result.report ? JSON.parse(JSON.stringify(result.report)) : {}) as Record<string, unknown>;
  const findings = result.report
    ? validateReport(got, { reading: { findings: result.findings, sources: result.sources } }).findings
    : result.findings;
  // The reader's own findings and the validator's import.ocr-misread: an equation the misreading broke
  // (a reading problem too, naming all its cells) says nothing of which cell to check.
  const reading = findings.filter(
    (f) => f.origin === "reading" && f.severity !== "info" && f.ruleId.startsWith("import."),
  );
  const named = reading
    .flatMap((f) => [f.path, ...f.cells])
    .filter((p) => p.length > 0)
    .map((p) => p.join("."));
  const suggested = new Map<string, string[]>();
  for (const f of reading.filter((f) => f.ruleId === "import.ocr-misread")) {
    const key = f.path.join(".");
    suggested.set(key, [...(suggested.get(key) ?? []), String(f.data.suggested)]);
  }
  const out = { right: 0, flagged: 0, wrong: [] as string[], rightFlagged: 0 };
  const walk = (w: unknown, g: unknown, path: string) => {
    if (w !== null && typeof w === "object") {
      for (const [k, v] of Object.entries(w))
        walk(v, (g as Record<string, unknown> | undefined)?.[k], `${path}.${k}`);
      return;
    }
    const p = path.slice(1);
    const flagged = named.some((f) => p === f || p.startsWith(`${f}.`));
    if (g === w) {
      out.right++;
      if (flagged) out.rightFlagged++;
      return;
    }
    const offers = suggested.get(p);
    const among = !offers || offers.includes(String(w)) || (w === null && offers.includes("0"));
    if (flagged && among) out.flagged++;
    else out.wrong.push(`${p}: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
  };
  for (const table of tables) walk(want[table], got[table], `.${table}`);
  const total = out.right + out.flagged + out.wrong.length;
  return { ...out, total, findings: reading.length, organ: got.organ, year: got.year };
}
