import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The `@example` blocks of a source file's JSDoc, in order, with the leading ` * ` removed. */
function examples(file: string): string[] {
  const text = readFileSync(`${root}${file}`, "utf8");
  const out: string[] = [];
  for (const match of text.matchAll(/@example\n((?: \*(?: .*)?\n)+?)(?= \*(?: @| \/|\/)| \*\/)/g)) {
    out.push((match[1] ?? "").replace(/^ \* ?/gm, ""));
  }
  return out;
}

/** Type errors of a snippet compiled with the project's tsconfig ("zfxxgk" maps to src/index.ts). */
function typeErrors(code: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  if (!config) throw new Error("no tsconfig");
  const name = `${root}test/types/__example__.ts`;
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (file, language, ...rest) =>
    file === name ? ts.createSourceFile(file, code, language) : getSourceFile(file, language, ...rest);
  const fileExists = host.fileExists;
  host.fileExists = (file) => file === name || fileExists(file);
  const program = ts.createProgram([name], { ...config.options, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(name))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("JSDoc examples compile", () => {
  it("the first @example of defineRule", () => {
    const [first] = examples("src/rules/define-rule.ts");
    expect(first).toContain("defineRule({");
    expect(typeErrors(first ?? "")).toEqual([]);
  }, 120_000);

  it("a broken example is caught (the check can fail)", () => {
    const [first] = examples("src/rules/define-rule.ts");
    const broken = (first ?? "").replace('messageId: "short"', 'messageId: "long"');
    expect(typeErrors(broken).length).toBeGreaterThan(0);
  }, 120_000);
});
