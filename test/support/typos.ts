import fc from "fast-check";

/** What a person might type for `n`: two neighbouring digits swapped, one dropped, doubled or changed. */
export function typoOf(n: number): fc.Arbitrary<number> {
  const s = String(n);
  const at = fc.nat(s.length - 1);
  const swap = at.map((i) => {
    const j = Math.min(i, s.length - 2);
    return s.length < 2 ? s : s.slice(0, j) + s[j + 1] + s[j] + s.slice(j + 2);
  });
  const drop = at.map((i) => (s.length < 2 ? s : s.slice(0, i) + s.slice(i + 1)));
  const double = at.map((i) => s.slice(0, i) + s[i] + s.slice(i));
  const change = fc.tuple(at, fc.integer({ min: 1, max: 9 })).map(([i, d]) => {
    const digit = (Number(s[i]) + d) % 10;
    return s.slice(0, i) + digit + s.slice(i + 1);
  });
  return fc.oneof(swap, drop, double, change).map(Number);
}
