import { readFileSync } from "node:fs";
import type { Edition } from "../../src/model/edition.js";
import { fields } from "../../src/model/fields.js";
import { setAt as setPath } from "../../src/model/path.js";

const dir = new URL("../fixtures/", import.meta.url);

/** A JSON fixture as `JSON.parse` gives it: what a caller passes to validateReport. */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, dir), "utf8")) as Record<string, unknown>;
}

/** The seed report (巴里坤县 2020, edition 2019), transcribed by hand. */
export const seed = () => fixture("seed-2020-balikun.json");
/** A full edition-2021 report of a department, numbers in most cells. */
export const sample2021 = () => fixture("sample-2021-department.json");

type Json = Record<string, unknown>;

/** Sets a dotted path in a JSON object (creating objects on the way) and returns the object. */
export function setAt<T extends Json>(root: T, path: string, value: unknown): T {
  setPath(root, path.split("."), value);
  return root;
}

/** Reads a dotted path from a JSON object. */
export function getPath(root: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((n, k) => (n as Json | undefined)?.[k], root);
}

/** A well-formed report of the edition with every table cell blank. */
export function blankReport(edition: Edition): Json {
  const year = edition === "2019" ? 2020 : 2022;
  const report: Json = { edition, organ: "测试县人民政府", year };
  for (const f of fields(edition)) {
    if (f.optional || f.table === "meta" || f.table === "sections") continue;
    setAt(report, f.path.join("."), null);
  }
  return report;
}

/** Applies `{ "dotted.path": value }` edits to a copy of a report. */
export function withCells(report: Json, cells: Record<string, unknown>): Json {
  const copy = structuredClone(report);
  for (const [path, value] of Object.entries(cells)) setAt(copy, path, value);
  return copy;
}
