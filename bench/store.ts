import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { pathToFileURL } from 'node:url';
import { openHumoDb } from '../src/background/db';
import { ingestBatch } from '../src/background/ingest';
import { leaderboard } from '../src/background/leaderboard';
import type { JudgedPost } from '../src/shared/messages';
import type { Platform } from '../src/core/types';

const PLATFORMS: Platform[] = ['x', 'facebook', 'linkedin'];

/** Storage benchmark on fake-indexeddb (a real browser's IndexedDB is faster still):
 * ingest throughput in the content script's batch size, and a leaderboard query over 10k authors. */
export async function benchStore(): Promise<Record<string, number | string>> {
  const POSTS = 20_000;
  const BATCH = 20;
  const AUTHORS = 10_000;
  const t0 = Date.now() - 86_400_000;

  const db = await openHumoDb(new IDBFactory());
  const makePost = (i: number): JudgedPost => ({
    // Each author lives on one platform, so there are exactly AUTHORS author rows.
    platform: PLATFORMS[(i % AUTHORS) % 3] as Platform,
    key: `post-${i}`,
    authorId: `author-${i % AUTHORS}`,
    authorName: `Author ${i % AUTHORS}`,
    verdict: i % 4 === 0 ? 'promo' : 'value',
    score: (i % 100) / 100,
    signals: i % 4 === 0 ? ['cta', 'link'] : [],
    isAd: false,
    seenAt: t0 + i,
  });

  const start = performance.now();
  let counted = 0;
  for (let i = 0; i < POSTS; i += BATCH) {
    const batch: JudgedPost[] = [];
    for (let j = i; j < i + BATCH; j++) batch.push(makePost(j));
    counted += await ingestBatch(db, batch);
  }
  const ingestMs = performance.now() - start;

  // Re-sending everything (a retried outbox) must count nothing and is mostly reads.
  const again = performance.now();
  for (let i = 0; i < 2_000; i += BATCH) {
    const batch: JudgedPost[] = [];
    for (let j = i; j < i + BATCH; j++) batch.push(makePost(j));
    counted += await ingestBatch(db, batch);
  }
  const resendMs = performance.now() - again;

  const authors = await db.count('authors');
  const q0 = performance.now();
  await leaderboard(db, { tab: 'value', platform: 'all', query: '', offset: 0, limit: 50 });
  const valueMs = performance.now() - q0;
  const q1 = performance.now();
  await leaderboard(db, { tab: 'sells', platform: 'x', query: 'author 12', offset: 0, limit: 50 });
  const searchMs = performance.now() - q1;
  db.close();

  return {
    postsIngested: counted,
    batchSize: BATCH,
    ingestPostsPerSec: Math.round((POSTS / ingestMs) * 1000),
    resendPostsPerSec: Math.round((2_000 / resendMs) * 1000),
    authors,
    leaderboardValueAllMs: Math.round(valueMs * 10) / 10,
    leaderboardSearchMs: Math.round(searchMs * 10) / 10,
    backend: 'fake-indexeddb',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchStore().then(
    (result) => console.log(result),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
