import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FIXTURES = new URL("../test/fixtures/", import.meta.url);

/** The real JSON reports of test/fixtures/, parsed. */
function realReports(): Record<string, unknown>[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, FIXTURES), "utf8")) as Record<string, unknown>);
}

/**
 * The i-th report of a corpus: a real report under another organ's name; one in ten has a broken
 * total (an error finding) and one in fifty a cell of the wrong type (a schema error), as a
 * supervisor's batch would.
 */
function variant(base: Record<string, unknown>, i: number): Record<string, unknown> {
  const report = structuredClone(base);
  report.organ = `${String(base.organ ?? "")}（第${i}号）`;
  const carried = (report.requests as { carriedOver?: Record<string, unknown> } | undefined)?.carriedOver;
  if (carried && i % 10 === 3) carried.naturalPerson = Number(carried.naturalPerson ?? 0) + 7;
  if (carried && i % 50 === 7) carried.business = "十二";
  return report;
}

/** `count` reports, as minified JSON texts, cycling through the real ones. */
export function* corpus(count: number): Generator<string> {
  const bases = realReports();
  for (let i = 0; i < count; i++) yield JSON.stringify(variant(bases[i % bases.length] ?? {}, i));
}

/** Writes `count` reports as files into a fresh temp folder (100 per subfolder) and returns it. */
export function corpusFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-bench-"));
  let i = 0;
  for (const text of corpus(count)) {
    const sub = join(dir, String(Math.floor(i / 100)).padStart(4, "0"));
    if (i % 100 === 0) mkdirSync(sub);
    writeFileSync(join(sub, `report-${String(i).padStart(6, "0")}.json`), text);
    i += 1;
  }
  return dir;
}
