import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, run, seed } from "./helpers.js";

const fixture = (name: string) => new URL(name, FIXTURES).pathname;

describe("zfxxgk review", () => {
  it("writes one page per report and an index; earlier years of the same organ feed the year-over-year table", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-review-in-"));
    const out = mkdtempSync(join(tmpdir(), "zfxxgk-review-out-"));
    writeFileSync(join(dir, "2020.json"), JSON.stringify(seed()));
    const wrong = JSON.parse(readFileSync(fixture("balikun-2021.json"), "utf8"));
    wrong.requests.outcomes.disclosed.naturalPerson = 183;
    writeFileSync(join(dir, "2021.json"), JSON.stringify(wrong));
    writeFileSync(join(dir, "notes.txt"), "没有表格的文字。\n");
    const { code, stdout, stderr } = await run(["review", dir, "--out", out]);
    expect(code).toBe(1); // 2021.json has errors (and notes.txt holds no report)
    expect(stderr).toContain("notes.txt: 没有读出报告表格");
    expect(readdirSync(out).sort()).toEqual(["2020.html", "2021.html", "index.html"]);
    expect(stdout.trim().split("\n")).toHaveLength(3);
    const page = readFileSync(join(out, "2021.html"), "utf8");
    expect(page).toContain('<span class="zr-to">→138</span>');
    expect(page).toContain("与上年比较（2020 → 2021）");
    const index = readFileSync(join(out, "index.html"), "utf8");
    expect(index).toContain('href="2021.html"');
    expect(index).toContain('data-status="unreadable"');
  });

  it("names each page by its input's own name, not by its folders; the same name twice is numbered", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zfxxgk-review-in-"));
    const out = mkdtempSync(join(tmpdir(), "zfxxgk-review-out-"));
    mkdirSync(join(dir, "哈密市", "2021年"), { recursive: true });
    mkdirSync(join(dir, "巴里坤县"), { recursive: true });
    writeFileSync(join(dir, "哈密市", "2021年", "报告 (定稿).json"), JSON.stringify(seed()));
    writeFileSync(join(dir, "巴里坤县", "报告 (定稿).json"), readFileSync(fixture("balikun-2021.json")));
    await run(["review", dir, "--out", out]);
    expect(readdirSync(out).sort()).toEqual(["index.html", "报告-定稿.html", "报告-定稿-2.html"].sort());
  });

  it("one file: one page, no index; --previous; English; exit 1 on errors, 0 when clean", async () => {
    const out = mkdtempSync(join(tmpdir(), "zfxxgk-review-out-"));
    const clean = await run([
      "review",
      fixture("balikun-2021.json"),
      "--out",
      out,
      "--previous",
      fixture("seed-2020-balikun.json"),
      "--locale",
      "en",
    ]);
    expect(clean.code).toBe(0);
    expect(readdirSync(out)).toEqual(["balikun-2021.html"]);
    const page = readFileSync(join(out, "balikun-2021.html"), "utf8");
    expect(page).toContain("Year over year (2020 → 2021)");
    expect(page).toContain('<html lang="en">');
    // The text has a column the reader could not place: read incompletely (exit 2), never exit 1.
    const text = await run(["review", fixture("seed-2020-balikun.txt"), "--out", out]);
    expect(text.code).toBe(2);
    expect(readFileSync(join(out, "seed-2020-balikun.html"), "utf8")).toContain('data-status="incomplete"');
    expect(existsSync(join(out, "seed-2020-balikun.html"))).toBe(true);
    const none = await run([
      "review",
      fixture("balikun-2021.json"),
      "--out",
      out,
      "--previous",
      "missing.json",
    ]);
    expect(none.code).toBe(2);
  });

  it("needs --out", async () => {
    const { code, stderr } = await run(["review", fixture("balikun-2021.json")]);
    expect(code).toBe(2);
    expect(stderr).toContain("--out");
  });
});
