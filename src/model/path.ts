/**
 * Reads the value at a canonical path; `undefined` when any step is missing.
 *
 * @example
 * import { getAt } from "zfxxgk";
 * getAt(json, ["requests", "received", "total"]); // 191, or undefined when absent
 * @category Model
 */
export function getAt(root: unknown, path: readonly (string | number)[]): unknown {
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
