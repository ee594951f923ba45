import { unwrap } from 'idb';
import type { JudgedPost } from '../shared/messages';
import { storable, withRanks } from './author-ranks';
import { postIdOf, type AuthorRecord, type DayRecord, type HumoDb, type PackIdsRecord, type PackRecord, type PostRecord } from './db';
import { applyPosts, rowsTouched, type Rows } from './ingest-apply';
import { RecentPosts, idsOf, packPosts } from './post-packs';
import { TALLY_ID, emptyTallies, moveAuthor, movesGroup, type TallyRecord } from './tallies';
import type { Lru, RowCache } from './row-cache';

/** Writes a group of batches in ONE readwrite transaction over packs + authors + days, so a
 * failure anywhere writes nothing. Returns how many posts each batch newly counted (a post in
 * two batches of the group counts for the first).
 *
 * Speed: real Chromium spends ~80 µs of CPU per put whatever it holds, ~10–25 µs per index entry
 * and ~0.5 ms per transaction, all on the browser's one IndexedDB thread (bench/idb-shapes), so
 * requests are what we save:
 *  - the group's new posts go into new pack rows of up to PACK_POSTS posts (post-packs.ts): one
 *    for a usual batch, not a row each;
 *  - which posts are stored already is known from the ids of the newest packs kept in memory
 *    (read back once after a wake from packIds, in the first round), so a new post costs no
 *    request at all; only the packs of known posts are read, then put back updated;
 *  - author and day rows come from the cache when they can (row-cache.ts), else they are read in
 *    the first round.
 * So a batch of new posts by cached authors is one round of writes: the pack and its ids, the
 * authors, the days, the author tallies (tallies.ts). Raw IndexedDB requests, not idb's promise
 * wrappers: no request needs a promise of its own. */
export async function writeGroup(db: HumoDb, batches: readonly (readonly JudgedPost[])[], cache: RowCache): Promise<number[]> {
  const posts = batches.flat();
  if (posts.length === 0) return batches.map(() => 0);
  const generation = cache.generation;
  // Relaxed durability: 'complete' fires once the OS has the data, without an fsync. A stopped
  // worker or a crashed browser loses nothing (the OS still writes it out); an OS crash or power
  // cut in the next seconds can lose the last batches, already acknowledged (so dropped by the
  // outbox): a few posts go uncounted, none is ever counted twice. Strict cost ~2.5 ms more per
  // commit in Chromium here (15–25% slower at batches of 20). Chromium's default since 121
  // anyway; said here so no browser default decides it.
  const tx = unwrap(db).transaction(['packs', 'packIds', 'authors', 'days', 'tallies'], 'readwrite', { durability: 'relaxed' });
  const done = new Promise<void>((resolve, reject) => {
    tx.addEventListener('complete', () => resolve());
    tx.addEventListener('abort', () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError')));
  });
  done.catch(() => undefined);
  const packStore = tx.objectStore('packs');
  const packIdStore = tx.objectStore('packIds');
  const authorStore = tx.objectStore('authors');
  const dayStore = tx.objectStore('days');
  const tallyStore = tx.objectStore('tallies');

  try {
    // Pre-batch rows by id (undefined: not stored). Shared with the cache, so applied on copies.
    const authorsBefore = new Map<string, AuthorRecord | undefined>();
    const daysBefore = new Map<string, DayRecord | undefined>();
    const round = new Round(done);
    /** Loads rows not loaded yet: from the cache, else with a get in the current round. False
     * when some had to be read. */
    const load = (want: { authors: Set<string>; days: Set<string> }): boolean => {
      const a = loadRows(want.authors, authorsBefore, cache.authors, authorStore, round);
      const d = loadRows(want.days, daysBefore, cache.days, dayStore, round);
      return a && d;
    };

    // Round 1: the recent post ids if this worker has none yet, and the rows new posts touch.
    const recent = cache.posts.loaded ? cache.posts : new RecentPosts();
    if (!recent.loaded) loadRecent(packIdStore, recent, round);
    let talliesBefore = cache.tallies;
    if (!talliesBefore) {
      const request = tallyStore.get(TALLY_ID) as IDBRequest<TallyRecord | undefined>;
      round.track(request, () => (talliesBefore = request.result ?? emptyTallies()));
    }
    load(rowsTouched(posts, new Map()));
    await round.settled();
    recent.loaded = true;

    // Round 2 (and 3), only for known posts: read their packs, then any rows only they touch
    // (the post's stored author when another was reported, an older day).
    const stored = new Map<string, PostRecord>();
    const packs = new Map<number, PackRecord>();
    /** Each known post's pack, as the window says. */
    const packOfPost = new Map<string, number>();
    for (const p of posts) {
      const id = postIdOf(p.platform, p.key);
      const pack = recent.packOf(id);
      if (pack !== undefined) packOfPost.set(id, pack);
    }
    if (packOfPost.size > 0) {
      for (const id of new Set(packOfPost.values())) {
        const request = packStore.get(id) as IDBRequest<PackRecord | undefined>;
        round.track(request, () => request.result && packs.set(id, request.result));
      }
      await round.settled();
      for (const [id, packId] of packOfPost) {
        // The pack's last record of the id: the one the window points at.
        const record = packs.get(packId)?.posts.findLast((r) => r.id === id);
        if (!record) throw new Error('a stored post could not be read back from its pack');
        stored.set(id, record);
      }
      if (!load(rowsTouched(posts, stored))) await round.settled();
    }

    // Last round: apply over copies of the pre-batch rows and put what changed. Known posts are
    // updated inside their packs (stored holds the packs' own records).
    const rows: Rows = {
      posts: stored,
      authors: copies(authorsBefore, (a) => ({ ...a, displayNames: [...a.displayNames] })),
      days: copies(daysBefore, (d) => ({ ...d })),
    };
    const applied = applyPosts(posts, rows);
    // Every pack read holds a known post of the batch, and applyPosts updates each of those.
    for (const pack of packs.values()) packStore.put(pack);
    const added = packPosts([...applied.added].map((id) => rows.posts.get(id) as PostRecord), recent.nextPack);
    for (const pack of added) {
      // add, not put: a pack id in use would be a bug, and must fail rather than overwrite.
      packStore.add(pack);
      packIdStore.add(idsOf(pack));
    }
    const authors = new Map<string, AuthorRecord>();
    // Copied on the first author that moves group: the row has a key per group, and most
    // batches of posts seen before move nobody.
    let moved: TallyRecord | null = null;
    for (const id of applied.authors) {
      const row = rows.authors.get(id) as AuthorRecord;
      // Not storable: only reachable with a known post whose author row went missing.
      if (!storable(row)) continue;
      const value = withRanks(row);
      authorStore.put(value);
      authors.set(id, value);
      const before = authorsBefore.get(id);
      if (!movesGroup(before, value)) continue;
      moved ??= copyTallies(talliesBefore ?? emptyTallies());
      moveAuthor(moved, before, value);
    }
    if (moved) tallyStore.put(moved);
    const tallies = moved ?? talliesBefore ?? emptyTallies();
    for (const id of applied.days) dayStore.put(rows.days.get(id) as DayRecord);
    await done;

    if (cache.generation === generation) {
      for (const [id, row] of authors) cache.authors.set(id, row);
      for (const id of applied.days) cache.days.set(id, rows.days.get(id) as DayRecord);
      for (const pack of added) recent.remember(idsOf(pack));
      cache.tallies = tallies;
      cache.posts = recent;
    }
    return countsPerBatch(batches, applied.added);
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/** packIds rows one getAll reads while loading the recent ids (ingest packs take 1, 2, 3…, merged
 * imports the ids below the smallest, so negative ones too: gaps only where forget removed a
 * whole pack). */
const RECENT_ROWS_PER_READ = 400;

/** Reads the ids of the newest packs' posts (at least recent.capacity of them) into `recent`,
 * newest first, in the current round: the smallest and largest pack ids, then getAll over the ids
 * below the largest, RECENT_ROWS_PER_READ at a time (one request each; a cursor stepping row by
 * row cost ~2x), down to the smallest at most. */
function loadRecent(store: IDBObjectStore, recent: RecentPosts, round: Round): void {
  const first = store.openKeyCursor(null, 'next');
  const last = store.openKeyCursor(null, 'prev');
  round.track(first, () => undefined);
  // Requests succeed in the order made, so `first` has its result here.
  round.track(last, () => {
    if (last.result && first.result) readBelow(store, recent, round, (last.result.key as number) + 1, first.result.key as number);
  });
}

function readBelow(store: IDBObjectStore, recent: RecentPosts, round: Round, end: number, lowest: number): void {
  const start = Math.max(lowest, end - RECENT_ROWS_PER_READ);
  const request = store.getAll(IDBKeyRange.bound(start, end, false, true)) as IDBRequest<PackIdsRecord[]>;
  round.track(request, () => {
    const rows = request.result;
    for (let i = rows.length - 1; i >= 0 && !recent.full; i--) recent.rememberOlder(rows[i] as PackIdsRecord);
    // Tracked before this request finishes, so the round waits for it too.
    if (!recent.full && start > lowest) readBelow(store, recent, round, start, lowest);
  });
}

function loadRows<T>(ids: Iterable<string>, before: Map<string, T | undefined>, lru: Lru<T>, store: IDBObjectStore, round: Round): boolean {
  let complete = true;
  for (const id of ids) {
    if (before.has(id)) continue;
    const hit = lru.get(id);
    if (hit) {
      before.set(id, hit);
      continue;
    }
    complete = false;
    const request = store.get(id) as IDBRequest<T | undefined>;
    round.track(request, () => before.set(id, request.result));
  }
  return complete;
}

function copies<T>(before: Map<string, T | undefined>, copy: (row: T) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const [id, row] of before) if (row) out.set(id, copy(row));
  return out;
}

/** A post counts for the first batch of the group that holds it. */
function countsPerBatch(batches: readonly (readonly JudgedPost[])[], added: ReadonlySet<string>): number[] {
  const claimed = new Set<string>();
  return batches.map((batch) => {
    let n = 0;
    for (const p of batch) {
      const id = postIdOf(p.platform, p.key);
      if (added.has(id) && !claimed.has(id)) {
        claimed.add(id);
        n += 1;
      }
    }
    return n;
  });
}

/** Waits for a round of requests without a promise per request. A request error aborts the
 * transaction, which rejects `done` and so the round. */
class Round {
  private pending = 0;
  private wake: (() => void) | null = null;

  constructor(private readonly done: Promise<void>) {}

  track(request: IDBRequest, onSuccess: () => void): void {
    this.pending += 1;
    request.addEventListener('success', () => {
      onSuccess();
      this.finish();
    });
  }

  /** Resolves once every tracked request succeeded. Runs in the
   * request's callback's microtasks, so the transaction is still active for the next round. */
  settled(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    const all = new Promise<void>((resolve) => (this.wake = resolve));
    return Promise.race([all, this.done.then(() => Promise.reject(new Error('transaction ended early')))]);
  }

  private finish(): void {
    this.pending -= 1;
    if (this.pending === 0 && this.wake) {
      const wake = this.wake;
      this.wake = null;
      wake();
    }
  }
}

export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted: nothing more to undo.
  }
}

function copyTallies(tallies: TallyRecord): TallyRecord {
  return { ...tallies, counts: { ...tallies.counts } };
}
