import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GLOBAL_OPTIONS } from "../../src/cli/args.js";
import { COMMANDS } from "../../src/cli/main.js";
import { SEVERITY_LABELS, TABLE_LABELS } from "../../src/cli/messages.js";
import { JSON_ERRORS, jsonErrorLabel } from "../../src/import/json-error.js";
import { builtInMessages, importHtml, importText, rules, validateReport } from "../../src/index.js";
import { OTHER_TITLES } from "../../src/rules/titles.js";
import { run, SEED } from "../cli/helpers.js";
import { seed, withCells } from "../support/fixtures.js";

// What a clerk may meet in Latin letters: the program's name, file kinds (PDF, Word; OCR for scans), what is typed on the command
// line or in code (commands, options and options.organ, their values, <arguments> in a usage line, NO_COLOR), and the kinds of organ
// as the JSON spells them.
const ALLOWED = new RegExp(
  `zfxxgk|JSON|HTML|PDF|OCR|Word|\\.docx|options\\.[a-z]*|NO_COLOR|--[a-z][a-z-]*|<[^>]+>|\\b(?:${COMMANDS.map((c) => c.name).join("|")}|government|department|other|text|json|markdown|zh-CN|en)\\b`,
  "g",
);
// Input quoted back (“…”), placeholders and file names are not the library's words.
const NOT_OURS = /“[^”]*”|\{[\w|]+\}|[\w./-]+\.(?:json|html|txt)\b/g;

/** The Latin letters left in a Chinese message once the allowed tokens are taken out. */
function english(message: string): string {
  return message
    .replace(NOT_OURS, "")
    .replace(ALLOWED, "")
    .replace(/[^A-Za-z]+/g, " ")
    .trim();
}

describe("every zh-CN message in plain Chinese", () => {
  it("the guard catches English and type names", () => {
    expect(english("无效输入：期望 object，实际接收 数组")).toBe("object");
    expect(english("期望 string，实际接收 空值(null)")).toBe("string null");
    expect(english("第 3 行第 5 列附近：此处应为用双引号括起的项名")).toBe("");
  });

  it("in every catalogue", () => {
    const texts: [string, string][] = [
      ...Object.entries(builtInMessages("zh-CN")),
      ...rules.map((r) => [`${r.id} title`, r.title.zh] as [string, string]),
      ...Object.entries({ ...SEVERITY_LABELS, ...TABLE_LABELS, ...OTHER_TITLES, ...JSON_ERRORS }).map(
        ([k, l]) => [k, l.zh] as [string, string],
      ),
      ...Object.entries(GLOBAL_OPTIONS).map(([k, o]) => [`--${k}`, o.description.zh] as [string, string]),
    ];
    expect(texts.length).toBeGreaterThan(150);
    expect(texts.filter(([, t]) => english(t) !== "")).toEqual([]);
  });

  it("in the findings of bad input of every kind", () => {
    const inputs: unknown[] = [
      undefined,
      null,
      "",
      42,
      Number.NaN,
      10n,
      Symbol("x"),
      () => 1,
      [1, 2, 3],
      {},
      { edition: "2020" },
      new Date(0),
      new Map([["edition", "2019"]]),
      { edition: "2021", organ: "某县人民政府", organKind: "government", year: 2024 },
      { edition: "2021", organ: "某县人民政府", year: 2024, proactive: {}, requests: {}, appeals: {} },
      withCells(seed(), { organ: null, year: "2020", organKind: "county", publishedOn: "2021/1/1" }),
      withCells(seed(), { proactive: [], requests: 3, "appeals.review.total": 9 }),
      withCells(seed(), { "requests.received.research": -1, "requests.received.total": 1.5 }),
      withCells(seed(), { "requests.received.business": true, "requests.carriedOver.total": "十" }),
      withCells(seed(), { "proactive.procurement.amount": "12万", "proactive.fees.change": 0.5 }),
      withCells(seed(), { sections: { overview: 3, extra: {} } }),
      withCells(seed(), { "requests.received.naturalPerson": 130, "appeals.review.upheld": 5 }),
      { ...seed(), naturalPersons: 1, ["x".repeat(100)]: 2 },
      {
        get edition(): string {
          throw new Error("boom");
        },
      },
    ];
    const previous = withCells(seed(), { year: 2019 });
    const messages = inputs.flatMap((input) => [
      ...validateReport(input).findings.map((f) => f.message),
      ...validateReport(input).suspects.map((s) => s.reason),
      ...validateReport(seed(), { previous: input }).findings.map((f) => f.message),
      ...validateReport(input, { previous }).findings.map((f) => f.message),
    ]);
    expect(messages.length).toBeGreaterThan(100);
    expect([...new Set(messages)].filter((m) => english(m) !== "")).toEqual([]);
  });

  it("in the importers' findings", () => {
    const fixtures = new URL("../fixtures/", import.meta.url);
    const html = readFileSync(new URL("official-2021-hami.html", fixtures), "utf8");
    const text = readFileSync(new URL("seed-2020-balikun.txt", fixtures), "utf8");
    const findings = [
      ...importHtml(html).findings,
      ...importHtml(html.slice(0, html.length / 2)).findings,
      ...importHtml("<table><tr><td>x</td></tr></table>").findings,
      ...importText(text).findings,
      ...importText(text.slice(0, 900)).findings,
      ...importText("巴里坤县\n表三\n1 2 3").findings,
    ];
    expect(findings.length).toBeGreaterThan(5);
    expect(findings.map((f) => f.message).filter((m) => english(m) !== "")).toEqual([]);
  });

  it("in the command's errors", async () => {
    const runs = await Promise.all(
      [
        ["validate", SEED.pathname, "--formt", "json"],
        ["validate", "--format"],
        ["validate", "--format", "xml", SEED.pathname],
        ["validat", SEED.pathname],
        ["validate"],
        ["validate", "no-such.json"],
        ["diff", SEED.pathname],
      ].map((argv) => run(argv)),
    );
    const lines = runs.flatMap((r) => `${r.stdout}${r.stderr}`.split("\n")).filter((l) => l.trim() !== "");
    expect(lines.length).toBeGreaterThan(6);
    expect(lines.filter((l) => english(l) !== "")).toEqual([]);
    expect(english(jsonErrorLabel('{"a": tru}').zh)).toBe("");
  });
});
