import { readFileSync } from "node:fs";
import fc from "fast-check";

// Pieces that made the narrative rule quadratic or its output unbounded: runs of digits and numerals
// (a count that never finds its unit), statements by the thousand, 其中 lists, thousands groups,
// months, surrogate pairs at the quote's cut points.
const PIECES = [
  "1",
  "一",
  "十",
  "0",
  "111,",
  "一1",
  "收到申请1件",
  "新收申请1件、",
  "其中",
  "予以公开3件",
  "月",
  "，",
  "。",
  "😀",
  "依申请公开",
  "行政复议",
  "结转下年度",
  "件",
] as const;

/** A hostile narrative: a topic word, then pieces each repeated up to `maxRepeat` times. */
export const hostileNarrative = (maxRepeat: number) =>
  fc
    .array(fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: maxRepeat })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((parts) => `依申请公开${parts.map(([piece, n]) => piece.repeat(n)).join("")}`);

/** A fresh copy of the full edition-2021 fixture with `overview` as its overview. */
export function withOverview(overview: string): Record<string, unknown> {
  const report = JSON.parse(
    readFileSync(new URL("../fixtures/full-2021.json", import.meta.url), "utf8"),
  ) as Record<string, unknown>;
  report.sections = { ...(report.sections as object), overview };
  return report;
}

/** What any finding of any report must keep, however long its text: `undefined` when it holds. */
export function unboundedOutput(
  findings: readonly { ruleId: string; messageId: string; data: Record<string, unknown> }[],
): string | undefined {
  const kinds = new Map<string, number>();
  for (const f of findings) {
    const kind = `${f.ruleId}/${f.messageId}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if ((kinds.get(kind) ?? 0) > 20) return `more than 20 findings of ${kind}`;
    const sentence = f.data.sentence;
    if (typeof sentence === "string" && sentence.length > 102)
      return `a quote of ${sentence.length} characters`;
    const phrase = f.data.phrase;
    if (typeof phrase === "string" && phrase.length > 41) return `a phrase of ${phrase.length} characters`;
  }
  const size = JSON.stringify(findings).length;
  return size > 128 * 1024 ? `findings of ${size} characters` : undefined;
}
