import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";

const FIXTURES = new URL("../fixtures/", import.meta.url);

/** Every canonical JSON report in test/fixtures/, as text. */
export const FIXTURE_TEXTS: readonly string[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => readFileSync(new URL(f, FIXTURES), "utf8"));

type Json = unknown;
type Container = Record<string, Json> | Json[];

/** Sets a key the way JSON.parse does: `__proto__` becomes an own property, not the prototype. */
function put(target: Container, key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every container (object or array) within a value, root first, each once, without recursion. */
function containers(root: Json): Container[] {
  const out: Container[] = [];
  const seen = new Set<object>();
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    out.push(node as Container);
    for (const child of Object.values(node)) stack.push(child);
  }
  return out;
}

const SPECIAL_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"] as const;

/** A value that does not belong where it lands. */
const garbage: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(
    2 ** 53,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    1e308,
    -1e308,
    -0,
    -1,
    0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    "",
    "12",
    "１２",
    "1,229",
    "—",
    "\uFEFF12",
    "\uD800",
    "\uFFFD\uFFFD",
    true,
    null,
    [],
    {},
  ),
  fc.integer(),
  fc.double(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** One change to a report: delete, replace with garbage, add a (possibly special) key, nest garbage. */
type Mutation =
  | { kind: "delete"; at: number; pick: number }
  | { kind: "replace"; at: number; pick: number; value: Json }
  | { kind: "add"; at: number; key: string; value: Json }
  | { kind: "wrap"; at: number; pick: number; depth: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), pick: fc.nat(), value: garbage }),
  fc.record({
    kind: fc.constant("add" as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...SPECIAL_KEYS), fc.string({ maxLength: 12 })),
    value: garbage,
  }),
  fc.record({
    kind: fc.constant("wrap" as const),
    at: fc.nat(),
    pick: fc.nat(),
    depth: fc.integer({ min: 1, max: 50 }),
  }),
);

// fast-check hands out constants such as `{}` by reference: each use gets its own copy, or one run's
// mutations would leak into the next (and could make a cycle).
function apply(root: Json, shared: Mutation): void {
  const m = "value" in shared ? { ...shared, value: structuredClone(shared.value) } : shared;
  const all = containers(root);
  const target = all[m.at % all.length];
  if (!target) return;
  const keys = Object.keys(target);
  const key = keys.length > 0 ? keys[("pick" in m ? m.pick : 0) % keys.length] : undefined;
  if (m.kind === "add") {
    put(target, Array.isArray(target) ? target.length : m.key, m.value);
    return;
  }
  if (key === undefined) return;
  if (m.kind === "delete") {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key];
    return;
  }
  const at = Array.isArray(target) ? Number(key) : key;
  if (m.kind === "replace") {
    put(target, at, m.value);
    return;
  }
  let value = (target as Record<string, Json>)[key];
  for (let i = 0; i < m.depth; i++) value = i % 2 === 0 ? [value] : { nested: value };
  put(target, at, value);
}

/** A real report from test/fixtures/ with 1–8 random mutations, and the fixture it came from. */
export const mutatedReport: fc.Arbitrary<Json> = fc
  .tuple(fc.nat({ max: FIXTURE_TEXTS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([index, mutations]) => {
    const report: Json = JSON.parse(FIXTURE_TEXTS[index] as string);
    for (const m of mutations) apply(report, m);
    return report;
  });

/** Any JSON value, and report-shaped objects (a known edition, random tables) that reach the rules. */
export const arbitraryJson: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      edition: fc.constantFrom("2019", "2021", 2021, "\uFEFF2021"),
      organ: fc.string(),
      year: fc.oneof(fc.integer({ min: 2015, max: 2030 }), garbage),
      proactive: fc.jsonValue({ maxDepth: 3 }),
      requests: fc.jsonValue({ maxDepth: 4 }),
      appeals: fc.jsonValue({ maxDepth: 3 }),
      sections: fc.jsonValue({ maxDepth: 3 }),
    },
    { requiredKeys: ["edition"] },
  ),
);

/** Leaves of a report (key paths to non-containers), without recursion. */
function leaves(root: Json): [Container, string][] {
  const out: [Container, string][] = [];
  for (const node of containers(root)) {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== "object" || value === null) out.push([node, key]);
    }
  }
  return out;
}

/**
 * A real report with a few leaves replaced by values that often still fit (counts, blanks, -0,
 * strings), so that many of them stay valid: what the fast path must get exactly right.
 */
export const reshapedReport: fc.Arbitrary<Json> = fc
  .tuple(
    fc.nat({ max: FIXTURE_TEXTS.length - 1 }),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.oneof(
          { arbitrary: fc.nat(), weight: 4 },
          { arbitrary: fc.constantFrom(null, -0, 0), weight: 3 },
          { arbitrary: fc.constantFrom("2021", "2019", " 机关 ", "2024-02-30", "12.5"), weight: 1 },
          { arbitrary: fc.string(), weight: 1 },
        ),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([index, changes]) => {
    const report: Json = JSON.parse(FIXTURE_TEXTS[index] as string);
    const all = leaves(report);
    for (const [at, value] of changes) {
      const [node, key] = all[at % all.length] as [Container, string];
      put(node, Array.isArray(node) ? Number(key) : key, value);
    }
    return report;
  });
