import { readFileSync } from "node:fs";

/** The full edition-2021 report (numbers in most cells, narrative of realistic length), as stored. */
export const FULL_2021_TEXT = readFileSync(
  new URL("../test/fixtures/full-2021.json", import.meta.url),
  "utf8",
);
