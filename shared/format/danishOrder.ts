/**
 * Danish alphabetical order for names: æ, ø, å after z, and „aa" sorted as å (Aase after Åse, not first). SQLite's
 * `COLLATE NOCASE` compares bytes and gets both wrong, so every sorted list of names is ordered here.
 */
const collator = new Intl.Collator('da', { sensitivity: 'variant' });

export const compareDanish: (a: string, b: string) => number = collator.compare;

/** A copy of `rows` in Danish order of `key(row)`; rows with equal keys keep their order. */
export function sortDanish<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return rows
    .map((row, i) => ({ row, i, k: key(row) }))
    .sort((a, b) => collator.compare(a.k, b.k) || a.i - b.i)
    .map((x) => x.row);
}
