import type { Label } from "../model/label.js";
import type { Slip } from "./types.js";

/** Templates of error localisation. zh-CN is the source; both locales are required by the type. */
export const LOCALISE_MESSAGES = {
  suspect: {
    zh: "疑似错误：{cell} 报 {reported}，应为 {suggested}",
    en: "Suspected error: {cell} reads {reported}, should be {suggested}",
  },
  candidate: {
    zh: "可能有误：{cell} 报 {reported}，改为 {suggested} 则等式成立",
    en: "Possibly wrong: {cell} reads {reported}; {suggested} would make the equations hold",
  },
  together: { zh: "须与 {others|list} 一并改正", en: "together with {others|list}" },
  singledOut: {
    zh: "另有 {alternatives} 种改法也能使等式成立，此种符合录入错误",
    en: "{alternatives} other corrections also fit; this one matches a typing slip",
  },
  oneOf: {
    zh: "{count} 种改法同样能使等式成立，无法确定是哪一种",
    en: "one of {count} corrections that fit equally well",
  },
  areaUnique: {
    zh: "{area}：只有一种改动 {size} 个单元格的改法能使全部等式成立",
    en: "{area}: exactly one change of {size} cell(s) makes every equation hold",
  },
  areaSlip: {
    zh: "{area}：{count} 种改动 {size} 个单元格的改法都能使全部等式成立，其中一种符合录入错误",
    en: "{area}: {count} changes of {size} cell(s) make every equation hold; one matches a typing slip",
  },
  areaAmbiguous: {
    zh: "{area}：{count} 种改动 {size} 个单元格的改法都能使全部等式成立，仅凭算术无法确定哪个单元格有误",
    en: "{area}: {count} changes of {size} cell(s) make every equation hold; arithmetic alone cannot tell which cell is wrong",
  },
  areaUnexplained: {
    zh: "{area}：改动一至两个单元格都无法使全部等式成立，可能有多处错误",
    en: "{area}: no change of one or two cells makes every equation hold; there may be several errors",
  },
} as const satisfies Record<string, Label>;

/** Names of the slips, as the reason states them. */
export const SLIP_LABELS: Record<Slip, Label> = {
  transposition: { zh: "相邻数字颠倒", en: "adjacent digits swapped" },
  neighbour: { zh: "数值填入了相邻单元格", en: "value typed into the neighbouring cell" },
  "digit-dropped": { zh: "漏输一位数字", en: "a digit dropped" },
  "digit-doubled": { zh: "重复输入一位数字", en: "a digit doubled" },
  "digit-changed": { zh: "一位数字输错", en: "one digit mistyped" },
  "left-blank": { zh: "应填未填", en: "left blank" },
};

/** Names of the areas localisation works in. */
export const AREA_LABELS = {
  table3: { zh: "表三", en: "Table 3" },
  table4: { zh: "表四", en: "Table 4" },
} as const satisfies Record<string, Label>;
