import type { ImportResult } from "../../src/import/import.js";

/**
 * Every cell of tables 二, 三 and 四 of `want` (a report as JSON): right, wrong but flagged by a
 * finding, or wrong unflagged; and the organ and year read. The score of test/import/ocr.test.ts.
 */
export function ocrScore(
  result: ImportResult,
  want: Record<string, unknown>,
  tables = ["proactive", "requests", "appeals"],
) {
  const got = (result.report ? JSON.parse(JSON.stringify(result.report)) : {}) as Record<string, unknown>;
  const flags = result.findings
    .filter((f) => f.severity !== "info")
    .flatMap((f) => [f.path, ...f.cells])
    .filter((p) => p.length > 0)
    .map((p) => p.join("."));
  const out = { right: 0, flagged: 0, wrong: [] as string[] };
  const walk = (w: unknown, g: unknown, path: string) => {
    if (w !== null && typeof w === "object") {
      for (const [k, v] of Object.entries(w))
        walk(v, (g as Record<string, unknown> | undefined)?.[k], `${path}.${k}`);
      return;
    }
    const p = path.slice(1);
    if (g === w) out.right++;
    else if (flags.some((f) => p === f || p.startsWith(`${f}.`))) out.flagged++;
    else out.wrong.push(`${p}: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
  };
  for (const table of tables) walk(want[table], got[table], `.${table}`);
  return { ...out, total: out.right + out.flagged + out.wrong.length, organ: got.organ, year: got.year };
}
