import { DATE_PATTERN } from "./dates.js";
import type { Block, FlatBlock, TextBlock } from "./document.js";
import { labelBook } from "./labels-match.js";
import { readTitle } from "./meta.js";
import type { TableId } from "./reading.js";

/**
 * A whole page saved on one line (what a crawler keeps of a web page): the sections follow one another
 * without a break, and in the tables each row's label is followed by its figures run together
 * (`行政规范性文件693665`, `1.属于国家秘密00000002.其他法律…`). The line is cut at the report's section
 * headings; a table's text becomes a flat block of labels and runs (split later by the arithmetic), the
 * other sections text blocks. Breadcrumbs, share buttons and the tables' header words are page
 * furniture: kept apart, never read as rows.
 */

// The six section headings of the format, wherever they stand on the line; 2022 pages print 行政法复议.
const SECTION =
  /[一二三四五六七八九十]{1,2}、\s*(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|(?:因)?政府信息公开(?:申请)?行政法?复议[、，,]?\s*(?:提起)?行政诉讼(?:的)?情况|(?:政府信息公开工作)?存在的主要问题及改进情况|其他需要报告的事项)/g;
// Figures with the spaces, points, signs and unit that run with them.
const RUN = /[-−+]?\d(?:[\d.\s\-−]*\d)?(?:万元|元)?/g;
// A digit followed by "." or "、" and a label is the next row's ordinal (00000002.其他… ends in 2.).
const ORDINAL_AFTER = /^[.．、]\D/;
const CRUMB = /^\s*当前位置\s*[:：]/;
const SHARE_HEAD =
  /^(?:\s*(?:来源\s*[:：]\s*\S+|(?:发布)?时间\s*[:：]\s*[\d-]+(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|浏览次数\s*[:：]?\s*\d*|字号\s*[:：]?(?:\s*[大中小])*|微信|微博|QQ空间|全真版|文字版|文件下载|附件下载|打印本页|关闭窗口|【打印】|【关闭】|分享到\s*[:：]?|相关链接\s*[:：]?|-->|<!--))+/;
const SHARE_TAIL =
  /(?:\s*(?:附件下载|相关附件|文件下载|打印本页|关闭窗口|【打印】|【关闭】|分享到\s*[:：]?|微信|微博|QQ空间))+\s*$/;
// A title inside the preamble, after breadcrumbs run together with it: from the last word before it.
const TITLE_IN =
  /(?:^|[\s>›»|/])([^\s>›»|/]{0,60}?\d{4}\s*年度?[^\s]{0,40}?政府信息公开(?:工作)?的?年度报告)/;
// Navigation words a crawler runs into the title (首页信息公开哈密市人民政府2022年…): never an organ's.
const NAV_WORDS = /^.*(?:首页|当前位置|位置|信息公开|政务公开|公开年报|年度报告|专题专栏|正文)/;
// The closing signature run onto the last sentence: an organ's name, then the date.
// A site's footer may follow it (主办：…  网站标识码：…).
const SIGNED_END = new RegExp(
  `(?:^|[。；！？!?\\s])\\s*([^。；，,：:！？!?\\s]{2,40}?\\s*(?:${DATE_PATTERN}))\\s*((?:主办|承办|版权所有|网站标识码|网站地图|联系我们|Copyright|©)[^]{0,400})?$`,
);
// Labels are short; a suffix longer than this is never one.
const MAX_LABEL = 60;
// Before one row's figures stand at most a group, its outcome heading and the row: more is furniture.
const MAX_LABELS = 4;
const BOOKS = [labelBook("2019"), labelBook("2021")];

function tableOf(heading: string): TableId | undefined {
  if (heading.includes("主动公开")) return "二";
  if (heading.includes("收到和处理")) return "三";
  if (heading.includes("复议")) return "四";
  return undefined;
}

// A label that opens a row ("row") or sets the context of the rows below it ("context").
function labelKind(text: string): "row" | "context" | undefined {
  for (const book of BOOKS) {
    if (book.table2Row(text)) return "row";
    const match = book.table3(text, undefined);
    if (match) return match.kind === "row" ? "row" : "context";
  }
  return undefined;
}

/** The labels a run of label text ends in (group, then row), and what stands before them. */
function labelsOf(text: string): { labels: string[]; rest: string } {
  const labels: string[] = [];
  // An end index, not slices of the rest: a long stretch of labels stays linear.
  let end = text.length;
  while (labels.length < MAX_LABELS) {
    while (end > 0 && /\s/.test(text[end - 1] ?? "")) end--;
    let found = -1;
    for (let i = Math.max(0, end - MAX_LABEL); i < end && found < 0; i++)
      if (labelKind(text.slice(i, end))) found = i;
    if (found < 0) break;
    labels.push(text.slice(found, end).trim());
    end = found;
  }
  return { labels: labels.reverse(), rest: text.slice(0, end).trim() };
}

/** The flat block of one table's text, and the header words set aside. */
function tableBlock(
  body: string,
  table: TableId,
  at: (offset: number) => string,
  offset: number,
): { block: FlatBlock; furniture: TextBlock[] } {
  const block: FlatBlock = { kind: "flat", table, tokens: [] };
  const furniture: TextBlock[] = [];
  const labelTokens = (text: string, from: number, beforeRun: boolean) => {
    const { labels, rest } = labelsOf(text);
    const where = at(offset + from);
    // A label the format does not know, right before figures, is a row to report, not furniture.
    if (labels.length === 0 && beforeRun && table !== "四" && rest !== "") {
      block.tokens.push({ kind: "cell", text: rest, where });
      return;
    }
    if (rest !== "") furniture.push({ kind: "text", text: rest, where });
    for (const label of labels) block.tokens.push({ kind: "cell", text: label, where });
  };
  let labelFrom = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(body); m; m = RUN.exec(body)) {
    let end = m.index + m[0].length;
    if (!/元$/.test(m[0]) && ORDINAL_AFTER.test(body.slice(end, end + 2))) end--;
    const digits = body.slice(m.index, end).trim();
    if (digits === "") continue;
    labelTokens(body.slice(labelFrom, m.index), labelFrom, true);
    block.tokens.push({ kind: "run", text: digits, where: at(offset + m.index) });
    block.tokens.push({ kind: "end", where: at(offset + m.index) });
    labelFrom = end;
    RUN.lastIndex = end;
  }
  labelTokens(body.slice(labelFrom), labelFrom, false);
  return { block, furniture };
}

/** The preamble without the breadcrumb, the share buttons and a repeated title before it. */
function cleanPreamble(text: string, titled: boolean): { text: string; chrome: string[]; title?: string } {
  const chrome: string[] = [];
  let rest = text;
  if (CRUMB.test(rest)) {
    const end = rest.indexOf("年度报告");
    if (end >= 0 && end < 200) {
      chrome.push(rest.slice(0, end + 4).trim());
      rest = rest.slice(end + 4);
    }
  }
  const share = SHARE_HEAD.exec(rest);
  if (share?.[0].trim()) {
    chrome.push(share[0].trim());
    rest = rest.slice(share[0].length);
  }
  const title = /^\s*(\S{4,60}?年度报告)(?=\s|$)/.exec(rest);
  if (titled && title?.[1] && readTitle(title[1])) {
    chrome.push(title[1]);
    rest = rest.slice(title[0].length);
    return { text: rest.trim(), chrome };
  }
  // No header gave the title: one inside the preamble is the title, what stands before it furniture.
  const inside = titled ? undefined : TITLE_IN.exec(rest);
  if (inside?.[1]) {
    // Navigation words are cut from what stands before the year only: the title has 信息公开 itself.
    const year = inside[1].search(/\d{4}\s*年/);
    const text = inside[1].slice(0, year).replace(NAV_WORDS, "") + inside[1].slice(year);
    const read = readTitle(text);
    // Only a name as organs are named: Chinese characters (and brackets), no digits, dates or marks.
    if (read?.organ && /^[\u4e00-\u9fff（）()]{2,30}$/.test(read.organ)) {
      const before = rest.slice(0, inside.index + inside[0].length - inside[1].length).trim();
      if (before !== "") chrome.push(before);
      return { text: rest.slice(inside.index + inside[0].length).trim(), chrome, title: text };
    }
  }
  return { text: rest.trim(), chrome };
}

/**
 * Reads a line that holds a whole page (two or more section headings, one of a table); undefined for
 * any other line. `titled` says a header already gave the title, so a title at the page's start is
 * furniture.
 *
 * @example
 * readOneLinePage("一、总体情况…二、主动公开政府信息情况…规章000…", 9, true)?.blocks.length;
 */
export function readOneLinePage(
  line: string,
  lineNo: number,
  titled: boolean,
): { blocks: Block[]; furniture: TextBlock[] } | undefined {
  const headings = [...line.matchAll(SECTION)];
  // A preamble that lists the sections (本报告包括：一、总体情况；二、主动公开…) has no figures under them.
  const figures = headings.some(
    (h, k) =>
      tableOf(h[0]) &&
      /\d/.test(line.slice((h.index ?? 0) + h[0].length, headings[k + 1]?.index ?? line.length)),
  );
  if (headings.length < 2 || !figures) return undefined;
  const at = (offset: number) => `line ${lineNo}, character ${offset + 1}`;
  const blocks: Block[] = [];
  const furniture: TextBlock[] = [];
  const first = headings[0]?.index ?? 0;
  const preamble = cleanPreamble(line.slice(0, first), titled);
  for (const text of preamble.chrome) furniture.push({ kind: "text", text, where: at(0) });
  if (preamble.title) blocks.push({ kind: "text", text: preamble.title, where: at(0) });
  if (preamble.text !== "") blocks.push({ kind: "text", text: preamble.text, where: at(0) });
  headings.forEach((h, k) => {
    const start = (h.index ?? 0) + h[0].length;
    const end = headings[k + 1]?.index ?? line.length;
    const table = tableOf(h[0]);
    if (table) {
      // The heading only says which table follows; the block carries it.
      const read = tableBlock(line.slice(start, end), table, at, start);
      blocks.push(read.block);
      furniture.push(...read.furniture);
      return;
    }
    blocks.push({ kind: "text", text: h[0].trim(), where: at(h.index ?? 0) });
    let body = line.slice(start, end);
    const tail = SHARE_TAIL.exec(body);
    if (tail && k === headings.length - 1) {
      furniture.push({ kind: "text", text: tail[0].trim(), where: at(start + tail.index) });
      body = body.slice(0, tail.index);
    }
    // The signature run onto the last sentence stands on lines of its own, where the meta reader looks.
    const signed = k === headings.length - 1 ? SIGNED_END.exec(body) : null;
    const signature = signed?.[1];
    if (signed && signature) body = body.slice(0, signed.index + signed[0].indexOf(signature));
    if (body.trim() !== "") blocks.push({ kind: "text", text: body.trim(), where: at(start) });
    if (signed && signature) blocks.push({ kind: "text", text: signature, where: at(start + signed.index) });
    const footer = signed?.[2];
    if (signed && footer)
      furniture.push({ kind: "text", text: footer.trim(), where: at(start + signed.index) });
  });
  return { blocks, furniture };
}
