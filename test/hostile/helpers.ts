import { readFileSync } from "node:fs";
import Decimal from "decimal.js";

/** A fresh copy of the full edition-2021 fixture, as JSON.parse gives it. */
// biome-ignore lint/suspicious/noExplicitAny: the tests reach into the fixture anywhere to break it.
export function full2021(): Record<string, any> {
  return JSON.parse(readFileSync(new URL("../fixtures/full-2021.json", import.meta.url), "utf8"));
}

const ALLOWED_PROTOTYPES = new Set<unknown>([Object.prototype, Array.prototype, Decimal.prototype, null]);

/**
 * Every object reachable from `value` whose prototype is not a plain object's, an array's or a
 * Decimal's, or that carries an own `__proto__`: what a polluted result would show. Iterative, so a
 * deep result cannot overflow the test's own stack.
 */
export function surprises(value: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[value, "result"]];
  while (stack.length > 0) {
    const [node, where] = stack.pop() as [unknown, string];
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    if (!ALLOWED_PROTOTYPES.has(Object.getPrototypeOf(node))) found.push(`${where}: unexpected prototype`);
    if (Object.hasOwn(node, "__proto__")) found.push(`${where}: own __proto__`);
    if (node instanceof Decimal) continue;
    for (const [k, v] of Object.entries(node)) stack.push([v, `${where}.${k}`]);
  }
  return found;
}

/** A value nested `depth` levels deep, built without recursion. */
export function nested(depth: number, kind: "object" | "array"): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === "object" ? { a: value } : [value];
  return value;
}
