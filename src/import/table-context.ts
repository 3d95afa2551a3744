import { APPEAL_COLUMNS, APPEAL_GROUPS, type AppealColumn, type AppealGroup } from "../model/appeals.js";
import { APPLICANT_COLUMNS, type ApplicantColumn } from "../model/applicants.js";
import type { LabelBook, Table3Match } from "./labels-match.js";
import { genericColumn } from "./labels-match.js";
import { normaliseLabel } from "./normalise.js";
import type { Reading, TableId } from "./reading.js";

/** The path of a table-三 label match, with the group read so far; undefined for group headings. */
export function table3Path(match: Table3Match, reading: Reading): string[] | undefined {
  if (match.kind === "row") {
    reading.group = match.row.group;
    reading.awaiting = [...match.row.path];
    return [...match.row.path];
  }
  if (match.kind === "group") reading.group = match.group;
  if (match.kind === "outcomes") reading.group = undefined;
  if (match.kind === "subtotal" && reading.group) {
    reading.awaiting = ["requests", "outcomes", reading.group, "subtotal"];
    return reading.awaiting.slice();
  }
  return undefined;
}

/** A heading or a header cell that says which table follows. */
export function tableOfHeading(text: string): TableId | undefined {
  const norm = normaliseLabel(text);
  if (!/^[一二三四五六七八九十]+、/.test(norm)) return undefined;
  if (norm.includes("主动公开政府信息情况")) return "二";
  if (norm.includes("收到和处理政府信息公开申请情况")) return "三";
  if (norm.includes("行政复议") && norm.includes("行政诉讼")) return "四";
  return undefined;
}

/** What a header cell names: a column of table 三 or 四 (or 二), or a header word of a table. */
export type HeaderMatch =
  | { table: "三"; column?: ApplicantColumn }
  | { table: "四"; group?: AppealGroup; column?: AppealColumn }
  | { table: "二"; column?: string }
  | { table: "generic"; n: number; total: boolean };

export function headerMatch(text: string, book: LabelBook): HeaderMatch | undefined {
  const group = book.appealGroup(text);
  if (group) return { table: "四", group };
  const appeal = book.appealColumn(text);
  if (appeal && appeal !== "total") return { table: "四", column: appeal };
  const applicant = book.applicantColumn(text);
  if (applicant && applicant !== "total") return { table: "三", column: applicant };
  const n = genericColumn(text);
  if (n !== undefined) return { table: "generic", n, total: false };
  if (normaliseLabel(text) === "总计") return { table: "generic", n: 0, total: true };
  const t2 = book.table2Column(text);
  if (t2) return { table: "二", column: t2 };
  const word = book.headerWord(text);
  if (word) return { table: word };
  return undefined;
}

/** Column n (1-based) of a generic header, or 总计, read in the order of a table's columns. */
export function genericTo3(n: number, total: boolean): ApplicantColumn | undefined {
  return total ? "total" : APPLICANT_COLUMNS[n - 1];
}

export function genericTo4(n: number): { group: AppealGroup; column: AppealColumn } | undefined {
  const group = APPEAL_GROUPS[Math.floor((n - 1) / 5)];
  const column = APPEAL_COLUMNS[(n - 1) % 5];
  return group && column && n >= 1 ? { group, column } : undefined;
}
