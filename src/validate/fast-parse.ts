import { z } from "zod";

/**
 * A fast path for the common case: a report that has exactly the right shape. Compiled once per
 * schema from zod's own definitions (strict objects, nullable/optional, counts, strings with a
 * pattern, a trim or a minimum of 1, literals, enums, arrays); every other node (the amount codec…)
 * is handed to zod itself. Any doubt is a MISS, and the caller then runs the full zod parse, which alone
 * produces findings. So the fast path can only decide "valid, and here is the data", and the fuzz
 * tests check that zod agrees with it on that.
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
  check?: string;
  pattern?: RegExp;
}

interface CheckDef {
  check: string;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
  when?: unknown;
  minimum?: number;
  tx?: (value: never) => unknown;
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
    if (c.check === "overwrite" && c.tx) txs.push(c.tx as (n: number) => number);
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

// Strings: a format with a pattern (z.iso.date()), .trim() and other overwrites, .min(1), in zod's
// order. A longer minimum counts code points, not units: that one goes to zod.
function string(d: Def, selfCheck: boolean): Parse | undefined {
  if (d.coerce) return undefined;
  const steps: ((s: string) => string | typeof MISS)[] = [];
  if (selfCheck) {
    const pattern = d.pattern;
    if (d.check !== "string_format" || !(pattern instanceof RegExp)) return undefined;
    steps.push((s) => {
      pattern.lastIndex = 0;
      return pattern.test(s) ? s : MISS;
    });
  }
  for (const check of d.checks ?? []) {
    const c = check._zod.def;
    if (c.check === "overwrite" && c.tx && !c.when) {
      const tx = c.tx as (s: string) => unknown;
      steps.push((s) => {
        const out = tx(s);
        return typeof out === "string" ? out : MISS;
      });
    } else if (c.check === "min_length" && typeof c.minimum === "number" && c.minimum <= 1) {
      // Its `when` only asks whether the value has a length, which a string has.
      const minimum = c.minimum;
      steps.push((s) => (s.length >= minimum ? s : MISS));
    } else {
      return undefined;
    }
  }
  return (value) => {
    if (typeof value !== "string") return MISS;
    let s: string | typeof MISS = value;
    for (const step of steps) {
      s = step(s);
      if (s === MISS) return MISS;
    }
    return s;
  };
}

interface Field {
  key: string;
  optional: boolean;
  parse: Parse;
}

function object(d: Def, jit: boolean): Parse | undefined {
  if (!d.shape || (d.checks ?? []).length > 0) return undefined;
  // zod leaves a declared __proto__ out of its output; so does the fast path, by not taking it.
  if (Object.hasOwn(d.shape, "__proto__")) return undefined;
  // Strict objects only: an unknown key is a finding, so the fast path leaves it to zod.
  if (!d.catchall || def(d.catchall).type !== "never") return undefined;
  const fields: Field[] = Object.entries(d.shape).map(([key, schema]) => {
    const optional = def(schema).type === "optional";
    const inner = optional ? (def(schema).innerType as z.ZodType) : schema;
    return { key, optional, parse: compile(inner, jit) };
  });
  const known = new Set(fields.map((f) => f.key));
  return (jit ? generated(fields, known) : undefined) ?? interpreted(fields, known);
}

// The output keeps zod's key order: the shape's, skipping absent optional keys.
function interpreted(fields: Field[], known: Set<string>): Parse {
  return (value) => {
    if (!isPlainObject(value)) return MISS;
    // zod's own test for unknown keys (for…in, inherited keys included), stopping at the first.
    for (const key in value) if (!known.has(key)) return MISS;
    const out: Record<string, unknown> = {};
    for (const field of fields) {
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

/**
 * The same as `interpreted`, as one function per object schema with its keys written out, as zod's
 * own JIT does: property access by a constant name is several times faster than by a variable one.
 * Only where eval is allowed (not under a strict CSP, nor with z.config({ jitless: true })).
 */
function generated(fields: Field[], known: Set<string>): Parse {
  const body: string[] = [
    "return function fastObject(value) {",
    "if (!isPlainObject(value)) return MISS;",
    "for (const key in value) if (!known.has(key)) return MISS;",
  ];
  fields.forEach((field, i) => {
    const k = JSON.stringify(field.key); // keys come from our schemas, never from input
    const read = `const v${i} = value[${k}]; if (v${i} === undefined) return MISS; p${i} = parse[${i}](v${i}); if (p${i} === MISS) return MISS;`;
    body.push(
      field.optional
        ? `let p${i} = MISS; if (${k} in value) { ${read} }`
        : `if (!(${k} in value)) return MISS; let p${i}; { ${read} }`,
    );
  });
  if (fields.every((f) => !f.optional)) {
    body.push(`return { ${fields.map((f, i) => `${JSON.stringify(f.key)}: p${i}`).join(", ")} };`);
  } else {
    body.push("const out = {};");
    fields.forEach((f, i) => {
      const k = JSON.stringify(f.key);
      body.push(f.optional ? `if (p${i} !== MISS) out[${k}] = p${i};` : `out[${k}] = p${i};`);
    });
    body.push("return out;");
  }
  body.push("};");
  const make = new Function("isPlainObject", "MISS", "known", "parse", body.join("\n"));
  return make(
    isPlainObject,
    MISS,
    known,
    fields.map((f) => f.parse),
  ) as Parse;
}

const caches = { jit: new WeakMap<z.ZodType, Parse>(), plain: new WeakMap<z.ZodType, Parse>() };

/**
 * The fast parse of a schema: its output for input of exactly the right shape, else MISS.
 * `jit: false` forces the closures used where eval is barred (the tests run both).
 */
export function compile(schema: z.ZodType, jit = z.core.util.allowsEval.value): Parse {
  const cache = jit ? caches.jit : caches.plain;
  const cached = cache.get(schema);
  if (cached) return cached;
  const d = def(schema);
  // A schema that is itself a check (z.int(), z.iso.date(), …) has a rule beyond its type.
  const selfCheck = schema._zod.traits.has("$ZodCheck");
  let parse: Parse | undefined;
  if (d.type === "number") parse = number(d, selfCheck);
  else if (d.type === "string") parse = string(d, selfCheck);
  else if (selfCheck) parse = undefined;
  else if (d.type === "object") parse = object(d, jit);
  else if ((d.type === "literal" || d.type === "enum") && (d.checks ?? []).length === 0) {
    const values = schema._zod.values;
    if (values) parse = (value) => (values.has(value as never) ? value : MISS);
  } else if (d.type === "nullable" && d.innerType) {
    const inner = compile(d.innerType, jit);
    parse = (value) => (value === null ? null : inner(value));
  } else if (d.type === "array" && d.element && (d.checks ?? []).length === 0) {
    const element = compile(d.element, jit);
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
