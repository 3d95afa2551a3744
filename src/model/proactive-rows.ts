import type { Label, Unit } from "./label.js";

/**
 * Rows and columns of table 二（主动公开政府信息情况）as data, per edition: the schemas, the importers
 * and the renderers read them from here.
 *
 * @category Model
 */
export interface ProactiveColumn {
  key: string;
  label: Label;
  unit: Unit;
  kind: "count" | "signed" | "amount";
}

/**
 * One row of table 二: its key, provision, label and columns.
 *
 * @category Model
 */
export interface ProactiveRow {
  key: string;
  /** 第二十条第（一）项 … the caption printed above the row's block. */
  provision: Label;
  label: Label;
  columns: readonly ProactiveColumn[];
}

const ITEM_1: Label = { zh: "第二十条第（一）项", en: "Art. 20(1)" };
const ITEM_5: Label = { zh: "第二十条第（五）项", en: "Art. 20(5)" };
const ITEM_6: Label = { zh: "第二十条第（六）项", en: "Art. 20(6)" };
const ITEM_8: Label = { zh: "第二十条第（八）项", en: "Art. 20(8)" };
const ITEM_9: Label = { zh: "第二十条第（九）项", en: "Art. 20(9)" };

const DOCS_2019: ProactiveColumn[] = [
  { key: "made", label: { zh: "本年新制作数量", en: "made this year" }, unit: "件", kind: "count" },
  { key: "published", label: { zh: "本年新公开数量", en: "published this year" }, unit: "件", kind: "count" },
  {
    key: "totalPublished",
    label: { zh: "对外公开总数量", en: "total published" },
    unit: "件",
    kind: "count",
  },
];

const ITEMS_2019: ProactiveColumn[] = [
  {
    key: "previousCount",
    label: { zh: "上一年项目数量", en: "items last year" },
    unit: "项",
    kind: "count",
  },
  { key: "change", label: { zh: "本年增/减", en: "change this year" }, unit: "项", kind: "signed" },
  { key: "decisions", label: { zh: "处理决定数量", en: "decisions" }, unit: "件", kind: "count" },
];

/**
 * The rows of table 二 in the 2019 format, in the official order.
 *
 * @example
 * import { PROACTIVE_ROWS_2019 } from "zfxxgk";
 * PROACTIVE_ROWS_2019.map((r) => `${r.provision.zh} ${r.label.zh}`); // 第二十条第（一）项 规章, …
 * @category Model
 */
export const PROACTIVE_ROWS_2019 = [
  { key: "regulations", provision: ITEM_1, label: { zh: "规章", en: "rules" }, columns: DOCS_2019 },
  {
    key: "normativeDocuments",
    provision: ITEM_1,
    label: { zh: "规范性文件", en: "normative documents" },
    columns: DOCS_2019,
  },
  { key: "licensing", provision: ITEM_5, label: { zh: "行政许可", en: "licensing" }, columns: ITEMS_2019 },
  {
    key: "otherServices",
    provision: ITEM_5,
    label: { zh: "其他对外管理服务事项", en: "other external management services" },
    columns: ITEMS_2019,
  },
  {
    key: "penalties",
    provision: ITEM_6,
    label: { zh: "行政处罚", en: "administrative penalties" },
    columns: ITEMS_2019,
  },
  {
    key: "coercion",
    provision: ITEM_6,
    label: { zh: "行政强制", en: "administrative coercion" },
    columns: ITEMS_2019,
  },
  {
    key: "fees",
    provision: ITEM_8,
    label: { zh: "行政事业性收费", en: "administrative fees" },
    columns: ITEMS_2019.slice(0, 2),
  },
  {
    key: "procurement",
    provision: ITEM_9,
    label: { zh: "政府集中采购", en: "centralised government procurement" },
    columns: [
      { key: "projects", label: { zh: "采购项目数量", en: "projects" }, unit: "个", kind: "count" },
      { key: "amount", label: { zh: "采购总金额", en: "total amount" }, unit: "万元", kind: "amount" },
    ],
  },
] as const satisfies readonly ProactiveRow[];

const DOCS_2021: ProactiveColumn[] = [
  { key: "issued", label: { zh: "本年制发件数", en: "issued this year" }, unit: "件", kind: "count" },
  { key: "repealed", label: { zh: "本年废止件数", en: "repealed this year" }, unit: "件", kind: "count" },
  { key: "inForce", label: { zh: "现行有效件数", en: "in force" }, unit: "件", kind: "count" },
];

const DECISIONS_2021: ProactiveColumn[] = [
  {
    key: "decisions",
    label: { zh: "本年处理决定数量", en: "decisions this year" },
    unit: "件",
    kind: "count",
  },
];

/**
 * The rows of table 二 in the 2021 format, in the official order.
 *
 * @example
 * import { PROACTIVE_ROWS_2021 } from "zfxxgk";
 * PROACTIVE_ROWS_2021.map((r) => r.label.zh);
 * @category Model
 */
export const PROACTIVE_ROWS_2021 = [
  { key: "regulations", provision: ITEM_1, label: { zh: "规章", en: "rules" }, columns: DOCS_2021 },
  {
    key: "normativeDocuments",
    provision: ITEM_1,
    label: { zh: "行政规范性文件", en: "administrative normative documents" },
    columns: DOCS_2021,
  },
  {
    key: "licensing",
    provision: ITEM_5,
    label: { zh: "行政许可", en: "licensing" },
    columns: DECISIONS_2021,
  },
  {
    key: "penalties",
    provision: ITEM_6,
    label: { zh: "行政处罚", en: "administrative penalties" },
    columns: DECISIONS_2021,
  },
  {
    key: "coercion",
    provision: ITEM_6,
    label: { zh: "行政强制", en: "administrative coercion" },
    columns: DECISIONS_2021,
  },
  {
    key: "fees",
    provision: ITEM_8,
    label: { zh: "行政事业性收费", en: "administrative fees" },
    columns: [
      {
        key: "amount",
        label: { zh: "本年收费金额（单位：万元）", en: "fees charged this year (10,000 yuan)" },
        unit: "万元",
        kind: "amount",
      },
    ],
  },
] as const satisfies readonly ProactiveRow[];

export const TABLE2_TITLE = {
  zh: "二、主动公开政府信息情况",
  en: "II. Information disclosed proactively",
} as const satisfies Label;
