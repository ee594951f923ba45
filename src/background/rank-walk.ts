import type { AuthorRecord } from './db';
import { ranksAbove, type RankIndex, type RankKey } from './rank-key';
import { skipMerged } from './rank-skip';

export interface MergedPage {
  rows: AuthorRecord[];
  /** The last row's key: the next page can start right below it (`below`). */
  last: RankKey | null;
}

/** One page of a platform-first rank index read highest first over several platforms at once, as
 * if it were one index without the platform: each platform's part (a key range) is walked
 * backwards and the walks merged. `below`, when given, is the last key of the page before
 * (offset then counts from it): a following page starts there instead of skipping rows. */
export async function mergedRankPage(index: RankIndex, ranges: IDBKeyRange[], offset: number, limit: number, below?: RankKey): Promise<MergedPage> {
  const from = below ? ranges.map((range) => cutBelow(range, below)) : ranges;
  const parts = offset > 0 ? await skipMerged(index, from, offset) : from;
  const records = await walkParts(index, parts, limit);
  return { rows: records.map((r) => r.value), last: records[records.length - 1]?.key ?? null };
}

interface RankRecord {
  key: RankKey;
  value: AuthorRecord;
}

/** The page's rows from one cursor per part. Each part is read in runs of ~limit/parts rows on
 * its cursor (in Chromium a request drops the other cursors' prefetched rows, so stepping the
 * cursors in merge order made every step a round trip), a part read further only when the merge
 * has used up its run. */
async function walkParts(index: RankIndex, parts: IDBKeyRange[], limit: number): Promise<RankRecord[]> {
  const run = Math.ceil(limit / Math.max(1, parts.length)) + 1;
  const sources: Source[] = [];
  for (const range of parts) {
    const cursor = await index.openCursor(range, 'prev');
    sources.push(await fill({ cursor, rows: cursor ? [recordOf(cursor)] : [] }, run));
  }
  const out: RankRecord[] = [];
  while (out.length < limit) {
    let best = -1;
    for (let i = 0; i < sources.length; i++) {
      const head = sources[i]!.rows[0];
      if (head && (best < 0 || ranksAbove(head.key, sources[best]!.rows[0]!.key))) best = i;
    }
    if (best < 0) break;
    const source = sources[best]!;
    out.push(source.rows.shift()!);
    if (source.rows.length === 0) await fill(source, run);
  }
  return out;
}

type RankCursor = NonNullable<Awaited<ReturnType<RankIndex['openCursor']>>>;

interface Source {
  cursor: RankCursor | null;
  /** Read, not yet merged; the cursor sits on the last row read (merged or not). */
  rows: RankRecord[];
}

function recordOf(cursor: RankCursor): RankRecord {
  return { key: cursor.key as unknown as RankKey, value: cursor.value };
}

/** Reads rows from a part until its buffer holds `n` (or the part ends). */
async function fill(source: Source, n: number): Promise<Source> {
  while (source.cursor && source.rows.length < n) {
    source.cursor = await source.cursor.continue();
    if (source.cursor) source.rows.push(recordOf(source.cursor));
  }
  return source;
}

/** The part of `range` (one platform's keys) that ranks below `key` (from any platform). */
function cutBelow(range: IDBKeyRange, key: RankKey): IDBKeyRange {
  const platform = (range.lower as RankKey)[0];
  return IDBKeyRange.bound(range.lower, [platform, ...key.slice(1)], range.lowerOpen, true);
}
