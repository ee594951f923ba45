import type { IDBPIndex } from 'idb';
import type { HumoSchema } from './db';

/** A platform-first rank index in a readonly transaction (author-ranks.ts). */
export type RankIndex = IDBPIndex<HumoSchema, ['authors'], 'authors', 'by-platform-value', 'readonly'>;

/** A rank key: [platform, score, postsSeen, lastSeen, id]. Ends with the row's id, so no two
 * rows share one and a key alone marks a position. */
export type RankKey = [string, number, number, number, string];

/** Whether key `a` ranks above `b`, the platform left aside: compared element by element. */
export function ranksAbove(a: unknown, b: unknown): boolean {
  const ka = a as RankKey;
  const kb = b as RankKey;
  for (let i = 1; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! > kb[i]!;
  return false;
}
