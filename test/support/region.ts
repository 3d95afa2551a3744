import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixture } from "./fixtures.js";

const CHARS = "甲乙丙丁戊己庚辛壬癸";
const YEARS = [2020, 2021, 2022] as const;

/** The organ's name as listed: 90 county governments, then 10 government offices. */
export function organName(i: number): string {
  const stem = `${CHARS[Math.floor(i / 10)]}${CHARS[i % 10]}县`;
  return i < 90 ? `${stem}人民政府` : `${stem}人民政府办公室`;
}

/** Region code of organ i: the first half in 650501, the rest in 650502. */
export const regionCode = (i: number) => (i < 50 ? "650501" : "650502");

/** What the generated region holds, so tests can check the command's answers against it. */
export const REGION_PLAN = {
  /** Organ → years without a report. */
  missing: new Map<number, number[]>([
    [10, [2021]],
    [11, [2022]],
    [12, [2020]],
  ]),
  /** Organs whose 2021 report carries forward 3 more than their 2022 report carries over. */
  brokenCarryOver: [20, 21],
  /** Organ → year → the name its report uses instead of the listed one. */
  variants: new Map<number, Map<number, string>>([
    [5, new Map([[2021, "甲己县政府"]])], // 人民政府 vs 政府
    [6, new Map([[2022, "甲庚县 人民政府"]])], // a space
    [91, new Map([[2022, "癸乙县政府办公厅"]])], // 办公室 vs 办公厅 of a government
    [7, new Map([[2021, "甲辛县人民政府（本级）"]])], // only the organs list knows this one
  ]),
  /** An organ with two reports for 2022. */
  duplicate: 30,
  /** A report of an organ that is not on the list. */
  unlisted: "某某县档案局",
  /** On the list, with no report at all. */
  silent: "子丑县人民政府",
} as const;

function report(year: number): Record<string, unknown> {
  if (year === 2020) return fixture("seed-2020-balikun.json");
  return fixture(year === 2021 ? "balikun-2021.json" : "balikun-2022.json");
}

function add(row: Record<string, number | null>, column: string, n: number): void {
  row[column] = (row[column] ?? 0) + n;
}

/**
 * Builds the test region in `dir` from the fixture reports (巴里坤县 2020 in edition 2019, 2021 and
 * 2022 in edition 2021): 100 organs × 3 years as JSON files `o{i}-{year}.json`, with the gaps,
 * broken carry-overs, name variants, a duplicate and an unlisted organ of {@link REGION_PLAN}, and
 * the organs list at `dir/organs.csv`. Returns the report files' names.
 */
export function buildRegion(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const put = (name: string, value: unknown) => {
    writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
    files.push(name);
  };
  for (let i = 0; i < 100; i += 1) {
    for (const year of YEARS) {
      if (REGION_PLAN.missing.get(i)?.includes(year)) continue;
      const r = report(year);
      r.organ = REGION_PLAN.variants.get(i)?.get(year) ?? organName(i);
      if (year === 2021 && (REGION_PLAN.brokenCarryOver as readonly number[]).includes(i)) {
        // The 2021 report stays balanced (received + carried over = handled + carried forward).
        const requests = r.requests as Record<string, Record<string, number | null>>;
        for (const row of ["received", "carriedForward"]) {
          add(requests[row] as Record<string, number | null>, "naturalPerson", 3);
          add(requests[row] as Record<string, number | null>, "total", 3);
        }
      }
      put(`o${i}-${year}.json`, r);
    }
  }
  const again = report(2022);
  again.organ = organName(REGION_PLAN.duplicate);
  put(`o${REGION_PLAN.duplicate}-2022-again.json`, again);
  const stranger = report(2022);
  stranger.organ = REGION_PLAN.unlisted;
  put("stranger-2022.json", stranger);

  const lines = ["name,aliases,parent,region code"];
  for (let i = 0; i < 100; i += 1) {
    const alias = i === 7 ? "甲辛县人民政府（本级）" : "";
    lines.push(
      `${organName(i)},${alias},${i < 90 ? "哈密市人民政府" : organName(i).replace("办公室", "")},${regionCode(i)}`,
    );
  }
  lines.push(`${REGION_PLAN.silent},,哈密市人民政府,650503`);
  writeFileSync(join(dir, "organs.csv"), `${lines.join("\n")}\n`);
  return files;
}
