import type { Edition } from "./edition.js";
import { joinLabels, type Label } from "./label.js";

/**
 * The rows of table 三（收到和处理政府信息公开申请情况）as data: one place that the schemas, the rules,
 * the importers and the renderers all read, so a label is written once.
 */

/**
 * A group of outcome rows in table 三: （三）不予公开 to （六）其他处理.
 *
 * @category Model
 */
export type OutcomeGroup = "withheld" | "unavailable" | "notProcessed" | "otherHandling";

/**
 * One row of table 三 as data: path, verbatim labels and kind.
 *
 * @category Model
 */
export interface Table3Row {
  /** Canonical path below the report, e.g. ["requests", "outcomes", "withheld", "stateSecret"]. */
  path: readonly string[];
  /** The row's own label, verbatim: 1.属于国家秘密. */
  own: Label;
  /** Full label with its parents: 三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密. */
  label: Label;
  /** Short form used as a term of an equation: 国家秘密. */
  short: Label;
  kind: "received" | "carriedOver" | "item" | "subtotal" | "total" | "carriedForward";
  group?: OutcomeGroup;
}

export const OUTCOMES_LABEL: Label = { zh: "三、本年度办理结果", en: "III. Outcomes this year" };

export const GROUP_LABELS: Record<OutcomeGroup, Label> = {
  withheld: { zh: "（三）不予公开", en: "(3) Withheld" },
  unavailable: { zh: "（四）无法提供", en: "(4) Cannot be provided" },
  notProcessed: { zh: "（五）不予处理", en: "(5) Not processed" },
  otherHandling: { zh: "（六）其他处理", en: "(6) Otherwise handled" },
};

type ItemSpec = [key: string, zh: string, en: string, shortZh: string, shortEn: string];

const GROUP_ITEMS: Record<Exclude<OutcomeGroup, "otherHandling">, ItemSpec[]> = {
  withheld: [
    ["stateSecret", "1.属于国家秘密", "1. State secret", "国家秘密", "state secret"],
    [
      "prohibitedByLaw",
      "2.其他法律行政法规禁止公开",
      "2. Disclosure prohibited by other laws or administrative regulations",
      "法律法规禁止",
      "prohibited by law",
    ],
    [
      "endangersSafety",
      "3.危及“三安全一稳定”",
      "3. Endangers the “three securities and one stability”",
      "三安全一稳定",
      "endangers safety",
    ],
    [
      "thirdPartyRights",
      "4.保护第三方合法权益",
      "4. Protects lawful rights of third parties",
      "第三方权益",
      "third-party rights",
    ],
    [
      "internalAffairs",
      "5.属于三类内部事务信息",
      "5. One of the three kinds of internal affairs",
      "内部事务",
      "internal affairs",
    ],
    [
      "processInformation",
      "6.属于四类过程性信息",
      "6. One of the four kinds of process information",
      "过程性信息",
      "process information",
    ],
    [
      "enforcementFiles",
      "7.属于行政执法案卷",
      "7. Administrative enforcement case files",
      "行政执法案卷",
      "enforcement files",
    ],
    [
      "queryMatters",
      "8.属于行政查询事项",
      "8. Administrative query matters",
      "行政查询事项",
      "query matters",
    ],
  ],
  unavailable: [
    ["notHeld", "1.本机关不掌握相关政府信息", "1. Not held by this organ", "不掌握相关信息", "not held"],
    [
      "needsCreation",
      "2.没有现成信息需要另行制作",
      "2. Would have to be newly created",
      "需要另行制作",
      "needs creation",
    ],
    [
      "unclearAfterCorrection",
      "3.补正后申请内容仍不明确",
      "3. Still unclear after correction",
      "补正后仍不明确",
      "unclear after correction",
    ],
  ],
  notProcessed: [
    [
      "complaint",
      "1.信访举报投诉类申请",
      "1. Petitions, reports or complaints",
      "信访举报投诉",
      "complaints",
    ],
    ["duplicate", "2.重复申请", "2. Repeated requests", "重复申请", "duplicates"],
    [
      "publication",
      "3.要求提供公开出版物",
      "3. Requests for public publications",
      "公开出版物",
      "publications",
    ],
    [
      "excessive",
      "4.无正当理由大量反复申请",
      "4. Mass repeated requests without good reason",
      "大量反复申请",
      "excessive requests",
    ],
    [
      "confirmation",
      "5.要求行政机关确认或重新出具已获取信息",
      "5. Requests to confirm or re-issue information already obtained",
      "确认或重新出具",
      "confirmation",
    ],
  ],
};

const OTHER_HANDLING_2021: ItemSpec[] = [
  [
    "noCorrection",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "1. Applicant failed to correct the request in time without good reason; no longer processed",
    "逾期不补正",
    "no correction",
  ],
  [
    "unpaidFee",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "2. Applicant did not pay the notified fee in time; no longer processed",
    "逾期未缴费",
    "unpaid fee",
  ],
  ["other", "3.其他", "3. Other", "其他处理", "other handling"],
];

const SUBTOTAL: Label = { zh: "小计", en: "subtotal" };

function top(key: string, kind: Table3Row["kind"], own: Label, short: Label): Table3Row {
  return { path: ["requests", key], own, label: own, short, kind };
}

function outcome(key: string, own: Label, short: Label, kind: Table3Row["kind"] = "item"): Table3Row {
  return { path: ["requests", "outcomes", key], own, label: joinLabels(OUTCOMES_LABEL, own), short, kind };
}

function groupRows(group: OutcomeGroup, items: ItemSpec[], withSubtotals: boolean): Table3Row[] {
  const parent = joinLabels(OUTCOMES_LABEL, GROUP_LABELS[group]);
  const rows: Table3Row[] = items.map(([key, zh, en, shortZh, shortEn]) => ({
    path: ["requests", "outcomes", group, key],
    own: { zh, en },
    label: joinLabels(parent, { zh, en }),
    short: { zh: shortZh, en: shortEn },
    kind: "item",
    group,
  }));
  if (withSubtotals) {
    rows.push({
      path: ["requests", "outcomes", group, "subtotal"],
      own: SUBTOTAL,
      label: joinLabels(parent, SUBTOTAL),
      short: joinLabels(GROUP_LABELS[group], SUBTOTAL),
      kind: "subtotal",
      group,
    });
  }
  return rows;
}

/**
 * Every row of table 三 for an edition, in the official order. With `withSubtotals`, the optional
 * 小计 row of each group follows its items (few reports print one; the format has none).
 *
 * @example
 * import { table3Rows } from "zfxxgk";
 * table3Rows("2021").map((r) => r.label.zh); // 一、本年新收政府信息公开申请数量, …
 * @category Model
 */
export function table3Rows(edition: Edition, withSubtotals = false): Table3Row[] {
  const otherHandling: Table3Row[] =
    edition === "2019"
      ? [
          outcome(
            "otherHandling",
            GROUP_LABELS.otherHandling,
            { zh: "其他处理", en: "otherwise handled" },
            "item",
          ),
        ]
      : groupRows("otherHandling", OTHER_HANDLING_2021, withSubtotals);
  return [
    top(
      "received",
      "received",
      { zh: "一、本年新收政府信息公开申请数量", en: "I. New requests received this year" },
      { zh: "本年新收", en: "received" },
    ),
    top(
      "carriedOver",
      "carriedOver",
      { zh: "二、上年结转政府信息公开申请数量", en: "II. Requests carried over from last year" },
      { zh: "上年结转", en: "carried over" },
    ),
    outcome("disclosed", { zh: "（一）予以公开", en: "(1) Disclosed" }, { zh: "予以公开", en: "disclosed" }),
    outcome(
      "partiallyDisclosed",
      {
        zh: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        en: "(2) Partially disclosed (where separable; counted here only)",
      },
      { zh: "部分公开", en: "partially disclosed" },
    ),
    ...groupRows("withheld", GROUP_ITEMS.withheld, withSubtotals),
    ...groupRows("unavailable", GROUP_ITEMS.unavailable, withSubtotals),
    ...groupRows("notProcessed", GROUP_ITEMS.notProcessed, withSubtotals),
    ...otherHandling,
    outcome(
      "total",
      { zh: "（七）总计", en: "(7) Total" },
      { zh: "办理结果总计", en: "outcomes total" },
      "total",
    ),
    top(
      "carriedForward",
      "carriedForward",
      { zh: "四、结转下年度继续办理", en: "IV. Carried forward to next year" },
      { zh: "结转下年度", en: "carried forward" },
    ),
  ];
}

/**
 * Corner note of table 三, verbatim: the balance that `requests.balance` checks.
 *
 * @example
 * import { TABLE3_CORNER_NOTE } from "zfxxgk";
 * console.log(TABLE3_CORNER_NOTE); // printed above the rows of table 三
 * @category Model
 */
export const TABLE3_CORNER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

/**
 * Title of table 三.
 *
 * @category Model
 */
export const TABLE3_TITLE: Label = {
  zh: "三、收到和处理政府信息公开申请情况",
  en: "III. Requests for government information received and handled",
};
