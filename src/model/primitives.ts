import Decimal from "decimal.js";
import { z } from "zod";
import { described, type FieldMeta } from "./label.js";

/**
 * The largest count a cell may hold, 10¹² (一万亿). The rules add counts as JavaScript numbers: with
 * every cell at most 10¹², any sum over a report (fewer than 9,000 cells) stays below 2⁵³, so every
 * sum and difference is exact. Near 2⁵³ a sum off by one would compare equal.
 */
export const MAX_COUNT = 1e12;

/**
 * A count cell: an integer from 0 to {@link MAX_COUNT}, or `null` when the published cell was blank.
 * Blank is kept apart from 0 because it is a different fact; arithmetic rules read it as 0.
 * `-0` is read as 0.
 */
export function count(meta: FieldMeta) {
  return described(bounded(0).overwrite(unsignedZero).nullable(), meta);
}

/** A signed count such as 本年增/减 ("增 530" → 530, "减1" → -1), at most {@link MAX_COUNT} either way; `null` when blank. */
export function signed(meta: FieldMeta) {
  return described(bounded(-MAX_COUNT).overwrite(unsignedZero).nullable(), meta);
}

// Range first, each check stopping the rest: 2⁵³ is one "too big", not also "not a safe integer".
const bounded = (min: number) => z.number().min(min, { abort: true }).max(MAX_COUNT, { abort: true }).int();

// JSON can carry -0 (`JSON.parse("-0")`): a count reads it as 0, so nothing downstream prints "-0".
function unsignedZero(n: number): number {
  return n === 0 ? 0 : n;
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** A finite, non-negative decimal.js `Decimal` (JSON never carries one: the JSON Schema leaves it out). */
// No message of its own: validation words it from the field (an amount, 0 or more).
export const decimalInstance = z.instanceof(Decimal).refine((d) => d.isFinite() && !d.isNegative());

/**
 * Money in 万元 as a decimal.js `Decimal`, never a float. JSON carries a decimal string ("4068.208")
 * or a number; `z.encode` gives the string back. `null` when blank.
 */
export function amount(meta: FieldMeta) {
  const codec = z.codec(
    // A Decimal is taken as is, so a report that was parsed already (an importer's) validates again.
    z.union([z.string().trim().regex(DECIMAL), z.number().nonnegative().finite(), decimalInstance]),
    z.instanceof(Decimal),
    {
      // String(n) keeps the shortest round-trip digits of a JSON number, so 52.15 stays 52.15.
      decode: (value) =>
        Decimal.isDecimal(value)
          ? (value as Decimal)
          : new Decimal(typeof value === "number" ? String(value) : value),
      encode: (value) => value.toFixed(),
    },
  );
  return described(codec.nullable(), meta);
}

/** An ISO calendar date, YYYY-MM-DD (a fresh instance each call, so each field keeps its own label). */
export function isoDate(meta: FieldMeta) {
  return described(z.iso.date(), meta);
}
