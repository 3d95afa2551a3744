import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules/catalogue.js";
import { toJsonSchema } from "../../src/schema/json-schema.js";
import { FIXTURES, mixedFolder, run, seed } from "./helpers.js";

describe("zfxxgk rules", () => {
  it("lists the whole catalogue, as text and as JSON", async () => {
    const text = await run(["rules"]);
    expect(text.code).toBe(0);
    expect(text.stdout.trimEnd().split("\n")).toHaveLength(rules.length);
    expect(text.stdout).toMatch(
      /^requests\.balance\s+错误\s+\[2019,2021\]\s+本年新收 \+ 上年结转 = 办理结果总计 \+ 结转下年度$/m,
    );
    const json = JSON.parse((await run(["rules", "--format", "json"])).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    expect(json[0]).not.toHaveProperty("check");
  });
});

describe("zfxxgk schema", () => {
  it("prints the JSON Schema of one edition or of either", async () => {
    const one = await run(["schema", "--edition", "2021"]);
    expect(JSON.parse(one.stdout)).toEqual(toJsonSchema("2021"));
    expect(JSON.parse((await run(["schema"])).stdout)).toEqual(toJsonSchema());
    expect((await run(["schema", "--edition", "2020"])).code).toBe(2);
  });
});

describe("zfxxgk convert", () => {
  it("writes a JSON report back in canonical form (a GBK file too)", async () => {
    const { code, stdout } = await run([
      "convert",
      new URL("cli/seed-2020-balikun.gbk.json", FIXTURES).pathname,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(seed());
  });

  it("refuses what is not a report, and says which file", async () => {
    const dir = mixedFolder();
    const file = join(dir, "x.json");
    writeFileSync(file, '{"edition":"2019"}');
    const bad = await run(["convert", file, "--locale", "en"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^zfxxgk: .*x\.json is not a report of either edition: \[error\] Shape of the report · reporting organ: /,
    );
    const page = await run(["convert", new URL("cli/balikun-excerpt.gb2312.html", FIXTURES).pathname]);
    expect(page).toMatchObject({ code: 2, stdout: "" });
    expect(page.stderr).toContain("[错误] 表格读取");
    expect(page.stderr).toMatch(/balikun-excerpt\.gb2312\.html 不符合报告格式/);
  });
});
