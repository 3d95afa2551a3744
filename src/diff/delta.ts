import { Exact } from "../model/exact.js";
import type { FigureValue } from "./figures.js";

/**
 * current − previous, blanks read as 0 (as the arithmetic rules read them); amounts as decimal
 * strings, exact whatever their number of decimals.
 */
export function delta(previous: FigureValue, current: FigureValue, amount: boolean): number | string {
  if (amount) return new Exact(current ?? 0).minus(previous ?? 0).toFixed();
  return Number(current ?? 0) - Number(previous ?? 0);
}

/**
 * The change as a share of the previous value, in percent with one decimal place (half away from
 * zero, so swapping the reports only flips the sign). Null when the previous value is 0 or blank.
 * The base is |previous|, so a signed figure (本年增/减) that went from −4 to −2 shows +50.0.
 */
export function percent(previous: FigureValue, change: number | string): string | null {
  if (previous === null) return null;
  const base = new Exact(previous).abs();
  if (base.isZero()) return null;
  // Tenths of a percent: an integer quotient and its remainder, so the rounding is exact at any size.
  const tenths = new Exact(change).times(1000);
  let q = tenths.divToInt(base);
  if (tenths.minus(q.times(base)).abs().times(2).gte(base)) q = q.plus(tenths.isNegative() ? -1 : 1);
  const text = q.div(10).toFixed(1);
  return text === "-0.0" ? "0.0" : text;
}
