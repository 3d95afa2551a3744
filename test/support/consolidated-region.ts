import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fields } from "../../src/model/fields.js";
import { getPath, sample2021, setAt } from "./fixtures.js";

type Json = Record<string, unknown>;

const CITY = "哈密市人民政府";
const COUNTIES = ["甲县人民政府", "乙县人民政府", "丙县人民政府"] as const;
const BUREAUS = ["教育局", "财政局", "公安局"] as const;
const CITY_BUREAUS = ["哈密市教育局", "哈密市财政局"] as const;

/** What the generated three-level region holds, so tests check the command's answers against it. */
export const CONSOLIDATED_PLAN = {
  city: CITY,
  counties: COUNTIES,
  /** A department whose report is not in the batch: its county's sum cannot be told. */
  missing: "丙县财政局",
  /** The two consolidated reports with one cell mistyped (two digits swapped), and the cell. */
  typos: [
    { organ: CITY, path: "appeals.review.upheld" },
    { organ: "乙县人民政府", path: "requests.received.naturalPerson" },
  ],
} as const;

// Every count cell of tables 三 and 四, where a department's figures are scaled and a parent's added.
const CELLS = fields("2021")
  .filter((f) => f.table === "三" || f.table === "四")
  .map((f) => f.path.join("."));

function department(organ: string, k: number): Json {
  const r = sample2021();
  r.organ = organ;
  for (const path of CELLS) {
    const v = getPath(r, path);
    if (typeof v === "number") setAt(r, path, v * k);
  }
  return r;
}

function consolidated(organ: string, children: readonly Json[]): Json {
  const r = sample2021();
  r.organ = organ;
  r.organKind = "government";
  for (const path of CELLS) {
    const values = children.map((c) => getPath(c, path));
    const numbers = values.filter((v): v is number => typeof v === "number");
    if (numbers.length)
      setAt(
        r,
        path,
        numbers.reduce((s, v) => s + v, 0),
      );
    else if (getPath(r, path) !== undefined) setAt(r, path, null);
  }
  return r;
}

// A typo a person makes: the first two digits swapped (or a digit doubled when they are the same).
function typo(n: number): number {
  const text = String(n);
  const [a = "", b = ""] = text;
  return a !== b && text.length > 1 ? Number(`${b}${a}${text.slice(2)}`) : Number(`${text}${text.at(-1)}`);
}

/**
 * Builds a region of three levels in `dir`: the city (a government consolidating its counties and two
 * city bureaus), three counties (each consolidating three bureaus), nine county bureaus and the two city
 * bureaus, all 2021, with {@link CONSOLIDATED_PLAN}'s missing report and two typos, and the organs list
 * at `dir/organs.csv` (kinds written in Chinese and English; the consolidates column left blank so
 * the kind decides). Each parent adds up its children's figures as published.
 */
export function buildConsolidatedRegion(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const put = (name: string, value: Json) => writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
  const lines = ["name,parent,kind,consolidates", `${CITY},,人民政府,`];
  let k = 1;
  const countyReports: Json[] = [];
  COUNTIES.forEach((county, c) => {
    lines.push(`${county},${CITY},government,`);
    const stem = county.replace("人民政府", "");
    const bureaus = BUREAUS.map((b) => {
      const name = `${stem}${b}`;
      lines.push(`${name},${county},部门,`);
      const report = department(name, k++);
      if (name !== CONSOLIDATED_PLAN.missing) put(`c${c}-${b}.json`, report);
      return report;
    });
    const report = consolidated(county, bureaus);
    countyReports.push(report);
    put(`c${c}.json`, report);
  });
  const cityBureaus = CITY_BUREAUS.map((name, b) => {
    lines.push(`${name},${CITY},department,`);
    const report = department(name, k++);
    put(`city-${b}.json`, report);
    return report;
  });
  for (const { organ, path } of CONSOLIDATED_PLAN.typos) {
    const index = COUNTIES.indexOf(organ as (typeof COUNTIES)[number]);
    if (index < 0) continue;
    const report = countyReports[index] as Json;
    setAt(report, path, typo(getPath(report, path) as number));
    put(`c${index}.json`, report);
  }
  const city = consolidated(CITY, [...countyReports, ...cityBureaus]);
  const cityTypo = CONSOLIDATED_PLAN.typos.find((t) => t.organ === CITY);
  if (cityTypo) setAt(city, cityTypo.path, typo(getPath(city, cityTypo.path) as number));
  put("city.json", city);
  writeFileSync(join(dir, "organs.csv"), `${lines.join("\n")}\n`);
}
