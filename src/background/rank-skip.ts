import { ranksAbove, type RankIndex, type RankKey } from './rank-key';

/** The ranges left once the merged order's first `skip` rows are cut off, without reading those
 * rows one by one (a deep page would cost as much as all pages before it). Each round looks
 * `step` = skip/parts rows into every part and cuts `step` rows off the part whose row there
 * ranks highest: at most skip rows of the merge rank above that row, so all of them are among
 * the rows to skip. ~2.5·ln(skip) rounds, each one key cursor per part. */
export async function skipMerged(index: RankIndex, ranges: IDBKeyRange[], skip: number): Promise<IDBKeyRange[]> {
  const parts = [...ranges];
  let left = skip;
  while (left > 0 && parts.length > 0) {
    const step = Math.max(1, Math.floor(left / parts.length));
    const peeks = await Promise.all(parts.map((range) => keyAtOrLast(index, range, step)));
    let best = -1;
    for (let i = 0; i < parts.length; i++) {
      const peek = peeks[i];
      if (peek && (best < 0 || ranksAbove(peek.key, peeks[best]!.key))) best = i;
    }
    if (best < 0) break; // Every part is empty: fewer rows than `skip`.
    const cut = peeks[best]!;
    left -= cut.rows;
    parts[best] = IDBKeyRange.bound(parts[best]!.lower, cut.key, parts[best]!.lowerOpen, true);
  }
  return parts;
}

/** The key `n` rows into a range walked backwards, or its last key if it holds fewer, with how
 * many rows that is; null for an empty range. */
async function keyAtOrLast(index: RankIndex, range: IDBKeyRange, n: number): Promise<{ key: RankKey; rows: number } | null> {
  const cursor = await index.openKeyCursor(range, 'prev');
  if (!cursor) return null;
  if (n === 1) return { key: cursor.key as unknown as RankKey, rows: 1 };
  const at = await cursor.advance(n - 1);
  if (at) return { key: at.key as unknown as RankKey, rows: n };
  // Shorter than n (only near a part's end): its last row backwards is its first forwards.
  const first = await index.openKeyCursor(range, 'next');
  return { key: first!.key as unknown as RankKey, rows: await index.count(range) };
}
