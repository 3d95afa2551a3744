// Levenshtein distance, two rows; ids are short, so the quadratic cost is a few hundred steps.
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/** Up to three known names closest to a misspelt one, nearest first; none when all are far. */
export function closest(name: string, known: readonly string[]): string[] {
  const probe = name.slice(0, 64);
  const limit = Math.max(2, Math.ceil(probe.length / 3));
  return known
    .map((k) => ({ k, d: distance(probe, k) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1))
    .slice(0, 3)
    .map(({ k }) => k);
}
