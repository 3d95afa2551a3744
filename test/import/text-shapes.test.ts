import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importDocument } from "../../src/import/import-document.js";
import { importText } from "../../src/import/import-text.js";
import { fields } from "../../src/model/fields.js";
import type { Finding } from "../../src/rules/types.js";
import { overlaps } from "../../src/validate/judge.js";
import { validateReport } from "../../src/validate/validate.js";

// The other common shapes of text a report comes in (scripts/fixtures/make-text-shapes.ts), each beside
// the JSON it was made from: read whole where the shape keeps the rows, and never a false accusation.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const TABLES = new Set(["proactive", "requests", "appeals"]);
const at = (root: unknown, path: readonly string[]) =>
  path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], root);

async function read(name: string) {
  const result = await importDocument(new Uint8Array(fixture(name)), { filename: name });
  const want = JSON.parse(fixture(name.replace(/\.txt$/, ".json")).toString("utf8"));
  const got = JSON.parse(JSON.stringify(result.report ?? null));
  return { result, want, got };
}

// Each table cell of the JSON: right, blank, or named by a reading finding that is not sure of it.
function cellsOf(want: unknown, got: unknown, findings: readonly Finding[]) {
  const edition = (want as { edition: "2019" | "2021" }).edition;
  const wrong: string[] = [];
  let right = 0;
  for (const f of fields(edition)) {
    if (!TABLES.has(f.path[0] ?? "") || f.path.includes("*")) continue;
    const expected = at(want, f.path);
    if (expected === undefined) continue;
    const actual = at(got, f.path) ?? null;
    if (JSON.stringify(actual) === JSON.stringify(expected)) {
      right++;
      continue;
    }
    const doubt = findings.filter(
      (x) => x.severity !== "info" && [x.path, ...x.cells].some((c) => overlaps(c, [...f.path])),
    );
    // A blank is no assertion: the rules do not blame a cell the reader left empty.
    if (doubt.length === 0 && actual !== null)
      wrong.push(`${f.path.join(".")}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  }
  return { right, wrong };
}

const errors = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.severity === "error" && f.origin === "report")
    .map((f) => `${f.ruleId} ${f.path.join(".")}`);

// [file, cells read right at least (of the JSON's table cells)]: the whole table where the shape keeps
// the rows, a floor measured where pdftotext's reading order reads blocks of cells down the columns.
const SHAPES = [
  ["pdftotext-raw-of-word-sample-2021-department.txt", 200],
  ["pdftotext-raw-of-word-full-2021.txt", 200],
  ["textnodes-of-official-2021-hami.txt", 200],
  ["textnodes-of-official-2019-yizhou.txt", 192],
  ["innertext-of-official-2019-yizhou.txt", 192],
  ["pdftotext-plain-of-soffice-2022-balikun.txt", 176],
  ["pdftotext-plain-of-word-sample-2021-department.txt", 25],
  ["real/pdftotext-plain-of-12-hongze-district-2023.txt", 44],
] as const;

describe.each(SHAPES)("%s", (name, floor) => {
  it("organ, year and edition as in the JSON", async () => {
    const { got, want } = await read(name);
    expect({ organ: got?.organ, year: got?.year, edition: got?.edition }).toEqual({
      organ: want.organ,
      year: want.year,
      edition: want.edition,
    });
  });

  it("no table cell silently wrong: each right, blank, or doubted by a reading finding", async () => {
    const { got, want, result } = await read(name);
    const { right, wrong } = cellsOf(want, got, result.findings);
    expect(wrong).toEqual([]);
    expect(right).toBeGreaterThanOrEqual(floor);
  });

  it("no error of the report that the JSON itself does not have", async () => {
    const { got, want, result } = await read(name);
    const own = new Set(errors(validateReport(want).findings));
    const judged = validateReport(got, { reading: { findings: result.findings, sources: result.sources } });
    for (const e of errors(judged.findings)) expect(own, `${name}: ${e}`).toContain(e);
  });
});

describe("the rows that were blamed on the organ", () => {
  it("pdftotext -raw: a row's total on the line below its parts is read as its total", async () => {
    const { got } = await read("pdftotext-raw-of-word-sample-2021-department.txt");
    expect(got.requests.outcomes.otherHandling.noCorrection).toMatchObject({
      naturalPerson: 1,
      business: 1,
      otherOrganization: 1,
      total: 3,
    });
  });

  it("pdftotext -raw: four-digit counts wrapped in their cells (204 / 2) are joined by the arithmetic", async () => {
    const { got } = await read("pdftotext-raw-of-word-full-2021.txt");
    expect(got.requests.received).toMatchObject({ naturalPerson: 2042, total: 2674 });
    expect(got.requests.outcomes.total).toMatchObject({ naturalPerson: 2033, total: 2663 });
  });

  it("pdftotext -raw: the label on the line of the parts, the total below, is not sorted into a wrong row", () => {
    const text = readFileSync(
      new URL("../fixtures/pdftotext-raw-of-word-sample-2021-department.txt", import.meta.url),
      "utf8",
    ).replace("申请\n1 1 0 0 0 1\n3", "申请 1 1 0 0 0 1\n3");
    expect(text).toContain("申请 1 1 0 0 0 1\n3");
    const { report } = importText(text);
    const row = JSON.parse(JSON.stringify(report)).requests.outcomes.otherHandling.noCorrection;
    expect(row).toMatchObject({ naturalPerson: 1, business: 1, research: 0, otherOrganization: 1, total: 3 });
  });

  it("figures on several lines that neither the row nor the table decides are left blank with the readings", () => {
    // The row's total (3) is not the sum of its parts however the lines are read: blank, not a wrong row.
    const text = readFileSync(
      new URL("../fixtures/pdftotext-raw-of-word-sample-2021-department.txt", import.meta.url),
      "utf8",
    ).replace("1 1 0 0 0 1\n3", "1 1 0 0 0 1\n4");
    const { report, findings } = importText(text);
    const row = JSON.parse(JSON.stringify(report)).requests.outcomes.otherHandling.noCorrection;
    expect(row.total).toBeNull();
    const split = findings.find((f) => f.ruleId === "import.ambiguous-split");
    expect(split?.path).toEqual(["requests", "outcomes", "otherHandling", "noCorrection"]);
  });
});

describe("a cell the schema refuses", () => {
  it("is left blank and said, and the report keeps its organ, year and other cells", () => {
    const text = readFileSync(
      new URL("../fixtures/textnodes-of-official-2021-hami.txt", import.meta.url),
      "utf8",
    );
    const broken = text.replace("行政许可\n5,230\n", "行政许可\n5230000000000\n");
    expect(broken).not.toBe(text);
    const { report, findings } = importText(broken);
    const got = JSON.parse(JSON.stringify(report));
    expect({ organ: got.organ, year: got.year }).toEqual({ organ: "哈密市人民政府", year: 2022 });
    const refused = findings.filter((f) => f.ruleId === "import.schema").map((f) => f.path);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.[0]).toBe("proactive");
    expect(at(got, (refused[0] ?? []).map(String))).toBeNull();
    expect(got.requests.received.total).toBe(372);
  });
});

describe("a text whose tables cannot be read", () => {
  it("still names the organ and year it states", () => {
    const { report, findings } = importText(
      "洪泽区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息。\n",
    );
    expect(report).toBeUndefined();
    const none = findings.find((f) => f.ruleId === "import.no-tables");
    expect(none?.data).toMatchObject({ organ: "洪泽区人民政府", year: 2023 });
    expect(none?.message).toContain("洪泽区人民政府，2023 年");
  });
});
