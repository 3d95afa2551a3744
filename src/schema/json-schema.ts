import { z } from "zod";
import type { Edition } from "../model/edition.js";
import { fieldRegistry } from "../model/label.js";
import { decimalInstance } from "../model/primitives.js";
import { editionSchema, reportSchema } from "../model/report.js";

/**
 * The JSON Schema (draft 2020-12) of a report as JSON carries it: amounts as decimal strings or
 * numbers, blank counts as `null`. Each field's `title` is its official Chinese label and its
 * `description` the English gloss, unit and basis.
 *
 * @param edition - `"2019"`, `"2021"`, or omitted for either (a `oneOf` on `edition`).
 * @category Schemas
 * @example
 * import { toJsonSchema } from "zfxxgk";
 * const schema = toJsonSchema("2021");
 * schema.properties.requests; // table 三
 */
export function toJsonSchema(
  edition?: Edition,
): Record<string, unknown> & { properties?: Record<string, unknown> } {
  const schema = edition ? editionSchema(edition) : reportSchema;
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      // The Decimal branch of an amount is for parsed reports only; JSON never carries one.
      if (ctx.zodSchema === (decimalInstance as unknown)) ctx.jsonSchema.not = {};
      const meta = fieldRegistry.get(ctx.zodSchema as unknown as z.ZodType);
      if (!meta) return;
      ctx.jsonSchema.title = meta.label.zh;
      ctx.jsonSchema.description = `${meta.label.en}${meta.unit === "none" ? "" : ` (${meta.unit})`}. ${meta.basis.zh}`;
    },
  });
  return withoutNever(json) as Record<string, unknown> & { properties?: Record<string, unknown> };
}

const isNever = (v: unknown) => JSON.stringify(v) === '{"not":{}}';

function withoutNever(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((v) => !isNever(v)).map(withoutNever);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withoutNever(v)]));
}
