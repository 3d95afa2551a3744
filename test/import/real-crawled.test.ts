import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readCell } from "../../src/import/cells.js";
import { importDocument } from "../../src/import/import-document.js";
import { runLayout } from "../../src/import/run-split.js";
import type { Edition } from "../../src/model/edition.js";
import { reportSchema } from "../../src/model/report.js";
import type { Finding } from "../../src/rules/types.js";
import { validateReport } from "../../src/validate/validate.js";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES));

type Leaf = [path: string[], value: unknown];
function leaves(value: unknown, path: string[] = [], out: Leaf[] = []): Leaf[] {
  if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else out.push([path, value]);
  return out;
}
const at = (o: unknown, path: string[]) =>
  path.reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], o);
const key = (path: readonly (string | number)[]) => path.join(".");

// A candidate row ("135 | 75394432.52元") read cell by cell as the report would hold it.
function candidateCells(edition: Edition, finding: Finding, candidate: string): Map<string, string> {
  const path = finding.path.map(String);
  const table = path[0] === "proactive" ? "二" : path[0] === "appeals" ? "四" : "三";
  const layout = runLayout(edition, table, path);
  const cells = new Map<string, string>();
  candidate.split(" | ").forEach((raw, k) => {
    const cell = layout?.cells[k];
    const value = cell && readCell(raw, cell.kind, true);
    if (cell && value?.ok) cells.set(key(cell.path), String(value.value));
  });
  return cells;
}

const reportErrors = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity === "error" && !f.ruleId.startsWith("import."))
    .map((f) => `${f.ruleId} ${key(f.path)}`)
    .sort();

async function readBack(name: string) {
  const want = JSON.parse(read(`${name}.json`).toString("utf8"));
  const result = await importDocument(read(`${name}.txt`), { filename: `${name}.txt` });
  const got = z.encode(reportSchema, result.report as z.infer<typeof reportSchema>);
  const splits = result.findings.filter((f) => f.ruleId === "import.ambiguous-split");
  const named = new Set(splits.flatMap((f) => (f.cells ?? []).map(key)));
  const right: string[] = [];
  const blank: string[] = [];
  const wrong: string[] = [];
  for (const table of ["proactive", "requests", "appeals"])
    for (const [path, value] of leaves(want[table], [table])) {
      const mine = at(got, path);
      if (mine !== null && String(mine) === String(value)) right.push(key(path));
      else if (mine === null && named.has(key(path))) {
        // Blank only where the finding's candidates hold the published value of the cell.
        const finding = splits.find((f) => f.cells?.some((c) => key(c) === key(path)));
        const fits = ((finding?.data.candidates as string[]) ?? []).some(
          (c) => finding && candidateCells(want.edition, finding, c).get(key(path)) === String(value),
        );
        (fits ? blank : wrong).push(key(path));
      } else wrong.push(`${key(path)}: ${String(mine)} ≠ ${String(value)}`);
    }
  return { want, got, result, right, blank, wrong, named };
}

describe.each([
  "real/15-pingtan-2019",
  "real/17-pingtan-2021",
  "real/18-pingtan-2022",
  "crawled-2023-qinghe",
  "crawled-2019-balikun",
])("a crawler's saved page reads back to its JSON: %s", (name) => {
  it("every cell, or blank with the published value among the candidates", async () => {
    const { wrong, right, blank } = await readBack(name);
    expect(wrong).toEqual([]);
    expect(right.length + blank.length).toBeGreaterThan(190);
  });

  it("the organ, year, edition and publication date", async () => {
    const { want, got } = await readBack(name);
    expect(got).toMatchObject({
      organ: want.organ,
      year: want.year,
      edition: want.edition,
      publishedOn: want.publishedOn,
    });
  });

  it("tables 三 and 四 are read whole where one reading fits all their equations", async () => {
    const { blank, result } = await readBack(name);
    const twoFit = result.findings.filter(
      (f) => f.ruleId === "import.ambiguous-split" && f.path[0] !== "proactive",
    );
    // Any blank outside table 二 belongs to a row whose finding lists two readings that both fit.
    for (const f of twoFit) expect((f.data.candidates as string[]).length).toBeGreaterThan(1);
    const outside = blank.filter((p) => !p.startsWith("proactive."));
    expect(outside.every((p) => twoFit.some((f) => f.cells?.some((c) => key(c) === p)))).toBe(true);
  });

  it("the report's errors are the JSON's own; any other names a cell the reading left uncertain", async () => {
    const { want, got, result, named } = await readBack(name);
    const mine = validateReport(JSON.parse(JSON.stringify(got))).findings;
    const theirs = reportErrors(validateReport(want).findings);
    for (const f of mine.filter((x) => x.severity === "error" && !x.ruleId.startsWith("import."))) {
      if (theirs.includes(`${f.ruleId} ${key(f.path)}`)) continue;
      expect((f.cells ?? []).some((c) => named.has(key(c)))).toBe(true);
    }
    expect(reportErrors(mine)).toEqual(expect.arrayContaining(theirs));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("the page's header, breadcrumb and share buttons are neither rows nor narrative", async () => {
    const { result, got } = await readBack(name);
    expect(result.findings.map((f) => f.ruleId)).not.toContain("import.unknown-row");
    const narrative = JSON.stringify(got.sections);
    for (const chrome of ["原文链接", "当前位置", "QQ空间", "全真版", "附件下载", "links.tsv"])
      expect(narrative).not.toContain(chrome);
    expect(result.unmapped.some((u) => u.text.startsWith("原文链接"))).toBe(true);
  });
});

describe("the pages whose tables 三 and 四 split one way", () => {
  it.each(["real/15-pingtan-2019", "real/17-pingtan-2021", "real/18-pingtan-2022"])(
    "%s: every cell of tables 三 and 四, and the report has exactly the JSON's errors",
    async (name) => {
      const { blank, want, got } = await readBack(name);
      expect(blank.filter((p) => !p.startsWith("proactive."))).toEqual([]);
      expect(reportErrors(validateReport(JSON.parse(JSON.stringify(got))).findings)).toEqual(
        reportErrors(validateReport(want).findings),
      );
    },
  );
});

describe("two readings that fit every equation stay blank, with both listed", () => {
  it("the swapped rows of the generated page", async () => {
    const { result, got } = await readBack("crawled-2023-qinghe");
    const rows = result.findings.filter(
      (f) => f.ruleId === "import.ambiguous-split" && f.path[0] === "requests",
    );
    expect(rows.map((f) => key(f.path)).sort()).toEqual([
      "requests.outcomes.notProcessed.complaint",
      "requests.outcomes.withheld.stateSecret",
    ]);
    for (const f of rows) {
      expect(f.data.candidates).toEqual(["1 | 22 | 10 | 0 | 0 | 0 | 33", "12 | 21 | 0 | 0 | 0 | 0 | 33"]);
      expect(f.cells?.map((c) => c.at(-1))).toEqual(["naturalPerson", "business", "research"]);
      expect(f.data.where).toMatch(/^line 10, character \d+$/);
    }
    // What both readings agree on is read.
    expect(at(got, ["requests", "outcomes", "withheld", "stateSecret"])).toMatchObject({
      naturalPerson: null,
      nonprofit: 0,
      total: 33,
    });
  });

  it("a sign starts a cell: what every reading of 301-341012 agrees on is read", async () => {
    const { got, result } = await readBack("crawled-2019-balikun");
    expect(got.proactive.licensing).toMatchObject({ previousCount: 301, change: null, decisions: null });
    const finding = result.findings.find((f) => key(f.path) === "proactive.licensing");
    expect(finding?.data.candidates).toContain("301 | -34 | 1012");
    expect(finding?.cells?.map(key)).toEqual(["proactive.licensing.change", "proactive.licensing.decisions"]);
  });

  it("the organ comes from the header's 发布机构 when the title names none, and says so", async () => {
    const { result } = await readBack("crawled-2023-qinghe");
    expect(result.findings.find((f) => f.ruleId === "import.organ-inferred")?.data).toMatchObject({
      organ: "青禾市数据资源局",
    });
  });
});
