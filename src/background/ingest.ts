import type { JudgedPost } from '../shared/messages';
import type { HumoDb } from './db';
import { writeGroup } from './ingest-tx';
import { rowCache } from './row-cache';

export { abortQuietly } from './ingest-tx';

/** Counts a batch of judged posts exactly once and resolves with how many were new, only after
 * the transaction holding it committed (so a reply never acknowledges what a stopped worker
 * could lose). All-or-none per batch. The rules live in ingest-apply.ts, the requests in
 * ingest-tx.ts.
 *
 * Batches on one connection are written one transaction at a time: the row cache relies on it
 * (row-cache.ts), and IndexedDB would run them one at a time anyway (same stores, readwrite).
 * Batches that arrive while one is being written (several tabs sending at once) are written
 * together in the next transaction: one commit instead of several (~1 ms of CPU each in
 * Chromium). If that group fails, each of its batches is retried alone, so one bad batch never
 * fails another tab's. */
export function ingestBatch(db: HumoDb, posts: readonly JudgedPost[]): Promise<number> {
  if (posts.length === 0) return Promise.resolve(0);
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = new Writer(db)));
  return writer.submit(posts);
}

/** Posts one grouped transaction may hold; the outbox sends at most 200 per batch. */
export const MAX_GROUP_POSTS = 1_000;

interface Job {
  posts: readonly JudgedPost[];
  resolve(counted: number): void;
  reject(error: unknown): void;
}

const writers = new WeakMap<HumoDb, Writer>();

class Writer {
  private readonly queue: Job[] = [];
  /** A transaction is in flight. */
  private busy = false;

  constructor(private readonly db: HumoDb) {}

  submit(posts: readonly JudgedPost[]): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ posts, resolve, reject });
      // An idle writer creates the transaction in this same turn: a lone batch waits for nothing,
      // and it is ordered before any transaction its caller creates next.
      this.next();
    });
  }

  private next(): void {
    if (this.busy || this.queue.length === 0) return;
    this.busy = true;
    void this.write(this.takeGroup()).then((settle) => {
      this.busy = false;
      // Waiting batches go first, then the callers hear back: a batch submitted on hearing back
      // then finds the writer idle (or queues behind the batches that were already waiting).
      this.next();
      settle();
    });
  }

  /** The oldest waiting batches, in order, up to MAX_GROUP_POSTS (always at least one). */
  private takeGroup(): Job[] {
    let posts = 0;
    let n = 0;
    while (n < this.queue.length && (n === 0 || posts + (this.queue[n] as Job).posts.length <= MAX_GROUP_POSTS)) {
      posts += (this.queue[n] as Job).posts.length;
      n += 1;
    }
    return this.queue.splice(0, n);
  }

  /** Writes a group and returns how to settle its callers (never rejects). */
  private async write(group: Job[]): Promise<() => void> {
    try {
      const counts = await writeGroup(this.db, group.map((job) => job.posts), rowCache(this.db));
      return () => group.forEach((job, i) => job.resolve(counts[i] ?? 0));
    } catch (error) {
      if (group.length === 1) return () => (group[0] as Job).reject(error);
      const settles: (() => void)[] = [];
      for (const job of group) settles.push(await this.write([job]));
      return () => settles.forEach((settle) => settle());
    }
  }
}

/** Marks a request promise as handled now: if a later request throws synchronously, the
 * batch aborts and these reject, which must not surface as unhandled rejections. The returned
 * promise is the same one, so awaiting it still sees the failure. */
export function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
