import { z } from "zod";
import { applicantsRow } from "./applicants.js";
import type { Edition } from "./edition.js";
import { table3Rows } from "./table3.js";

/** Schema of one labelled row of table 三, looked up by its canonical path. */
export function requestRow(edition: Edition, ...path: string[]) {
  const key = ["requests", ...path].join(".");
  const row = table3Rows(edition, true).find((r) => r.path.join(".") === key);
  if (!row) throw new Error(`zfxxgk: no table 三 row ${key}`); // a bug in this file, not in input
  return applicantsRow(row);
}

/** The table-三 parts both editions share; `otherHandling` is added per edition. */
export function commonRequestParts(edition: Edition) {
  const r = (...path: string[]) => requestRow(edition, ...path);
  return {
    received: r("received"),
    carriedOver: r("carriedOver"),
    disclosed: r("outcomes", "disclosed"),
    partiallyDisclosed: r("outcomes", "partiallyDisclosed"),
    withheld: z.strictObject({
      stateSecret: r("outcomes", "withheld", "stateSecret"),
      prohibitedByLaw: r("outcomes", "withheld", "prohibitedByLaw"),
      endangersSafety: r("outcomes", "withheld", "endangersSafety"),
      thirdPartyRights: r("outcomes", "withheld", "thirdPartyRights"),
      internalAffairs: r("outcomes", "withheld", "internalAffairs"),
      processInformation: r("outcomes", "withheld", "processInformation"),
      enforcementFiles: r("outcomes", "withheld", "enforcementFiles"),
      queryMatters: r("outcomes", "withheld", "queryMatters"),
      subtotal: r("outcomes", "withheld", "subtotal").optional(),
    }),
    unavailable: z.strictObject({
      notHeld: r("outcomes", "unavailable", "notHeld"),
      needsCreation: r("outcomes", "unavailable", "needsCreation"),
      unclearAfterCorrection: r("outcomes", "unavailable", "unclearAfterCorrection"),
      subtotal: r("outcomes", "unavailable", "subtotal").optional(),
    }),
    notProcessed: z.strictObject({
      complaint: r("outcomes", "notProcessed", "complaint"),
      duplicate: r("outcomes", "notProcessed", "duplicate"),
      publication: r("outcomes", "notProcessed", "publication"),
      excessive: r("outcomes", "notProcessed", "excessive"),
      confirmation: r("outcomes", "notProcessed", "confirmation"),
      subtotal: r("outcomes", "notProcessed", "subtotal").optional(),
    }),
    total: r("outcomes", "total"),
    carriedForward: r("carriedForward"),
  };
}
