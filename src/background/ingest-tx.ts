import { unwrap } from 'idb';
import type { JudgedPost } from '../shared/messages';
import { storable, withRanks } from './author-ranks';
import { postIdOf, type AuthorRecord, type DayRecord, type HumoDb, type PostRecord } from './db';
import { applyPosts, emptyRows, rowsTouched, type Rows } from './ingest-apply';
import type { Lru, RowCache } from './row-cache';

/** Writes a group of batches in ONE readwrite transaction over posts + authors + days, so a
 * failure anywhere writes nothing. Returns how many posts each batch newly counted (a post in
 * two batches of the group counts for the first).
 *
 * Speed: real Chromium spends ~0.1 ms of CPU per request (renderer + browser process) and ~0.7 ms
 * per transaction, so requests are what we save:
 *  - posts are add()ed straight away: a new post costs one request instead of a get and a put.
 *    An add that fails with ConstraintError (the post is known) has its error cancelled, so the
 *    transaction goes on, and only those posts are read back, then put;
 *  - author and day rows come from the cache when they can (row-cache.ts), else they are read in
 *    the same round as the adds.
 * So a batch of new posts by cached authors is one round of adds, then one of author and day
 * puts. (Putting those rows with the adds, as if every post were new, and putting them again
 * when one was not, saved little CPU on new posts and cost a third more on known ones.)
 * Raw IndexedDB requests, not idb's promise wrappers: a cancelled add error must not reject
 * anything, and no request needs a promise of its own. */
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
  const tx = unwrap(db).transaction(['posts', 'authors', 'days'], 'readwrite', { durability: 'relaxed' });
  const done = new Promise<void>((resolve, reject) => {
    tx.addEventListener('complete', () => resolve());
    tx.addEventListener('abort', () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError')));
  });
  done.catch(() => undefined);
  const postStore = tx.objectStore('posts');
  const authorStore = tx.objectStore('authors');
  const dayStore = tx.objectStore('days');

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

    // Round 1: every post added as if new, plus reads of the rows that would need.
    const fresh = emptyRows();
    applyPosts(posts, fresh);
    const added = new Set<string>();
    const known: string[] = [];
    for (const record of fresh.posts.values()) {
      const request = postStore.add(record);
      round.track(request, () => added.add(record.id), (event) => {
        if (request.error?.name !== 'ConstraintError') return false;
        event.preventDefault();
        event.stopPropagation();
        known.push(record.id);
        return true;
      });
    }
    load(rowsTouched(posts, new Map()));
    await round.settled();

    // Round 2 (and 3), only for known posts: read them back, then any rows only they touch
    // (the post's stored author when another was reported, an older day).
    const stored = new Map<string, PostRecord>();
    if (known.length > 0) {
      for (const id of known) {
        const request = postStore.get(id) as IDBRequest<PostRecord | undefined>;
        round.track(request, () => request.result && stored.set(id, request.result));
      }
      await round.settled();
      if (stored.size !== known.length) throw new Error('a post refused as a duplicate could not be read back');
      if (!load(rowsTouched(posts, stored))) await round.settled();
    }

    // Last round: apply over copies of the pre-batch rows and put what changed.
    const rows: Rows = {
      posts: stored,
      authors: copies(authorsBefore, (a) => ({ ...a, displayNames: [...a.displayNames] })),
      days: copies(daysBefore, (d) => ({ ...d })),
    };
    const applied = applyPosts(posts, rows);
    for (const id of applied.updated) postStore.put(rows.posts.get(id) as PostRecord);
    const authors = new Map<string, AuthorRecord>();
    for (const id of applied.authors) {
      const row = rows.authors.get(id) as AuthorRecord;
      // Not storable: only reachable with a known post whose author row went missing.
      if (!storable(row)) continue;
      const value = withRanks(row);
      authorStore.put(value);
      authors.set(id, value);
    }
    for (const id of applied.days) dayStore.put(rows.days.get(id) as DayRecord);
    await done;

    if (cache.generation === generation) {
      for (const [id, row] of authors) cache.authors.set(id, row);
      for (const id of applied.days) cache.days.set(id, rows.days.get(id) as DayRecord);
    }
    return countsPerBatch(batches, added);
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
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
function countsPerBatch(batches: readonly (readonly JudgedPost[])[], added: Set<string>): number[] {
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

/** Waits for a round of requests without a promise per request. A request error that its
 * handler does not cancel aborts the transaction, which rejects `done` and so the round. */
class Round {
  private pending = 0;
  private wake: (() => void) | null = null;

  constructor(private readonly done: Promise<void>) {}

  track(request: IDBRequest, onSuccess: () => void, onError?: (event: Event) => boolean): void {
    this.pending += 1;
    request.addEventListener('success', () => {
      onSuccess();
      this.finish();
    });
    if (onError) request.addEventListener('error', (event) => onError(event) && this.finish());
  }

  /** Resolves once every tracked request succeeded (or had its error cancelled). Runs in the
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
