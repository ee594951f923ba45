import type { PackIdsRecord, PackRecord, PostRecord } from './db';

/** Posts stored packed (db.ts PackRecord): an ingest transaction's new posts in packs of up to
 * PACK_POSTS, ids growing by one;
 * posts merged from an export file take ids below the smallest, as the oldest.
 *
 * How ingest tells an already-stored post without a row (or an index entry) per post: the ids of
 * the posts in the newest packs, RECENT_POSTS of them at least, are kept in the service worker
 * (RecentPosts below, in the row cache). A worker that was just woken reads them back once, with
 * getAll requests over the newest rows of `packIds` (each pack's post ids, written with it, so the
 * posts themselves are not read), inside its first ingest transaction; then every batch knows
 * its stored posts without a request, and reads only the packs of the posts it finds there.
 *
 * The window, exactly: a post is recognised as stored iff its id is among the posts of the
 * newest packs, walked newest first until they hold at least RECENT_POSTS posts. A post seen
 * again only after more posts than that were stored since (days of heavy scrolling) is counted
 * again: its author and first day count it a second time and a second record with its id goes
 * into a new pack. Export keeps one record per id (the newest), forgetting an author removes
 * every record. */
export const RECENT_POSTS = 20_000;

/** Posts a pack holds at most. Re-seeing a post rewrites its whole pack, so this bounds that put
 * (~30 KB; an ingest group of MAX_GROUP_POSTS was one ~300 KB pack). Costs a put of the pack and
 * of its ids row per further 100 posts of one transaction (~80 µs each in Chromium, so ~1.4 ms
 * more for a full group); a usual batch of tens of posts is still one pack. */
export const PACK_POSTS = 100;

export class RecentPosts {
  /** False until read back from the database (after a wake or an invalidation). */
  loaded = false;
  /** The id the next pack takes: one more than the largest stored. */
  nextPack = 1;
  private readonly packs: { id: number; posts: string[] }[] = [];
  private readonly where = new Map<string, number>();
  private size = 0;

  constructor(readonly capacity = RECENT_POSTS) {}

  /** The pack holding a recent post, if it is one. */
  packOf(postId: string): number | undefined {
    return this.where.get(postId);
  }

  /** Records a pack as the newest. */
  remember(pack: PackIdsRecord): void {
    this.packs.push({ id: pack.id, posts: pack.ids });
    for (const id of pack.ids) this.where.set(id, pack.id);
    this.counted(pack);
    // Oldest packs go while the rest still hold the window.
    while (this.packs.length > 1 && this.size - (this.packs[0] as { posts: string[] }).posts.length >= this.capacity) {
      const old = this.packs.shift() as { id: number; posts: string[] };
      this.size -= old.posts.length;
      for (const id of old.posts) if (this.where.get(id) === old.id) this.where.delete(id);
    }
  }

  /** Records a pack as the next older one, while loading newest first. */
  rememberOlder(pack: PackIdsRecord): void {
    this.packs.unshift({ id: pack.id, posts: pack.ids });
    // A newer pack's record of the same id (counted again) wins.
    for (const id of pack.ids) if (!this.where.has(id)) this.where.set(id, pack.id);
    this.counted(pack);
  }

  private counted(pack: PackIdsRecord): void {
    this.size += pack.ids.length;
    this.nextPack = Math.max(this.nextPack, pack.id + 1);
  }

  /** While loading newest first: whether older packs are still needed. */
  get full(): boolean {
    return this.size >= this.capacity;
  }
}

/** The packIds row of a pack. */
export function idsOf(pack: PackRecord): PackIdsRecord {
  return { id: pack.id, ids: pack.posts.map((p) => p.id) };
}

/** Every stored post once: a post counted again past the window has several records, the newest
 * pack's is kept. Sorted by id. */
export function uniquePosts(packs: readonly PackRecord[]): PostRecord[] {
  const byId = new Map<string, PostRecord>();
  for (const pack of packs.toSorted((a, b) => a.id - b.id)) for (const p of pack.posts) byId.set(p.id, p);
  return [...byId.values()].toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Packs of at most `size` posts, ids from `firstId` on (ingest, import). */
export function packPosts(posts: readonly PostRecord[], firstId: number, size = PACK_POSTS): PackRecord[] {
  const out: PackRecord[] = [];
  for (let i = 0; i < posts.length; i += size) out.push({ id: firstId + out.length, posts: posts.slice(i, i + size) });
  return out;
}

/** Packs of at most `size` posts whose ids end just below `below` (merge import: older than every
 * stored pack; ids may go negative, any number is a valid key). */
export function packPostsBelow(posts: readonly PostRecord[], below: number, size = PACK_POSTS): PackRecord[] {
  return packPosts(posts, below - Math.ceil(posts.length / size), size);
}
