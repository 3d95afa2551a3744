import type { ImportResult, ValidationResult, validateReport } from "../../src/index.js";

const SEVERITIES = new Set(["error", "warning", "info"]);

const isPath = (p: unknown): boolean =>
  Array.isArray(p) && p.every((s) => typeof s === "string" || typeof s === "number");

/**
 * What every result of validateReport must satisfy, whatever the input: the reason of the first
 * broken invariant, or undefined. Shared by the fuzz tests and `npm run fuzz`.
 */
export function brokenInvariant(result: ValidationResult): string | undefined {
  const summary = { error: 0, warning: 0, info: 0 };
  for (const [i, f] of result.findings.entries()) {
    const at = `finding ${i} (${String(f.ruleId)})`;
    if (typeof f.ruleId !== "string" || (f.ruleId as string) === "") return `${at}: no ruleId`;
    if (typeof f.id !== "string" || !/^[0-9a-f]{12}(-\d+)?$/.test(f.id)) return `${at}: no stable id`;
    if (!SEVERITIES.has(f.severity)) return `${at}: severity ${String(f.severity)}`;
    if (!isPath(f.path)) return `${at}: path is not a path`;
    if (!Array.isArray(f.cells) || !f.cells.every(isPath)) return `${at}: cells are not paths`;
    if (typeof f.message !== "string" || f.message.trim() === "") return `${at}: empty message`;
    if (typeof f.messageId !== "string" || f.messageId === "") return `${at}: no messageId`;
    if (typeof f.data !== "object" || f.data === null) return `${at}: no data`;
    if (!f.waived) summary[f.severity] += 1;
  }
  for (const s of ["error", "warning", "info"] as const) {
    if (result.summary[s] !== summary[s])
      return `summary.${s} is ${result.summary[s]}, findings say ${summary[s]}`;
  }
  if (result.valid !== (summary.error === 0)) return `valid is ${result.valid} with ${summary.error} errors`;
  if (result.valid && !result.report) return "valid without a parsed report";
  if ((Object.prototype as Record<string, unknown>).polluted !== undefined)
    return "Object.prototype polluted";
  return undefined;
}

/**
 * What every importer result must satisfy: well-formed `import.*` findings, unmapped entries with
 * their place, and a report (when there is one) that validateReport takes without throwing, as JSON
 * carries it. The reason of the first broken invariant, or undefined.
 */
export function brokenImport(result: ImportResult, validate: typeof validateReport): string | undefined {
  for (const [i, f] of result.findings.entries()) {
    const at = `finding ${i} (${String(f.ruleId)})`;
    if (typeof f.ruleId !== "string" || !f.ruleId.startsWith("import."))
      return `${at}: not an import finding`;
    if (!SEVERITIES.has(f.severity)) return `${at}: severity ${String(f.severity)}`;
    if (!isPath(f.path)) return `${at}: path is not a path`;
    if (typeof f.message !== "string" || f.message.trim() === "") return `${at}: empty message`;
  }
  for (const u of result.unmapped) {
    if (typeof u.text !== "string" || typeof u.where !== "string")
      return "an unmapped entry without text or place";
  }
  if (result.report) {
    const checked = validate(JSON.parse(JSON.stringify(result.report)));
    const broken = brokenInvariant(checked);
    if (broken) return `the imported report: ${broken}`;
    // The organ or year may be absent, when an import.meta-missing finding says so; nothing else.
    const missing = new Set(
      result.findings.filter((f) => f.ruleId === "import.meta-missing").map((f) => f.path.join(".")),
    );
    const schema = checked.findings.find((f) => f.ruleId === "schema" && !missing.has(f.path.join(".")));
    if (schema) return `the imported report does not parse: ${schema.message}`;
  }
  if ((Object.prototype as Record<string, unknown>).polluted !== undefined)
    return "Object.prototype polluted";
  return undefined;
}
