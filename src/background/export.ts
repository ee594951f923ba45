import type { ImportMode, StoreCounts } from '../shared/messages';
import { dayKey } from '../core/stats';
import type { Platform } from '../core/types';
import { MAX_DISPLAY_NAMES, type AuthorRecord, type DayRecord, type HumoDb, type PackIdsRecord, type PackRecord, type PostRecord } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION, parseExportFile, type ExportFile } from './export-schema';
import { storable, withRanks, withoutRanks } from './author-ranks';
import { abortQuietly, handled } from './ingest';
import { invalidateRows } from './row-cache';
import { idsOf, packPosts, packPostsBelow, uniquePosts } from './post-packs';
import { talliesOf } from './tallies';

/** Settings and mute lists live outside IndexedDB (storage.sync); the background passes
 * accessors in so an export is one file. Both are optional. */
export interface ExportExtras {
  read(): Promise<{ settings?: unknown; lists?: unknown }>;
  /** Receives the imported values; expected to repair/validate them with its own rules. */
  write(values: { settings?: unknown; lists?: unknown }): Promise<void>;
}

/** Thrown for bad user input (not a storage failure): the router replies with the message. */
export class UserError extends Error {
  override name = 'UserError';
}

export async function exportAll(db: HumoDb, extras?: ExportExtras): Promise<{ json: string } & StoreCounts> {
  const tx = db.transaction(['authors', 'packs', 'days'], 'readonly');
  const [authors, packs, days] = await Promise.all([
    tx.objectStore('authors').getAll(),
    tx.objectStore('packs').getAll(),
    tx.objectStore('days').getAll(),
  ]);
  // The file's format did not change with v5's packs: one record per post id, as before.
  const posts = uniquePosts(packs);
  const file: Record<string, unknown> = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: Date.now() };
  if (extras) {
    const { settings, lists } = await extras.read();
    if (settings !== undefined) file.settings = settings;
    if (lists !== undefined) file.lists = lists;
  }
  Object.assign(file, { authors: authors.map(withoutRanks), posts, days });
  return { json: JSON.stringify(file), authors: authors.length, posts: posts.length, days: days.length };
}

/** Validates the whole file first (nothing is opened for writing before that), then writes
 * it in one transaction. 'replace' empties the stores first. 'merge' is exactly-once by post
 * id: only posts the database lacks add to author and day tallies, so merging the same file
 * twice changes nothing; authors/days new to the database take the larger of the file's
 * tallies and the tallies of their imported posts (files may hold tallies of pruned posts). */
export async function importFile(db: HumoDb, json: string, mode: ImportMode, extras?: ExportExtras): Promise<StoreCounts> {
  const parsed = parseExportFile(json);
  if (!parsed.ok) throw new UserError(parsed.error);
  const file = parsed.file;

  // Same turn as the transaction, and again once it settled: see row-cache.ts.
  invalidateRows(db);
  const tx = db.transaction(['authors', 'packs', 'packIds', 'days', 'tallies'], 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  const packStore = tx.objectStore('packs');
  const packIdStore = tx.objectStore('packIds');
  // The author counts the 'sells' list reads (tallies.ts), recounted from the authors written.
  const tallyStore = tx.objectStore('tallies');
  const addPack = (pack: PackRecord): void => {
    writes.push(handled(packStore.add(pack)), handled(packIdStore.add(idsOf(pack))));
  };
  const writes: Promise<unknown>[] = [];
  const authorStore = tx.objectStore('authors');
  const dayStore = tx.objectStore('days');
  try {
    // Post records once written: known from what is read and added, so no pack is read back.
    let posts = 0;
    if (mode === 'replace') {
      await Promise.all([packStore.clear(), packIdStore.clear(), authorStore.clear(), dayStore.clear()]);
      for (const pack of packPosts(oldestFirst(file.posts), 1)) addPack(pack);
      posts = file.posts.length; // one record per id (parseExportFile refuses repeated ids)
      const written = file.authors.filter(storable);
      for (const a of written) writes.push(handled(authorStore.put(withRanks(a))));
      for (const d of file.days) writes.push(handled(dayStore.put(d)));
      writes.push(handled(tallyStore.put(talliesOf(written))));
    } else {
      // The packs' ids rows, not the packs: the stored ids are all a merge needs of the posts.
      const [idRows, authors, days] = await Promise.all([packIdStore.getAll(), authorStore.getAll(), dayStore.getAll()]);
      const stored = storedIds(idRows);
      const merged = mergeInto(file, stored.ids, authors, days);
      // Below every stored pack: merged posts count as the oldest, so the posts just ingested
      // stay in the recent window (post-packs.ts) however many the file brings.
      for (const pack of packPostsBelow(oldestFirst(merged.posts), stored.firstPack)) addPack(pack);
      posts = stored.records + merged.posts.length;
      const written = merged.authors.filter(storable);
      for (const a of written) writes.push(handled(authorStore.put(withRanks(a))));
      for (const d of merged.days) writes.push(handled(dayStore.put(d)));
      const after = new Map(authors.map((a) => [a.id, a]));
      for (const a of written) after.set(a.id, a);
      writes.push(handled(tallyStore.put(talliesOf(after.values()))));
    }
    const counts = handled(Promise.all([authorStore.count(), dayStore.count()]));
    const [[authors, days]] = await Promise.all([counts, ...writes, done]);
    if (extras && (file.settings !== undefined || file.lists !== undefined)) {
      const values: { settings?: unknown; lists?: unknown } = {};
      if (file.settings !== undefined) values.settings = file.settings;
      if (file.lists !== undefined) values.lists = file.lists;
      await extras.write(values);
    }
    return { posts, authors, days };
  } catch (error) {
    abortQuietly(tx);
    throw error;
  } finally {
    invalidateRows(db);
  }
}

/** From the packs' ids rows: every stored post id, the smallest pack id (1 when none, where
 * ingest starts) and how many post records there are. */
function storedIds(rows: readonly PackIdsRecord[]): { ids: Set<string>; firstPack: number; records: number } {
  const ids = new Set<string>();
  let firstPack = 1;
  let records = 0;
  for (const row of rows) {
    firstPack = Math.min(firstPack, row.id);
    records += row.ids.length;
    for (const id of row.ids) ids.add(id);
  }
  return { ids, firstPack, records };
}

function mergeInto(
  file: ExportFile,
  knownPosts: Set<string>,
  storedAuthors: AuthorRecord[],
  storedDays: DayRecord[],
): { posts: PostRecord[]; authors: AuthorRecord[]; days: DayRecord[] } {
  const authors = new Map(storedAuthors.map((a) => [a.id, a]));
  const days = new Map(storedDays.map((d) => [d.id, d]));
  const fileDays = new Map(file.days.map((d) => [d.id, d]));
  const newPosts = file.posts.filter((p) => !knownPosts.has(p.id));
  const authorDelta = new Map<string, Tally>();
  const dayDelta = new Map<string, Tally>();
  for (const p of newPosts) {
    bump(authorDelta, p.authorKey, p.verdict === 'promo');
    bump(dayDelta, `${dayKey(p.firstSeen)}:${p.platform}`, p.verdict === 'promo');
  }

  const outAuthors: AuthorRecord[] = [];
  for (const fa of file.authors) {
    const delta = authorDelta.get(fa.id) ?? { seen: 0, promo: 0 };
    const stored = authors.get(fa.id);
    if (!stored) {
      const postsSeen = Math.max(fa.postsSeen, delta.seen);
      outAuthors.push({ ...fa, postsSeen, promoPosts: Math.min(postsSeen, Math.max(fa.promoPosts, delta.promo)) });
      continue;
    }
    const [older, newer] = stored.lastSeen > fa.lastSeen ? [fa, stored] : [stored, fa];
    outAuthors.push({
      ...stored,
      displayNames: mergeNames(older.displayNames, newer.displayNames),
      postsSeen: stored.postsSeen + delta.seen,
      promoPosts: stored.promoPosts + delta.promo,
      lastSeen: Math.max(stored.lastSeen, fa.lastSeen),
    });
  }

  const outDays: DayRecord[] = [];
  for (const id of new Set([...dayDelta.keys(), ...fileDays.keys()])) {
    const delta = dayDelta.get(id) ?? { seen: 0, promo: 0 };
    const stored = days.get(id);
    if (stored) {
      if (delta.seen) outDays.push({ ...stored, seen: stored.seen + delta.seen, promo: stored.promo + delta.promo });
      continue;
    }
    const fromFile = fileDays.get(id);
    const sep = id.indexOf(':');
    const seen = Math.max(fromFile?.seen ?? 0, delta.seen);
    outDays.push({
      id,
      day: id.slice(0, sep),
      platform: id.slice(sep + 1) as Platform,
      seen,
      promo: Math.min(seen, Math.max(fromFile?.promo ?? 0, delta.promo)),
    });
  }
  return { posts: newPosts, authors: outAuthors, days: outDays };
}

/** Oldest first (firstSeen, then id): packed in that order, the newest packs hold the newest
 * posts, which ingest recognises without a read (post-packs.ts). The file has one record per id
 * (parseExportFile refuses repeated ids). */
function oldestFirst(posts: readonly PostRecord[]): PostRecord[] {
  return posts.toSorted((a, b) => a.firstSeen - b.firstSeen || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

interface Tally {
  seen: number;
  promo: number;
}

function bump(map: Map<string, Tally>, id: string, promo: boolean): void {
  const acc = map.get(id) ?? { seen: 0, promo: 0 };
  acc.seen += 1;
  if (promo) acc.promo += 1;
  map.set(id, acc);
}

/** Newest names last, each once, bounded like ingest keeps them. */
function mergeNames(older: readonly string[], newer: readonly string[]): string[] {
  const out = older.filter((n) => !newer.includes(n));
  return [...out, ...newer].slice(-MAX_DISPLAY_NAMES);
}
