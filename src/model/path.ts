import type { CheckedPath } from "./typed-path.js";

/**
 * Reads the value at a canonical path; `undefined` when any step is missing.
 *
 * @category Model
 * @example
 * getAt(report, ["requests", "outcomes", "total", "naturalPerson"]); // 129
 */
export function getAt<T, const P extends readonly (string | number)[]>(
  root: T,
  path: P & CheckedPath<T, P>,
): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    // Own properties only: a path segment such as "__proto__" must never reach the prototype.
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A path as one dotted string, for maps and messages. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join(".");
}

/**
 * Writes a value at a canonical path, creating objects on the way, and returns what was there. For
 * the format's own paths: a segment read from outside input must be checked by the caller first.
 *
 * @category Model
 * @example
 * const json = {};
 * setAt(json, ["requests", "received", "total"], 191); // json.requests.received.total === 191
 */
export function setAt(
  root: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
): unknown {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined) return undefined;
  const before = Object.hasOwn(node, last) ? node[last] : undefined;
  node[last] = value;
  return before;
}
