import type { Quantity } from "./quantities.js";

/** What a sentence must be about before any of its figures is read, and words that rule a clause out. */
export interface Topic {
  /** Every one of these must occur in the sentence. */
  sentence: readonly RegExp[];
  /** A clause holding one of these speaks of something else, or of a part of the figure. */
  excludes: RegExp;
}

export type TopicId = "requests" | "appeals";

export const TOPICS: Record<TopicId, Topic> = {
  // 依申请公开 only: 依申请类事项 (政务服务) and 主动公开 figures are other tables or none.
  requests: {
    sentence: [/依申请公开|公开申请|申请公开/],
    excludes:
      /复议|诉讼|备案|信访|咨询|投诉|举报|建议|提案|政务服务|办件|事项|留言|热线|来电|来信|主动公开|自然人|法人|企业|组织|律师|科研|网上|网络|信函|当面|传真|邮件|窗口|分别|平台/,
  },
  // Table 四 counts only appeals about 政府信息公开; a county's 行政复议 in general is another figure.
  appeals: {
    sentence: [/行政复议|行政诉讼/, /信息公开|公开申请|依申请公开/],
    excludes: /备案|应诉|出庭|败诉|胜诉|纠错|纠正|维持|撤销|确认违法|审结|办结/,
  },
};

/** Words that make any clause unsafe to read: other periods, comparisons, rates, money. */
export const ANY_CLAUSE_EXCLUDES =
  /去年|同比|环比|较上年|比上年|较去年|上年同期|累计|历年|以来|半年|季度|[0-9０-９一二三四五六七八九十]+月|平均|人次|万元|%|％/;

/**
 * A way real reports restate a figure of the tables. `pattern` is a regular expression where `N`
 * stands for the count; `readings` are the table figures the count may mean (each a sum of
 * quantities), the first the most likely. A count that matches any reading agrees.
 */
export interface Shape {
  id: string;
  topic: TopicId;
  pattern: string;
  readings: readonly (readonly Quantity[])[];
}

// A keyword joined to the one before it ("不予公开、无法提供N件") shares the count with it: not read.
const FREE = "(?<![开理供收议讼][、和与及或])";
const TOTALLED = "(?:的)?(?:申请)?(?:共计|合计|总计|共|计)?(?:数量)?(?:为)?";
const NEXT_YEAR = "下一?年度?";

/** The known shapes, in the order they are tried; a later shape never reads text an earlier one read. */
export const SHAPES: readonly Shape[] = [
  {
    id: "disclosed-and-partially",
    topic: "requests",
    pattern: `${FREE}(?<!不|部分)予以公开(?:及|和|与|、|或)部分公开${TOTALLED}N件`,
    readings: [["disclosed", "partiallyDisclosed"]],
  },
  // "共受理/收到…申请N件": 本年新收 alone or 本年新收 + 上年结转, as real reports use it both ways.
  {
    id: "received",
    topic: "requests",
    pattern: `(?:新收到?|收到|受理|接收|接到)[^，。；、结]{0,20}?(?:申请|依申请公开)${TOTALLED}N件`,
    readings: [["received"], ["received", "carriedOver"]],
  },
  {
    id: "received-short",
    topic: "requests",
    pattern: `新收${TOTALLED}N件`,
    readings: [["received"], ["received", "carriedOver"]],
  },
  {
    id: "carried-over",
    topic: "requests",
    pattern: `上一?年度?结转(?:下来)?(?:[^，。；、]{0,12}?申请)?${TOTALLED}N件`,
    readings: [["carriedOver"]],
  },
  {
    id: "carried-forward",
    topic: "requests",
    pattern: `(?:结转|转入|顺延)(?:至|到)?${NEXT_YEAR}(?:继续)?(?:办理)?${TOTALLED}N件`,
    readings: [["carriedForward"]],
  },
  // "答复N件（含上年度结转申请M件，另有K件…顺延到下年度）": N is （七）总计.
  {
    id: "answered",
    topic: "requests",
    pattern: `(?<!当场|延期|延长|电话|口头|现场|逾期|部分)(?:办结|答复|办理完毕|作出答复)(?:[^，。；、]{0,16}?申请)?${TOTALLED}N件`,
    readings: [["outcomesTotal"]],
  },
  {
    id: "carried-forward-after",
    topic: "requests",
    pattern: `N件[^，。；、]{0,20}?(?:结转|顺延|转入)(?:至|到)?${NEXT_YEAR}`,
    readings: [["carriedForward"]],
  },
  {
    id: "still-open",
    topic: "requests",
    pattern: "尚有N件(?:申请)?(?:正在|仍在|在)办理",
    readings: [["carriedForward"]],
  },
  {
    id: "disclosed",
    topic: "requests",
    pattern: `${FREE}(?<!不|部分)(?:予以公开|同意公开|全部公开)${TOTALLED}N件`,
    readings: [["disclosed"]],
  },
  {
    id: "partially-disclosed",
    topic: "requests",
    pattern: `${FREE}部分(?:予以)?公开${TOTALLED}N件`,
    readings: [["partiallyDisclosed"]],
  },
  {
    id: "withheld",
    topic: "requests",
    pattern: `${FREE}不予以?公开${TOTALLED}N件`,
    readings: [["withheld"]],
  },
  {
    id: "unavailable",
    topic: "requests",
    pattern: `${FREE}无法提供${TOTALLED}N件`,
    readings: [["unavailable"]],
  },
  {
    id: "not-processed",
    topic: "requests",
    pattern: `${FREE}不予处理${TOTALLED}N件`,
    readings: [["notProcessed"]],
  },
  {
    id: "other-handling",
    topic: "requests",
    pattern: `${FREE}其他处理${TOTALLED}N件`,
    readings: [["otherHandling"]],
  },
  {
    id: "review",
    topic: "appeals",
    pattern: `${FREE}行政复议(?:案件|申请)?${TOTALLED}N(?:件|起|宗)`,
    readings: [["review"]],
  },
  // "行政诉讼N件" may count both kinds of table 四 or either one alone.
  {
    id: "litigation",
    topic: "appeals",
    pattern: `${FREE}行政诉讼(?:案件)?${TOTALLED}N(?:件|起|宗)`,
    readings: [
      ["litigationDirect", "litigationAfterReview"],
      ["litigationDirect"],
      ["litigationAfterReview"],
    ],
  },
];
