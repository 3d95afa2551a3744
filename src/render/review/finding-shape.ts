import type { Path, Severity } from "../../rules/types.js";
import type { ReviewFinding } from "./marks.js";

const SEVERITIES: ReadonlySet<unknown> = new Set<Severity>(["error", "warning", "info"]);

const isPath = (p: unknown): p is Path =>
  Array.isArray(p) && p.every((k) => typeof k === "string" || typeof k === "number");

const text = (v: unknown): string => {
  if (typeof v === "string") return v;
  if (v === null || v === undefined) return "";
  try {
    return String(v);
  } catch {
    return "";
  }
};

const object = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/**
 * A finding as the page can draw it, whatever it was given (a custom rule's, a hand-made result's, one
 * read back from JSON): text where text belongs, paths of keys, a known severity (an unknown one is
 * shown as an error, never hidden). Nothing a finding holds makes the page throw.
 */
export function reviewFinding(value: unknown): ReviewFinding {
  try {
    const { waived, ...rest } = object(value) ?? {};
    const reason = object(waived)?.reason;
    return {
      ...rest,
      ruleId: text(rest.ruleId) || "internal",
      origin: rest.origin === "reading" ? "reading" : "report",
      severity: SEVERITIES.has(rest.severity) ? (rest.severity as Severity) : "error",
      path: isPath(rest.path) ? rest.path : [],
      cells: Array.isArray(rest.cells) ? rest.cells.filter(isPath) : [],
      messageId: text(rest.messageId),
      message: text(rest.message),
      data: object(rest.data) ?? {},
      ...(object(waived) ? { waived: { reason: text(reason) } } : {}),
    } as ReviewFinding;
  } catch {
    return {
      ruleId: "internal",
      origin: "report",
      severity: "error",
      path: [],
      cells: [],
      messageId: "",
      message: "",
      data: {},
    };
  }
}
