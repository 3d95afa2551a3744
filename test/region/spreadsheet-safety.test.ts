import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { type ColumnKind, neutralCell } from "../../src/cli/format/region-sheets.js";
import { csvLine, parseCsv } from "../../src/region/csv.js";
import { run } from "../cli/helpers.js";

const FIXTURE = new URL("../fixtures/balikun-2022.json", import.meta.url);
const LONG = 300_000;

// What a spreadsheet takes for a formula (OWASP "CSV injection"), as a hostile organ name writes it.
const STARTS = ["=", "+", "-", "@", "\t", "\r"];
const BODIES = ['HYPERLINK("http://evil.example","点此")', "1+cmd|' /C calc'!A0", "SUM(1+1)", "2+3"];
const HOSTILE = STARTS.flatMap((s) => BODIES.map((b) => `${s}${b}`));

const risky = (text: string) => /^[=+\-@\t\r]/.test(text);

describe("neutralCell", () => {
  const kinds: ColumnKind[] = ["text", "int", "rate", "points"];
  it.each(HOSTILE)("%j gets a leading ' in every column kind", (text) => {
    for (const kind of kinds) expect(neutralCell(text, kind)).toBe(`'${text}`);
  });

  it("a negative number is a number, in a number column also when written as a decimal string", () => {
    for (const kind of kinds) expect(neutralCell(-3, kind)).toBe(-3);
    for (const kind of ["int", "rate", "points"] as const) expect(neutralCell("-0.125", kind)).toBe("-0.125");
    expect(neutralCell("-0.125", "text")).toBe("'-0.125");
    expect(neutralCell("青禾市人民政府", "text")).toBe("青禾市人民政府");
    expect(neutralCell("a=b", "text")).toBe("a=b");
    expect(neutralCell(null, "text")).toBeNull();
  });
});

function hostileFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "zfxxgk-inject-"));
  const base = JSON.parse(readFileSync(FIXTURE, "utf8"));
  HOSTILE.forEach((organ, i) => {
    writeFileSync(join(dir, `${i}.json`), JSON.stringify({ ...base, organ }));
  });
  // Listed under other hostile names too, so the coverage sheet names some as missing.
  const listed = BODIES.map((b, i) => csvLine([`${STARTS[(i + 1) % STARTS.length]}${b}县`, ""]));
  writeFileSync(join(dir, "organs.csv"), `name,aliases\r\n${listed.join("")}`);
  return dir;
}

describe("zfxxgk region never writes a formula", () => {
  it(
    "CSV: no field of the five files starts a formula, negative numbers stay numbers",
    async () => {
      const dir = hostileFolder();
      const result = await run(
        ["region", ".", "--organs", "organs.csv", "--format", "csv", "--out", "out", "--year", "2022"],
        { cwd: dir },
      );
      expect(result.code, result.stderr).toBeLessThan(2);
      const files = readdirSync(join(dir, "out"));
      expect(files.sort()).toEqual([
        "consolidation.csv",
        "coverage.csv",
        "findings.csv",
        "indicators.csv",
        "reports.csv",
      ]);
      let fields = 0;
      for (const file of files) {
        for (const record of parseCsv(readFileSync(join(dir, "out", file), "utf8"))) {
          for (const field of record) {
            fields += 1;
            if (risky(field)) expect(field, `${file}: ${field}`).toMatch(/^-\d+(\.\d+)?$/);
          }
        }
      }
      expect(fields).toBeGreaterThan(100);
      const organs = parseCsv(readFileSync(join(dir, "out", "reports.csv"), "utf8"))
        .slice(1)
        .map((r) => r[0]);
      // The schema trims an organ name, so a leading tab or CR is gone before the sheet.
      const expected = HOSTILE.map((o) => o.trim()).map((o) => (risky(o) ? `'${o}` : o));
      expect(organs.sort()).toEqual(expected.sort());
    },
    LONG,
  );

  it(
    "XLSX: cells are strings or numbers, never formulas, and text that would start one begins with '",
    async () => {
      const dir = hostileFolder();
      const result = await run(
        [
          "region",
          ".",
          "--organs",
          "organs.csv",
          "--format",
          "xlsx",
          "--out",
          "out/r.xlsx",
          "--year",
          "2022",
        ],
        { cwd: dir },
      );
      expect(result.code, result.stderr).toBeLessThan(2);
      const book = XLSX.read(readFileSync(join(dir, "out", "r.xlsx")), { cellFormula: true });
      let cells = 0;
      for (const name of book.SheetNames) {
        const sheet = book.Sheets[name] as XLSX.WorkSheet;
        for (const [ref, cell] of Object.entries(sheet)) {
          if (ref.startsWith("!")) continue;
          const c = cell as XLSX.CellObject;
          cells += 1;
          expect(c.f, `${name}!${ref}`).toBeUndefined();
          expect(["s", "n"]).toContain(c.t);
          if (c.t === "s") expect(risky(String(c.v)), `${name}!${ref}: ${c.v}`).toBe(false);
        }
      }
      expect(cells).toBeGreaterThan(100);
    },
    LONG,
  );
});

/** GBK bytes of a text, found by decoding every two-byte GBK code (Node has no GBK encoder). */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder("gbk");
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? []));
  }
  return Uint8Array.from(out);
}

describe("zfxxgk region --organs reads a list as reports are read", () => {
  const organ = "巴里坤哈萨克自治县人民政府";
  const list = `name,aliases\n${organ},\n`;
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-organs-"));
    const report = JSON.parse(readFileSync(FIXTURE, "utf8"));
    writeFileSync(join(dir, "a.json"), JSON.stringify({ ...report, organ }));
    return dir;
  };
  const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

  it.each([
    ["GBK (Excel on Chinese Windows)", gbk(list)],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(list)])],
    ["UTF-16LE with a BOM", utf16le(list)],
  ])(
    "%s: the listed organ is found, not missing",
    async (_, bytes) => {
      const dir = folder();
      writeFileSync(join(dir, "organs.csv"), bytes);
      const result = await run(["region", "a.json", "--organs", "organs.csv", "--format", "json"], {
        cwd: dir,
      });
      expect(result.code, result.stderr).toBeLessThan(2);
      const lines = result.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines.find((l) => l.kind === "report")).toMatchObject({ listedName: organ });
      expect(
        lines.filter((l) => l.kind === "coverage" && l.organ === organ && l.coverage === "missing"),
      ).toEqual([]);
    },
    LONG,
  );

  it("a list that does not decode cleanly is an error that says so", async () => {
    const dir = folder();
    const bytes = Buffer.from(list.repeat(20));
    bytes[14] = 0xff; // one bad byte in otherwise UTF-8 Chinese text
    writeFileSync(join(dir, "organs.csv"), bytes);
    const result = await run(["region", "a.json", "--organs", "organs.csv"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/机关名单 organs\.csv 无法解码：UTF-8 文件已损坏/);
  });
});
