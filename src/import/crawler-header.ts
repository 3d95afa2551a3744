import type { TextBlock } from "./document.js";
import { readTitle } from "./meta.js";

/**
 * The header block a site crawler writes above a saved page (`标题: …`, `发布时间: …`, `发布机构: …`,
 * `原文链接: …`, then a `=== 正文 ===` rule). The title and the date become the lines the meta reader
 * already knows (the title first, `发布时间：…`); 发布机构 or 来源 is handed on only when the title
 * names no organ; the rest (links, local paths, columns) is page furniture.
 */

const FIELD =
  /^\s*(标题|发布时间|发布日期|发布机构|来源|文号|索引号|栏目|主题分类|原文链接|本地目录|网址|URL)\s*[:：]\s*(.*)$/i;
const BODY_RULE = /^\s*[=＝\-—]{3,}\s*正文\s*[=＝\-—]{3,}\s*$/;
const NOTE = /^\s*页面链接与图片详见/;
// Only the first lines are a header: a page with such a line in its body is not a crawler's.
const HEADER_LINES = 20;

/** What a crawler's header block gave, and where the page itself starts. */
export interface CrawlerHeader {
  /** Lines for the meta reader: the title, 发布时间, and 发布机构 where the title lacks the organ. */
  meta: TextBlock[];
  /** The header's other lines, kept as page furniture. */
  furniture: TextBlock[];
  /** Index of the first line of the page's own text. */
  bodyFrom: number;
}

/**
 * Reads a crawler's header block at the top of a text, if it has one (a `标题:` line and at least one
 * other field among its first lines).
 *
 * @example
 * readCrawlerHeader(["标题: 某县2023年政府信息公开工作年度报告", "发布时间: 2024-01-20 10:00", "正文…"])?.bodyFrom; // 2
 */
export function readCrawlerHeader(lines: readonly string[]): CrawlerHeader | undefined {
  const fields = new Map<string, { value: string; where: string }>();
  const furniture: TextBlock[] = [];
  let bodyFrom = 0;
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
    const line = lines[i] ?? "";
    const where = `line ${i + 1}`;
    if (BODY_RULE.test(line)) {
      bodyFrom = i + 1;
      break;
    }
    const field = FIELD.exec(line);
    if (field?.[1]) {
      if (!fields.has(field[1])) fields.set(field[1], { value: (field[2] ?? "").trim(), where });
      furniture.push({ kind: "text", text: line.trim(), where });
      bodyFrom = i + 1;
    } else if (NOTE.test(line) || line.trim() === "") {
      if (line.trim() !== "") furniture.push({ kind: "text", text: line.trim(), where });
      bodyFrom = i + 1;
    } else break;
  }
  const title = fields.get("标题");
  if (!title?.value || fields.size < 2) return undefined;
  const meta: TextBlock[] = [{ kind: "text", text: title.value, where: title.where }];
  const date = fields.get("发布时间") ?? fields.get("发布日期");
  if (date?.value) meta.push({ kind: "text", text: `发布时间：${date.value}`, where: date.where });
  const by = readTitle(title.value)?.organ ? undefined : (fields.get("发布机构") ?? fields.get("来源"));
  if (by?.value) meta.push({ kind: "text", text: `发布机构：${by.value}`, where: by.where });
  const used = new Set(meta.map((m) => m.where));
  return { meta, furniture: furniture.filter((f) => !used.has(f.where)), bodyFrom };
}
