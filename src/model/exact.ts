import Decimal from "decimal.js";

/**
 * decimal.js with enough precision that adding, subtracting and multiplying amounts is exact (the
 * default 20 significant digits would read 1 → 1.00000000000000000001 as no change). A private
 * clone: the global `Decimal` the caller may configure is left as it is. Never divide with it where
 * the quotient may not terminate: it would compute up to a billion digits.
 */
export const Exact = Decimal.clone({ precision: 1e9 });
