import { COUNT_PATTERN } from "./numbers.js";
import type { Quantity } from "./quantities.js";

/** What a sentence must be about before any of its figures is read, and words that rule a clause out. */
export interface Topic {
  /** Every one of these must occur in the sentence. */
  sentence: readonly RegExp[];
  /** A clause holding one of these speaks of something else, or of a part of the figure. */
  excludes: RegExp;
}

// A figure of some of the organ's units (各乡镇, 县政府办公室) is not the figure of its report.
const UNITS = "乡镇|街道|部门|单位|办公室|委员会|各级|各乡|各部|各单|下属|所属|直属";

export type TopicId = "requests" | "appeals";

export const TOPICS: Record<TopicId, Topic> = {
  // 依申请公开 only: 依申请类事项 (政务服务) and 主动公开 figures are other tables or none.
  requests: {
    sentence: [/依申请公开|公开申请|申请公开/],
    excludes: new RegExp(
      `复议|诉讼|备案|信访|咨询|投诉|举报|建议|提案|政务服务|办件|事项|留言|热线|来电|来信|主动公开|自然人|法人|企业|组织|律师|科研|网上|网络|信函|当面|传真|邮件|窗口|分别|平台|${UNITS}`,
    ),
  },
  // Table 四 counts only appeals about 政府信息公开; a county's 行政复议 in general is another figure.
  appeals: {
    sentence: [/行政复议|行政诉讼/, /信息公开|公开申请|依申请公开/],
    excludes: new RegExp(`备案|应诉|出庭|败诉|胜诉|纠错|纠正|维持|撤销|确认违法|审结|办结|${UNITS}`),
  },
};

/** Words that make any clause unsafe to read: other periods, comparisons, rates, money. */
export const ANY_CLAUSE_EXCLUDES =
  /去年|同比|环比|较上年|比上年|较去年|上年同期|累计|历年|以来|半年|季度|[0-9０-９一二三四五六七八九十]月|平均|人次|万元|%|％/;

/**
 * A way real reports restate a figure of the tables. `pattern` is a regular expression whose group
 * `n` is the count; `readings` are the table figures the count may mean (each a sum of
 * quantities), the first the most likely. A count that matches any reading agrees.
 */
export interface Shape {
  id: string;
  topic: TopicId;
  pattern: string;
  readings: readonly (readonly Quantity[])[];
}

// A keyword joined to the one before it ("不予公开、无法提供N件", "受理并答复N件") shares the count
// with it: not read.
const FREE = "(?<!(?:公开|处理|提供|新收|受理|收到|复议|诉讼|办结|答复|结转)[、和与及或并])";
// Not after a digit, an ordinal or an estimate (近/约/逾/超过); not before 件次 or an estimate (余/多/以上).
const NOT_BEFORE = "(?<![0-9０-９零〇一二两三四五六七八九十百千万第近约逾超过余多])";
const NOT_AFTER = "(?!次|以上|以下|左右|上下|多|余)";
const count = (unit = "件") => `${NOT_BEFORE}(?<n>${COUNT_PATTERN})(?:${unit})${NOT_AFTER}`;
const CASES = count("件|起|宗");
const TOTALLED = "(?:的)?(?:申请)?(?:共计|合计|总计|共|计)?(?:数量)?(?:为)?";
const NEXT_YEAR = "下一?年度?";

/** The known shapes, in the order they are tried; a later shape never reads text an earlier one read. */
export const SHAPES: readonly Shape[] = [
  {
    id: "disclosed-and-partially",
    topic: "requests",
    pattern: `${FREE}(?<!不|部分)予以公开(?:及|和|与|、|或)部分公开${TOTALLED}${count()}`,
    readings: [["disclosed", "partiallyDisclosed"]],
  },
  // "共受理/收到…申请N件": 本年新收 alone or 本年新收 + 上年结转, as real reports use it both ways.
  {
    id: "received",
    topic: "requests",
    pattern: `${FREE}(?:新收到?|收到|受理|接收|接到)[^，。；、结件]{0,20}?(?:申请|依申请公开)${TOTALLED}${count()}`,
    readings: [["received"], ["received", "carriedOver"]],
  },
  {
    id: "received-short",
    topic: "requests",
    pattern: `${FREE}新收${TOTALLED}${count()}`,
    readings: [["received"], ["received", "carriedOver"]],
  },
  {
    id: "carried-over",
    topic: "requests",
    pattern: `上一?年度?结转(?:下来)?(?:[^，。；、件]{0,12}?申请)?${TOTALLED}${count()}`,
    readings: [["carriedOver"]],
  },
  {
    id: "carried-forward",
    topic: "requests",
    pattern: `(?:结转|转入|顺延)(?:至|到)?${NEXT_YEAR}(?:继续)?(?:办理)?${TOTALLED}${count()}`,
    readings: [["carriedForward"]],
  },
  // "答复N件（含上年度结转申请M件，另有K件…顺延到下年度）": N is （七）总计.
  {
    id: "answered",
    topic: "requests",
    pattern: `${FREE}(?<!当场|延期|延长|电话|口头|现场|逾期|超期|部分|按时|按期|及时|当日|即时)(?:办结|答复|办理完毕|作出答复)(?:[^，。；、件]{0,16}?申请)?${TOTALLED}${count()}`,
    readings: [["outcomesTotal"]],
  },
  {
    id: "carried-forward-after",
    topic: "requests",
    pattern: `${count()}[^，。；、件]{0,20}?(?:结转|顺延|转入)(?:至|到)?${NEXT_YEAR}`,
    readings: [["carriedForward"]],
  },
  {
    id: "still-open",
    topic: "requests",
    // Open at the year's end only: "目前尚有…" is said months later, of another count.
    pattern: `(?:年底|年末|年终)(?:仍|还)?尚?有${count()}(?:申请)?(?:正在|仍在|在)办理`,
    readings: [["carriedForward"]],
  },
  {
    id: "disclosed",
    topic: "requests",
    pattern: `${FREE}(?<!不|部分)(?:予以公开|同意公开|全部公开)${TOTALLED}${count()}`,
    readings: [["disclosed"]],
  },
  {
    id: "partially-disclosed",
    topic: "requests",
    pattern: `${FREE}部分(?:予以)?公开${TOTALLED}${count()}`,
    readings: [["partiallyDisclosed"]],
  },
  {
    id: "withheld",
    topic: "requests",
    pattern: `${FREE}不予以?公开${TOTALLED}${count()}`,
    readings: [["withheld"]],
  },
  {
    id: "unavailable",
    topic: "requests",
    pattern: `${FREE}无法提供${TOTALLED}${count()}`,
    readings: [["unavailable"]],
  },
  {
    id: "not-processed",
    topic: "requests",
    pattern: `${FREE}不予处理${TOTALLED}${count()}`,
    readings: [["notProcessed"]],
  },
  {
    id: "other-handling",
    topic: "requests",
    pattern: `${FREE}其他处理${TOTALLED}${count()}`,
    readings: [["otherHandling"]],
  },
  {
    id: "review",
    topic: "appeals",
    pattern: `${FREE}行政复议(?:案件|申请)?${TOTALLED}${CASES}`,
    readings: [["review"]],
  },
  // "行政诉讼N件" may count both kinds of table 四 or either one alone.
  {
    id: "litigation",
    topic: "appeals",
    pattern: `${FREE}行政诉讼(?:案件)?${TOTALLED}${CASES}`,
    readings: [
      ["litigationDirect", "litigationAfterReview"],
      ["litigationDirect"],
      ["litigationAfterReview"],
    ],
  },
];
