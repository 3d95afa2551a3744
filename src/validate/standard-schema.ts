import type { AnnualReport } from "../model/report.js";
import type { Path } from "../rules/types.js";
import { type ValidateOptions, validateReport } from "./validate.js";

/**
 * The Standard Schema v1 interface (https://standardschema.dev), copied as the spec asks so that no
 * runtime dependency is needed.
 *
 * @category Validation
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) =>
      | { readonly value: Output; readonly issues?: undefined }
      | {
          readonly issues: ReadonlyArray<{
            readonly message: string;
            readonly path?: ReadonlyArray<PropertyKey>;
          }>;
        };
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/**
 * A Standard Schema (v1) of a whole report: shape **and** reconciliation rules. Any consumer of the
 * interface (form libraries, tRPC, Hono's validator, …) rejects a report whose sums do not add up.
 * Issues are the error findings that are not waived (schema, config and rule findings), each with its
 * path and message; warnings and info findings do not make a report fail and are not issues.
 *
 * @param options - As for {@link validateReport}: rule levels, custom rules, waivers, locale, previous.
 * @returns A Standard Schema whose output is the parsed report.
 * @category Validation
 * @example
 * import { reportValidator } from "zfxxgk";
 * const schema = reportValidator({ locale: "en" });
 * const result = schema["~standard"].validate(JSON.parse(text));
 * if (result.issues) for (const i of result.issues) console.log(i.path?.join("."), i.message);
 */
export function reportValidator<const Custom extends string = never>(
  options?: ValidateOptions<Custom>,
): StandardSchemaV1<unknown, AnnualReport> {
  return {
    "~standard": {
      version: 1,
      vendor: "zfxxgk",
      validate(value) {
        const result = validateReport(value, options);
        const issues = result.findings
          .filter((f) => f.severity === "error" && !f.waived)
          .map((f) => ({ message: f.message, path: f.path as Path }));
        if (result.valid && result.report && !issues.length) return { value: result.report };
        return { issues: issues.length ? issues : [{ message: "invalid report", path: [] }] };
      },
    },
  };
}
