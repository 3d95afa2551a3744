import type { z } from "zod";
import type { Edition } from "./edition.js";
import { type FieldMeta, fieldRegistry } from "./label.js";
import { editionSchema } from "./report.js";
import type { CheckedPath, ReportOf } from "./typed-path.js";

/**
 * One leaf of the model: its canonical path and what it means.
 *
 * @category Model
 */
export interface FieldInfo extends FieldMeta {
  /** Canonical path; `"*"` stands for an array index. */
  path: readonly string[];
  /** Whether the cell may be absent (optional subtotals, narrative, metadata). */
  optional: boolean;
}

interface Walk {
  schema: z.ZodType;
  meta: FieldMeta | undefined;
  optional: boolean;
}

function unwrap(schema: z.ZodType): Walk {
  let current = schema;
  let meta = fieldRegistry.get(current);
  let optional = false;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType };
    if ((def.type === "optional" || def.type === "nullable") && def.innerType) {
      optional ||= def.type === "optional";
      current = def.innerType;
      meta ??= fieldRegistry.get(current);
      continue;
    }
    return { schema: current, meta, optional };
  }
}

function walk(schema: z.ZodType, path: string[], optional: boolean, out: FieldInfo[]): void {
  const node = unwrap(schema);
  const def = node.schema._zod.def as {
    type: string;
    shape?: Record<string, z.ZodType>;
    element?: z.ZodType;
  };
  if (def.type === "object" && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) {
      walk(child, [...path, key], optional || node.optional, out);
    }
    return;
  }
  if (def.type === "array" && def.element) {
    walk(def.element, [...path, "*"], true, out);
    return;
  }
  if (!node.meta) throw new Error(`zfxxgk: field ${path.join(".")} has no label`); // caught by tests
  out.push({ path, optional: optional || node.optional, ...node.meta });
}

const cache = new Map<Edition, FieldInfo[]>();

/**
 * The field dictionary of an edition: every leaf of the model in format order, with its official
 * label, English gloss, unit, table and legal basis.
 *
 * @example
 * fields("2021").find((f) => f.path.join(".") === "requests.outcomes.total.total")?.label.zh
 * // "三、本年度办理结果 · （七）总计 · 总计"
 *
 * @category Model
 */
export function fields(edition: Edition): readonly FieldInfo[] {
  let list = cache.get(edition);
  if (!list) {
    list = [];
    walk(editionSchema(edition), [], false, list);
    cache.set(edition, list);
  }
  return list;
}

const byPath = new Map<Edition, Map<string, FieldInfo>>();

/**
 * The field at a canonical path (array indices may be numbers or `"*"`), or `undefined`. A literal
 * path is checked against the edition's type: a misspelt key fails `tsc`.
 *
 * @example
 * import { fieldAt } from "zfxxgk";
 * fieldAt("2019", ["requests", "received", "total"])?.label.zh;
 * // "一、本年新收政府信息公开申请数量 · 总计"
 * @category Model
 */
export function fieldAt<E extends Edition, const P extends readonly (string | number)[]>(
  edition: E,
  path: P & CheckedPath<ReportOf<E>, P>,
): FieldInfo | undefined {
  let index = byPath.get(edition);
  if (!index) {
    index = new Map(fields(edition).map((f) => [f.path.join("."), f]));
    byPath.set(edition, index);
  }
  return index.get(path.map((p) => (typeof p === "number" ? "*" : p)).join("."));
}
