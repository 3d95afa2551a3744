import type { Label } from "../model/label.js";

/**
 * How the figures of the 2019 format (国办公开办函〔2019〕60号) map onto the 2021 format
 * (国办公开办函〔2021〕30号). Data only: diffReports, diffSeries and cross-year.copied-tables read it.
 *
 * Table 三 and table 四 keep their paths across the change, except （六）其他处理: one row in 2019,
 * a group of three items in 2021. Table 二 changed throughout, so every one of its cells is listed here
 * once (a test checks that against the field dictionary of both editions).
 *
 * @category Diff
 */
export interface CrosswalkLink {
  /** Edition-2019 path (table 二: below `proactive`; table 三: a row below `requests`), or null. */
  from2019: readonly string[] | null;
  /** Edition-2021 paths: one cell, several whose sum matches the 2019 figure, or none. */
  to2021: readonly (readonly string[])[];
  /** Whether the two figures measure the same thing, so a delta means something. */
  comparable: boolean;
  /** Why, in both locales; shown next to the figure. */
  note: Label;
}

const NEW_DOCS: Label = {
  zh: "2019年版“本年新制作数量”与2021年版“本年制发件数”口径不同（规范性文件改为行政规范性文件）",
  en: "2019 “made this year” and 2021 “issued this year” are counted differently (normative documents became administrative normative documents)",
};
const IN_FORCE: Label = {
  zh: "2019年版“对外公开总数量”为累计公开数，2021年版“现行有效件数”为现行有效数，含义不同",
  en: "2019 “total published” is a cumulative count of publications; 2021 “in force” counts documents still valid",
};
const ONLY_2019: Label = { zh: "2021年版格式已取消此项", en: "dropped by the 2021 format" };
const ONLY_2021: Label = { zh: "2019年版格式无此项", en: "not in the 2019 format" };
const DECISIONS: Label = {
  zh: "2019年版“处理决定数量”与2021年版“本年处理决定数量”口径相同",
  en: "2019 “decisions” and 2021 “decisions this year” count the same thing",
};
const FEES: Label = {
  zh: "2021年版行政事业性收费改报收费金额，不再报项目数量",
  en: "2021 reports the amount of administrative fees instead of item counts",
};

const p = (...path: string[]) => ["proactive", ...path] as const;
const only2019 = (...path: string[]): CrosswalkLink => ({
  from2019: p(...path),
  to2021: [],
  comparable: false,
  note: ONLY_2019,
});
const only2021 = (...path: string[]): CrosswalkLink => ({
  from2019: null,
  to2021: [p(...path)],
  comparable: false,
  note: ONLY_2021,
});
const pair = (from: string[], to: string[], comparable: boolean, note: Label): CrosswalkLink => ({
  from2019: p(...from),
  to2021: [p(...to)],
  comparable,
  note,
});

const docs = (row: string): CrosswalkLink[] => [
  pair([row, "made"], [row, "issued"], false, NEW_DOCS),
  only2021(row, "repealed"),
  pair([row, "totalPublished"], [row, "inForce"], false, IN_FORCE),
  only2019(row, "published"),
];

const items = (row: string): CrosswalkLink[] => [
  pair([row, "decisions"], [row, "decisions"], true, DECISIONS),
  only2019(row, "previousCount"),
  only2019(row, "change"),
];

/**
 * Table 二 across the format change, in the 2021 order, each row's dropped 2019 cells after its survivors.
 *
 * @category Diff
 * @example
 * TABLE2_CROSSWALK.filter((l) => l.comparable); // the three 处理决定数量 rows
 */
export const TABLE2_CROSSWALK: readonly CrosswalkLink[] = [
  ...docs("regulations"),
  ...docs("normativeDocuments"),
  ...items("licensing"),
  only2019("otherServices", "previousCount"),
  only2019("otherServices", "change"),
  only2019("otherServices", "decisions"),
  ...items("penalties"),
  ...items("coercion"),
  { ...only2021("fees", "amount"), note: FEES },
  { ...only2019("fees", "previousCount"), note: FEES },
  { ...only2019("fees", "change"), note: FEES },
  only2019("procurement", "projects"),
  only2019("procurement", "amount"),
];

const OTHER_HANDLING = ["requests", "outcomes", "otherHandling"] as const;

/**
 * Table 三 rows whose path changed. The 2019 （六）其他处理 row held every case the 2021 format now
 * splits into 逾期不补正, 逾期未缴费 and 其他, so the 2019 row is compared with the sum of the three.
 *
 * @category Diff
 * @example
 * TABLE3_CROSSWALK[0]?.to2021; // the three 2021 items summed against the 2019 row
 */
export const TABLE3_CROSSWALK: readonly CrosswalkLink[] = [
  {
    from2019: OTHER_HANDLING,
    to2021: [
      [...OTHER_HANDLING, "noCorrection"],
      [...OTHER_HANDLING, "unpaidFee"],
      [...OTHER_HANDLING, "other"],
    ],
    comparable: true,
    note: {
      zh: "2021年版将（六）其他处理分为三项，此处与三项之和比较",
      en: "the 2021 format splits (6) into three items; compared with their sum",
    },
  },
  ...(["noCorrection", "unpaidFee", "other"] as const).map(
    (key): CrosswalkLink => ({
      from2019: null,
      to2021: [[...OTHER_HANDLING, key]],
      comparable: false,
      note: {
        zh: "2019年版无此分项，计入（六）其他处理",
        en: "not a separate item in 2019: counted in (6) otherwise handled",
      },
    }),
  ),
];
