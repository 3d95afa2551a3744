import { z } from "zod";
import { BASIS } from "./basis.js";
import type { Edition } from "./edition.js";
import { described, type FieldMeta, type Label } from "./label.js";
import { isoDate } from "./primitives.js";

function meta(zh: string, en: string): FieldMeta {
  const label: Label = { zh, en };
  return { label, short: label, unit: "none", table: "meta", basis: BASIS.meta };
}

/**
 * 机关类型: decides the deadline of 条例第四十九条 (departments 31 January, governments 31 March).
 *
 * @category Model
 */
export const organKindSchema = described(
  z.enum(["government", "department", "other"]),
  meta("机关类型", "kind of organ"),
);
/**
 * Kind of organ (机关类型): government, department or other.
 *
 * @category Model
 */
export type OrganKind = z.infer<typeof organKindSchema>;

/**
 * The report-level fields both editions share (everything but the tables and sections).
 *
 * @category Model
 */
export function reportMetaFields<E extends Edition>(edition: E) {
  return {
    edition: described(z.literal(edition), meta("格式版本", "format edition")),
    organ: described(z.string().trim().min(1), meta("报告主体（机关名称）", "reporting organ")),
    organKind: organKindSchema.optional(),
    year: described(z.int().min(2019).max(2100), meta("报告年度", "reporting year")),
    period: described(
      z.strictObject({
        start: isoDate(meta("统计期限起", "period start")),
        end: isoDate(meta("统计期限止", "period end")),
      }),
      meta("统计期限", "reporting period"),
    ).optional(),
    publishedOn: isoDate(meta("发布日期 / 落款日期", "published on")).optional(),
  };
}

function section(zh: string, en: string) {
  return described(z.string(), {
    label: { zh, en },
    short: { zh, en },
    unit: "none",
    table: "sections",
    basis: BASIS.sections,
  });
}

/**
 * One top-level heading of a report as printed, in reading order, with the tables whose rows were
 * read under it: what the outline rules check (parts, their order and numbering).
 *
 * @category Model
 */
export const outlineEntrySchema = z.strictObject({
  heading: section("章节标题（原文）", "heading as printed"),
  tables: z
    .array(
      described(z.enum(["二", "三", "四"]), {
        label: { zh: "标题下读到的表格", en: "table read under the heading" },
        short: { zh: "标题下的表格", en: "table under the heading" },
        unit: "none",
        table: "sections",
        basis: BASIS.sections,
      }),
    )
    .optional(),
});

/**
 * One heading of the `outline` of a report's `sections`.
 *
 * @category Model
 */
export type OutlineEntry = z.infer<typeof outlineEntrySchema>;

/**
 * The narrative sections. 一 `overview`, 五 `problems`, 六 `other`; text before 一 is `preamble`;
 * any section the format does not have (the seed inserts 五、政务服务平台建设) is kept in `extra`.
 * `outline`: the headings as printed, when the report was read from a document.
 *
 * @category Model
 */
export const sectionsSchema = z.strictObject({
  preamble: section("引言", "preamble").optional(),
  overview: section("一、总体情况", "I. Overview").optional(),
  problems: section("五、存在的主要问题及改进情况", "V. Main problems and improvements").optional(),
  other: section("六、其他需要报告的事项", "VI. Other matters to report").optional(),
  extra: z
    .array(
      z.strictObject({
        heading: section("非标准章节标题", "non-standard section heading"),
        text: section("非标准章节正文", "non-standard section text"),
      }),
    )
    .optional(),
  outline: z.array(outlineEntrySchema).optional(),
});
/**
 * The narrative sections of a report, as parsed.
 *
 * @category Model
 */
export type Sections = z.infer<typeof sectionsSchema>;
