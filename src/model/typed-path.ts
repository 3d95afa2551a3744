// The named export: under nodenext a default import of this CommonJS-typed package is its namespace.
import type { Decimal } from "decimal.js";
import type { Edition } from "./edition.js";
import type { Report2019 } from "./edition-2019/schema.js";
import type { Report2021 } from "./edition-2021/schema.js";

type Depth = [never, 0, 1, 2, 3, 4, 5, 6];
type Leaf = Decimal | string | number | boolean | bigint | null | undefined;

/**
 * Every path into a value of type `T` as a tuple (`["requests", "received", "total"]`), down to
 * depth 7; array steps are numbers (or `"*"`). Derived from the zod types, so a misspelt key fails `tsc`.
 *
 * @category Model
 */
export type Paths<T, D extends number = 7> = [D] extends [never]
  ? never
  : T extends Leaf
    ? never
    : T extends readonly (infer E)[]
      ? [number | "*"] | [number | "*", ...Paths<E, Depth[D]>]
      : T extends object
        ? { [K in keyof T & string]-?: [K] | [K, ...Paths<NonNullable<T[K]>, Depth[D]>] }[keyof T & string]
        : never;

/**
 * The report type of an edition.
 *
 * @category Model
 */
export type ReportOf<E extends Edition> = E extends "2019" ? Report2019 : Report2021;

/**
 * A path into a report of edition `E`.
 *
 * @category Model
 */
export type FieldPath<E extends Edition> = Readonly<Paths<ReportOf<E>>>;

/**
 * Checks a path argument: a literal tuple must be a path of `T`; a path built at run time
 * (`(string | number)[]`) is taken as it is and checked by the function.
 */
export type CheckedPath<T, P extends readonly (string | number)[]> = unknown extends T
  ? unknown
  : string extends P[number]
    ? unknown
    : P extends Readonly<Paths<T>>
      ? unknown
      : Readonly<Paths<T>>;
