import { TABLE4_TITLE } from "../model/appeals.js";
import { TABLE2_TITLE } from "../model/proactive-rows.js";
import type { AnnualReport } from "../model/report.js";
import { TABLE3_TITLE } from "../model/table3.js";
import { type Layout, table2Layout, table3Layout, table4Layout } from "./layout.js";

/** One piece of a rendered report, in reading order. */
export type Part =
  | { kind: "title"; text: string }
  | { kind: "meta"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; layout: Layout }
  | { kind: "signature"; text: string };

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

function paragraphs(text: string | undefined): Part[] {
  return (text ?? "")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => ({ kind: "paragraph", text: line }));
}

// One by one: a section of a hundred thousand paragraphs would overflow a spread into push().
function append(parts: Part[], more: readonly Part[]): void {
  for (const part of more) parts.push(part);
}

/**
 * The report as the format orders it: title, 统计期限, preamble, 一 to 六 (tables under 二 三 四), any
 * non-standard sections, and the signature (organ and date).
 */
export function outline(report: AnnualReport): Part[] {
  const s = report.sections ?? {};
  const parts: Part[] = [{ kind: "title", text: `${report.organ}${report.year}年政府信息公开工作年度报告` }];
  if (report.period) {
    const { start, end } = report.period;
    parts.push({ kind: "meta", text: `统计期限：自${chineseDate(start)}起至${chineseDate(end)}止` });
  }
  append(parts, paragraphs(s.preamble));
  if (s.overview !== undefined) {
    parts.push({ kind: "heading", text: "一、总体情况" });
    append(parts, paragraphs(s.overview));
  }
  parts.push({ kind: "heading", text: TABLE2_TITLE.zh }, { kind: "table", layout: table2Layout(report) });
  parts.push({ kind: "heading", text: TABLE3_TITLE.zh }, { kind: "table", layout: table3Layout(report) });
  parts.push({ kind: "heading", text: TABLE4_TITLE.zh }, { kind: "table", layout: table4Layout(report) });
  if (s.problems !== undefined) {
    parts.push({ kind: "heading", text: "五、存在的主要问题及改进情况" });
    append(parts, paragraphs(s.problems));
  }
  if (s.other !== undefined) {
    parts.push({ kind: "heading", text: "六、其他需要报告的事项" });
    append(parts, paragraphs(s.other));
  }
  for (const extra of s.extra ?? []) {
    parts.push({ kind: "heading", text: extra.heading });
    append(parts, paragraphs(extra.text));
  }
  if (report.publishedOn) {
    parts.push(
      { kind: "signature", text: report.organ },
      { kind: "signature", text: chineseDate(report.publishedOn) },
    );
  }
  return parts;
}
