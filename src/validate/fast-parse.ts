import type { z } from "zod";

/**
 * A fast path for the common case: a report that has exactly the right shape. Compiled once per
 * schema from zod's own definitions (strict objects, nullable/optional, counts, plain strings);
 * every other node (amount codecs, dates, enums, literals…) is handed to zod itself. Any doubt is a
 * MISS, and the caller then runs the full zod parse, which alone produces findings. So the fast path
 * can only decide "valid, and here is the data", and a test checks it agrees with zod on that.
 */

export const MISS: unique symbol = Symbol("miss");
type Parse = (value: unknown) => unknown;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  checks?: { _zod: { def: CheckDef } }[];
  coerce?: boolean;
  format?: string;
}

interface CheckDef {
  check: string;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
  when?: unknown;
  tx?: (value: number) => number;
}

const def = (schema: z.ZodType) => schema._zod.def as unknown as Def;

// A plain object as JSON.parse makes it; anything else (class instances, getters) goes to zod.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** zod's own parse of one node: its data, or MISS. */
function byZod(schema: z.ZodType): Parse {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : MISS;
  };
}

// Counts: z.int() (safe-integer format), .min(), .max(), then .overwrite(); folded into one test,
// since this runs for every cell. Any other check, or another order, goes to zod.
function number(d: Def, selfCheck: boolean): Parse | undefined {
  if (d.coerce) return undefined;
  // z.int() is a schema that is its own first check (the safe-integer format), not in def.checks.
  if (selfCheck && d.format !== "safeint") return undefined;
  let safeint = selfCheck;
  let min: { value: number; inclusive: boolean } | undefined;
  let max: { value: number; inclusive: boolean } | undefined;
  const txs: ((n: number) => number)[] = [];
  for (const check of d.checks ?? []) {
    const c = check._zod.def;
    if (c.when) return undefined;
    const bound =
      typeof c.value === "number" ? { value: c.value, inclusive: c.inclusive === true } : undefined;
    if (c.check === "overwrite" && c.tx) txs.push(c.tx);
    else if (txs.length > 0) return undefined;
    else if (c.check === "number_format" && c.format === "safeint") safeint = true;
    else if (c.check === "greater_than" && bound && !min) min = bound;
    else if (c.check === "less_than" && bound && !max) max = bound;
    else return undefined;
  }
  const lo = min?.value ?? Number.NEGATIVE_INFINITY;
  const loOpen = min ? !min.inclusive : false;
  const hi = max?.value ?? Number.POSITIVE_INFINITY;
  const hiOpen = max ? !max.inclusive : false;
  const tx =
    txs.length === 0 ? undefined : txs.length === 1 ? txs[0] : (n: number) => txs.reduce((v, f) => f(v), n);
  return (value) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return MISS;
    if (safeint && !Number.isSafeInteger(value)) return MISS;
    if (value < lo || (loOpen && value === lo) || value > hi || (hiOpen && value === hi)) return MISS;
    return tx ? tx(value) : value;
  };
}

function object(d: Def): Parse | undefined {
  if (!d.shape || (d.checks ?? []).length > 0) return undefined;
  // Strict objects only: an unknown key is a finding, so the fast path leaves it to zod.
  if (!d.catchall || def(d.catchall).type !== "never") return undefined;
  const fields = Object.entries(d.shape).map(([key, schema]) => {
    const optional = def(schema).type === "optional";
    const inner = optional ? (def(schema).innerType as z.ZodType) : schema;
    return { key, optional, parse: compile(inner) };
  });
  const size = fields.length;
  const known = new Set(fields.map((f) => f.key));
  return (value) => {
    if (!isPlainObject(value)) return MISS;
    // zod's own test for unknown keys (for…in, inherited keys included), stopping at the first.
    for (const key in value) if (!known.has(key)) return MISS;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < size; i++) {
      const field = fields[i] as (typeof fields)[number];
      if (!(field.key in value)) {
        if (field.optional) continue;
        return MISS;
      }
      const v = value[field.key];
      if (v === undefined) return MISS;
      const parsed = field.parse(v);
      if (parsed === MISS) return MISS;
      out[field.key] = parsed;
    }
    return out;
  };
}

const cache = new WeakMap<z.ZodType, Parse>();

/** The fast parse of a schema: its output for input of exactly the right shape, else MISS. */
export function compile(schema: z.ZodType): Parse {
  const cached = cache.get(schema);
  if (cached) return cached;
  const d = def(schema);
  // A schema that is itself a check (z.int(), z.iso.date(), …) has a rule beyond its type.
  const selfCheck = schema._zod.traits.has("$ZodCheck");
  let parse: Parse | undefined;
  if (d.type === "number") parse = number(d, selfCheck);
  else if (selfCheck) parse = undefined;
  else if (d.type === "object") parse = object(d);
  else if (d.type === "string" && (d.checks ?? []).length === 0 && !d.coerce) {
    parse = (value) => (typeof value === "string" ? value : MISS);
  } else if ((d.type === "literal" || d.type === "enum") && (d.checks ?? []).length === 0) {
    const values = schema._zod.values;
    if (values) parse = (value) => (values.has(value as never) ? value : MISS);
  } else if (d.type === "nullable" && d.innerType) {
    const inner = compile(d.innerType);
    parse = (value) => (value === null ? null : inner(value));
  } else if (d.type === "array" && d.element && (d.checks ?? []).length === 0) {
    const element = compile(d.element);
    parse = (value) => {
      if (!Array.isArray(value)) return MISS;
      const out: unknown[] = [];
      for (const item of value) {
        const parsed = element(item);
        if (parsed === MISS) return MISS;
        out.push(parsed);
      }
      return out;
    };
  }
  parse ??= byZod(schema);
  cache.set(schema, parse);
  return parse;
}
