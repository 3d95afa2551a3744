import Decimal from "decimal.js";
import type { FigureValue } from "./figures.js";

/** current − previous, blanks read as 0 (as the arithmetic rules read them); amounts as decimal strings. */
export function delta(previous: FigureValue, current: FigureValue, amount: boolean): number | string {
  if (amount) return new Decimal(current ?? 0).minus(previous ?? 0).toFixed();
  return Number(current ?? 0) - Number(previous ?? 0);
}

/**
 * The change as a share of the previous value, in percent with one decimal place (half away from
 * zero, so swapping the reports only flips the sign). Null when the previous value is 0 or blank.
 * The base is |previous|, so a signed figure (本年增/减) that went from −4 to −2 shows +50.0.
 */
export function percent(previous: FigureValue, change: number | string): string | null {
  if (previous === null) return null;
  const base = new Decimal(previous).abs();
  if (base.isZero()) return null;
  const text = new Decimal(change).times(100).div(base).toFixed(1, Decimal.ROUND_HALF_UP);
  return text === "-0.0" ? "0.0" : text;
}
