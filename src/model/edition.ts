/**
 * Which national format the tables follow: 2019 (reporting years 2019–2020) or 2021 (2021 on).
 *
 * @category Model
 */
export type Edition = "2019" | "2021";

/**
 * Both editions, oldest first.
 *
 * @example
 * import { EDITIONS, fields } from "zfxxgk";
 * for (const edition of EDITIONS) console.log(edition, fields(edition).length);
 * @category Model
 */
export const EDITIONS = ["2019", "2021"] as const satisfies readonly Edition[];

/**
 * The documents that fixed each edition.
 *
 * @example
 * import { EDITION_SOURCES } from "zfxxgk";
 * EDITION_SOURCES["2021"].notice; // "国办公开办函〔2021〕30号"
 * @category Model
 */
export const EDITION_SOURCES: Record<Edition, { notice: string; title: string; years: string }> = {
  "2019": {
    notice: "国办公开办函〔2019〕60号",
    title: "《中华人民共和国政府信息公开工作年度报告格式（试行）》",
    years: "2019–2020",
  },
  "2021": {
    notice: "国办公开办函〔2021〕30号",
    title: "《中华人民共和国政府信息公开工作年度报告格式》",
    years: "2021–",
  },
};
