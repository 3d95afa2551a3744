import { readDate } from "./dates.js";
import type { GridCell } from "./document.js";

/**
 * A site's own box around a published page (索引号, 发布机构, 发布日期, 文件下载 …): read for the meta it
 * carries, never for the report's tables.
 */
export interface PageBox {
  /** 发布机构 / 发文机关 / 公开主体 …, as written. */
  publisher?: { value: string; label: string };
  /** 发布日期 / 发布时间 / 成文日期 …, as YYYY-MM-DD. */
  publishedOn?: string;
}

// The labels sites print in these boxes; the roles a label plays in the meta, if any.
const LABELS: Record<string, "publisher" | "date" | undefined> = {
  索引号: undefined,
  信息索引号: undefined,
  主题分类: undefined,
  体裁分类: undefined,
  组配分类: undefined,
  信息分类: undefined,
  服务对象: undefined,
  发布机构: "publisher",
  发文机关: "publisher",
  发文机构: "publisher",
  发布单位: "publisher",
  公开主体: "publisher",
  信息来源: undefined,
  生成日期: "date",
  成文日期: "date",
  发布日期: "date",
  发文日期: "date",
  公开日期: "date",
  发布时间: "date",
  文号: undefined,
  发文字号: undefined,
  文件编号: undefined,
  有效性: undefined,
  公开方式: undefined,
  公开范围: undefined,
  公开形式: undefined,
  公开时限: undefined,
  关键词: undefined,
  主题词: undefined,
  文件下载: undefined,
  相关附件: undefined,
  附件下载: undefined,
  浏览次数: undefined,
  访问次数: undefined,
};
const LABEL_LIST = Object.keys(LABELS).sort((a, b) => b.length - a.length);
const LABEL_AT = new RegExp(`(${LABEL_LIST.join("|")})\\s*[:：]`, "g");
const LABEL_START = new RegExp(`^\\s*(${LABEL_LIST.join("|")})\\s*(?:[:：]\\s*|$)`);

function note(box: PageBox, label: string, value: string): void {
  const role = LABELS[label];
  const v = value.trim();
  if (v === "") return;
  if (role === "publisher") box.publisher ??= { value: v, label };
  const date = role === "date" ? readDate(v) : undefined;
  if (date) box.publishedOn ??= date;
}

/**
 * Whether a line of text is a page box's (it starts with one of the box's labels and a colon); if so
 * what it says goes into `box`. One line may hold several (`索引号：… 发布机构：… 发布日期：…`).
 */
export function readBoxLine(text: string, box: PageBox): boolean {
  const marks = [...text.matchAll(LABEL_AT)];
  const first = marks[0];
  if (!first || text.slice(0, first.index).trim() !== "") return false;
  marks.forEach((m, k) => {
    const label = m[1] ?? "";
    const end = marks[k + 1]?.index ?? text.length;
    note(box, label, text.slice(m.index + m[0].length, end));
  });
  return true;
}

/**
 * Whether a table row is a page box's (its first filled cell is a box label, or starts with one and a
 * colon); if so what it says goes into `box`. Cells are `label | value | label | value` or `label：value`.
 */
export function readBoxRow(cells: readonly GridCell[], box: PageBox): boolean {
  const filled = cells.filter((c) => c.origin && c.text.trim() !== "");
  if (filled.length === 0 || !LABEL_START.test(filled[0]?.text ?? "")) return false;
  for (let k = 0; k < filled.length; k++) {
    const text = filled[k]?.text ?? "";
    const label = LABEL_START.exec(text);
    if (!label?.[1]) continue;
    const rest = text.slice(label[0].length);
    if (rest !== "") {
      readBoxLine(text, box) || note(box, label[1], rest);
      continue;
    }
    const next = filled[k + 1]?.text ?? "";
    if (!LABEL_START.test(next)) {
      note(box, label[1], next);
      k++;
    }
  }
  return true;
}
