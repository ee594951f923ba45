import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openHumoDb, type HumoDb, type PostRecord } from '../../../src/background/db';
import { idsOf, uniquePosts } from '../../../src/background/post-packs';
import { TALLY_ID, talliesOf } from '../../../src/background/tallies';
import type { JudgedPost } from '../../../src/shared/messages';

/** A fresh, isolated IndexedDB per test ('fake-indexeddb/auto' only provides the globals idb's
 * wrapper needs for its instanceof checks). */
export async function freshDb(): Promise<{ db: HumoDb; factory: IDBFactory }> {
  const factory = new IDBFactory();
  return { db: await openHumoDb(factory), factory };
}

export const T0 = Date.UTC(2025, 5, 1, 12);

export function post(overrides: Partial<JudgedPost> = {}): JudgedPost {
  return {
    platform: 'x',
    key: 'p1',
    authorId: 'alice',
    authorName: 'Alice',
    verdict: 'value',
    score: 0.1,
    signals: [],
    isAd: false,
    seenAt: T0,
    ...overrides,
  };
}

/** Every stored post once (post-packs.ts), sorted by id: how posts are packed is left aside. */
export async function storedPosts(db: HumoDb): Promise<PostRecord[]> {
  return uniquePosts(await db.getAll('packs'));
}

export async function getPost(db: HumoDb, id: string): Promise<PostRecord | undefined> {
  return (await storedPosts(db)).find((p) => p.id === id);
}

/** Each pack's ids row lists exactly its posts, and no ids row is left without its pack. */
export async function packIdsMatchPacks(db: HumoDb): Promise<boolean> {
  const [packs, ids] = await Promise.all([db.getAll('packs'), db.getAll('packIds')]);
  return JSON.stringify(packs.map(idsOf)) === JSON.stringify(ids);
}

const sortedCounts = (byGroup: Record<string, number>): string => JSON.stringify(Object.entries(byGroup).toSorted());

/** The tallies row counts exactly the stored authors (tallies.ts). */
export async function talliesMatchAuthors(db: HumoDb): Promise<boolean> {
  const [row, authors] = await Promise.all([db.get('tallies', TALLY_ID), db.getAll('authors')]);
  return sortedCounts(row?.counts ?? {}) === sortedCounts(talliesOf(authors).counts);
}

/** Post records in the packs (a post counted again past the recent window counts twice). */
export async function countPosts(db: HumoDb): Promise<number> {
  return (await db.getAll('packs')).reduce((n, pack) => n + pack.posts.length, 0);
}

export async function counts(db: HumoDb): Promise<{ posts: number; authors: number; days: number }> {
  return {
    posts: await countPosts(db),
    authors: await db.count('authors'),
    days: await db.count('days'),
  };
}

/** Everything in the database, for before/after equality checks. */
export async function snapshot(db: HumoDb): Promise<unknown> {
  // Every snapshot also checks the ids rows a woken worker reads back (post-packs.ts).
  if (!(await packIdsMatchPacks(db))) throw new Error('packIds out of step with packs');
  if (!(await talliesMatchAuthors(db))) throw new Error('tallies out of step with authors');
  return {
    posts: await storedPosts(db),
    authors: await db.getAll('authors'),
    days: await db.getAll('days'),
  };
}

export const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const OWN_PAGE = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/src/popup/index.html` };
export const CONTENT = { id: EXT_ID, url: 'https://x.com/home', tab: { id: 1 } };
