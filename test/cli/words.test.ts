import { describe, expect, it } from "vitest";
import { closest, localeOf } from "../../src/cli/args.js";
import { COMMANDS } from "../../src/cli/main.js";
import { run, SEED } from "./helpers.js";

describe("the locale of a run", () => {
  it.each([
    [[], {}, "zh-CN"],
    [[], { LANG: "en_US.UTF-8" }, "en"],
    [[], { LANG: "zh_CN.UTF-8" }, "zh-CN"],
    [[], { LANG: "en" }, "en"],
    [[], { LC_MESSAGES: "en_GB.UTF-8", LANG: "zh_CN.UTF-8" }, "en"],
    [[], { LC_ALL: "zh_CN.UTF-8", LC_MESSAGES: "en_GB.UTF-8", LANG: "en_US" }, "zh-CN"],
    [[], { LC_ALL: "", LANG: "en_US.UTF-8" }, "en"],
    [[], { LANG: "C.UTF-8" }, "zh-CN"],
    [[], { LANG: "fr_FR.UTF-8" }, "zh-CN"],
    [["--locale", "zh-CN"], { LC_ALL: "en_US.UTF-8" }, "zh-CN"],
    [["--locale=en"], { LANG: "zh_CN.UTF-8" }, "en"],
  ] as const)("%j with %j → %s", (argv, env, locale) => {
    expect(localeOf(argv, env)).toBe(locale);
  });

  it("LANG=en_US.UTF-8 gives English output without --locale", async () => {
    const { stdout } = await run(["validate", SEED.pathname], { env: { LANG: "en_US.UTF-8" } });
    expect(stdout).toMatch(/ valid \(0 errors, 1 warning, 0 notes\)\n/);
  });
});

describe("usage errors in the clerk's words", () => {
  it.each([
    [["validate", SEED.pathname, "--formt", "json"], "没有 --formt 这个选项，是不是要用 --format？"],
    [["validate", SEED.pathname, "--previos", "x.json"], "没有 --previos 这个选项，是不是要用 --previous？"],
    [["validate", SEED.pathname, "--zzzzzz"], "没有 --zzzzzz 这个选项"],
    [["validate", SEED.pathname, "-q"], "没有 -q 这个选项"],
    [["validate", "--format"], "选项 --format 后面缺少取值"],
    [["validate", "--color=yes", SEED.pathname], "选项 --color 不带取值"],
    [
      ["validat", SEED.pathname],
      `没有“validat”这个命令，是不是要用 validate？可用命令：${COMMANDS.map((c) => c.name).join("、")}`,
    ],
  ])("%j", async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^zfxxgk：${message.replace(/[?？()（）.*+[\]]/g, "\\$&")}`));
    expect(stderr).not.toMatch(/Unknown|Option|argument/);
  });

  it("in English too", async () => {
    const { stderr } = await run(["validate", SEED.pathname, "--formt", "json", "--locale", "en"]);
    expect(stderr).toBe("zfxxgk: unknown option --formt; did you mean --format? (see --help)\n");
  });

  it("suggests only a near name", () => {
    expect(closest("formt", ["format", "locale", "color"])).toBe("format");
    expect(closest("colour", ["format", "locale", "color"])).toBe("color");
    expect(closest("xyz", ["format", "locale", "color"])).toBeUndefined();
  });
});
