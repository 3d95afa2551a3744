import { z } from "zod";

/**
 * A text in both of the library's locales: the official Chinese (source) and an English gloss.
 *
 * @category Model
 */
export interface Label {
  zh: string;
  en: string;
}

/**
 * Where a field sits in the published report.
 *
 * @category Model
 */
export type TableId = "meta" | "二" | "三" | "四" | "sections";

/**
 * Unit of a figure as printed in the official tables.
 *
 * @category Model
 */
export type Unit = "件" | "项" | "个" | "万元" | "none";

/**
 * What every field of the model carries besides its type: the official label (verbatim), an English
 * gloss, the unit, the table and the provision that makes it reportable.
 *
 * @category Model
 */
export interface FieldMeta {
  /** Full label, e.g. 三、本年度办理结果 · （七）总计 · 自然人. */
  label: Label;
  /** Short label used when the figure is a term of an equation, e.g. 办理结果总计. */
  short: Label;
  unit: Unit;
  table: TableId;
  basis: Label;
}

// Private on purpose: a library must not write to zod's global registry.
export const fieldRegistry = z.registry<FieldMeta>();

/** Attaches field metadata to a fresh schema instance and returns it. */
export function described<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  fieldRegistry.add(schema, meta);
  return schema;
}

/** Joins label parts with the middle dot used throughout the docs: 三、本年度办理结果 · （一）予以公开. */
export function joinLabels(...parts: Label[]): Label {
  return {
    zh: parts.map((p) => p.zh).join(" · "),
    en: parts.map((p) => p.en).join(" · "),
  };
}
