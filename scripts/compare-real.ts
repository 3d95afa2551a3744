/**
 * Reads real documents and compares each with its true JSON, cell by cell: how many table cells came
 * back right, and whether organ, year and edition did. Prints one line a document, then what differs.
 *
 *   npx tsx scripts/compare-real.ts [--detail] FILE.pdf|FILE.txt|… (each beside its FILE.json, same base name
 *   up to the first dot)
 */
import { readFileSync } from "node:fs";
import { importDocument } from "../src/import/import-document.js";
import { fields } from "../src/model/fields.js";

const args = process.argv.slice(2);
const detail = args.includes("--detail");
const at = (root: unknown, path: readonly string[]) =>
  path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], root);
const TABLES = new Set(["proactive", "requests", "appeals"]);

for (const file of args.filter((a) => !a.startsWith("--"))) {
  const want = JSON.parse(readFileSync(file.replace(/\.[^/]*$/, ".json"), "utf8"));
  const result = await importDocument(new Uint8Array(readFileSync(file)), { filename: file });
  const got = result.report
    ? // Decimal's toJSON gives the canonical string, so a report missing its organ still compares.
      (JSON.parse(JSON.stringify(result.report)) as unknown)
    : undefined;
  const leaves = fields(want.edition).filter((f) => TABLES.has(f.path[0] ?? "") && !f.path.includes("*"));
  let right = 0;
  let blankWithCandidates = 0;
  const wrong: string[] = [];
  for (const f of leaves) {
    const expected = at(want, f.path);
    if (expected === undefined) continue;
    const actual = at(got, f.path) ?? null;
    if (JSON.stringify(actual) === JSON.stringify(expected)) right++;
    else {
      const key = f.path.join(".");
      const offered = result.findings.some(
        (x) =>
          (x.path.join(".") === key || x.cells.some((c) => c.join(".") === key)) &&
          Array.isArray(x.data.candidates),
      );
      if (actual === null && offered) blankWithCandidates++;
      wrong.push(`${key}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
    }
  }
  const total = leaves.filter((f) => at(want, f.path) !== undefined).length;
  const meta = (["organ", "year", "edition"] as const)
    .map((k) => `${k} ${at(got, [k]) === want[k] ? "✓" : `✗ (${String(at(got, [k]))})`}`)
    .join(", ");
  console.log(
    `${file}: cells ${right}/${total}${blankWithCandidates ? ` (+${blankWithCandidates} blank with candidates)` : ""}; ${meta}`,
  );
  if (detail) {
    for (const line of wrong) console.log(`  ${line}`);
    for (const f of result.findings)
      console.log(`  [${f.severity}] ${f.ruleId} ${f.path.join(".")}: ${f.message}`);
  }
}
