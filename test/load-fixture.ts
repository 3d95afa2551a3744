import { readFileSync } from "node:fs";

/** A fixture report as JSON carries it, freshly parsed, so a test may change it. */
// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited freely by tests before being validated.
export function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
}

/** The four consecutive reports of 巴里坤县人民政府: 2019 and 2020 in the 2019 format, 2021 and 2022 in the 2021 one. */
export const YEARS = {
  2019: "balikun-2019",
  2020: "seed-2020-balikun",
  2021: "balikun-2021",
  2022: "balikun-2022",
} as const;

export const report = (year: keyof typeof YEARS) => fixture(YEARS[year]);
