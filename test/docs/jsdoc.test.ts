import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

// Builds a TypeScript program over the whole public API: 5 s on a quiet machine, 14 s on a busy one.
describe("public API docs", { timeout: 300_000 }, () => {
  it("every export of the root entry has a summary and a @category, and every value an @example", () => {
    const program = ts.createProgram([entry], {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
    });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(entry);
    const module = source && checker.getSymbolAtLocation(source);
    expect(module).toBeDefined();
    const missing: string[] = [];
    for (const exported of checker.getExportsOfModule(module as ts.Symbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const tags = symbol.getJsDocTags(checker).map((t) => t.name);
      const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      const isValue = (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)) !== 0;
      if (!summary) missing.push(`${exported.name}: summary`);
      if (!tags.includes("category")) missing.push(`${exported.name}: @category`);
      if (isValue && !tags.includes("example")) missing.push(`${exported.name}: @example`);
    }
    expect(missing).toEqual([]);
  }, 120_000); // builds a TypeScript program of the whole entry: slow on a loaded machine
});
