import { dayKey } from '../core/stats';
import type { JudgedPost } from '../shared/messages';
import { storable, withRanks } from './author-ranks';
import {
  MAX_DISPLAY_NAMES,
  authorKeyOf,
  postIdOf,
  type AuthorRecord,
  type DayRecord,
  type HumoDb,
  type PostRecord,
} from './db';

/** Counts a batch of judged posts exactly once, in ONE readwrite transaction over
 * posts + authors + days, so a failure anywhere writes nothing (all-or-none).
 *  - a post id seen before never adds a post: only lastSeen (and names) update;
 *  - a re-judgement (same id, other verdict) moves its author's and its day's promo tally;
 *  - duplicates inside the batch are applied in order, the last verdict wins.
 * Speed: three rounds of requests per batch (gets posts, gets authors + days, puts), never an
 * await per post. Returns how many posts were newly counted. */
export async function ingestBatch(db: HumoDb, posts: readonly JudgedPost[]): Promise<number> {
  if (posts.length === 0) return 0;
  const tx = db.transaction(['posts', 'authors', 'days'], 'readwrite');
  const postStore = tx.objectStore('posts');
  const authorStore = tx.objectStore('authors');
  const dayStore = tx.objectStore('days');
  // Attached now so an abort never surfaces as an unhandled rejection.
  const done = tx.done;
  done.catch(() => undefined);

  try {
    const postIds = [...new Set(posts.map((p) => postIdOf(p.platform, p.key)))];
    const storedPosts = await Promise.all(postIds.map((id) => handled(postStore.get(id))));
    const postState = new Map<string, PostRecord>();
    postIds.forEach((id, i) => {
      const found = storedPosts[i];
      if (found) postState.set(id, found);
    });

    // Authors to touch: those of new posts plus the stored authors of known posts.
    const authorIds = new Set<string>();
    const dayIds = new Set<string>();
    for (const p of posts) {
      const known = postState.get(postIdOf(p.platform, p.key));
      authorIds.add(known ? known.authorKey : authorKeyOf(p.platform, p.authorId));
      dayIds.add(`${dayKey(known ? known.firstSeen : p.seenAt)}:${p.platform}`);
    }
    const authorList = [...authorIds];
    const dayList = [...dayIds];
    const [storedAuthors, storedDays] = await Promise.all([
      Promise.all(authorList.map((id) => handled(authorStore.get(id)))),
      Promise.all(dayList.map((id) => handled(dayStore.get(id)))),
    ]);
    const authorState = new Map<string, AuthorRecord>();
    authorList.forEach((id, i) => {
      const found = storedAuthors[i];
      if (found) authorState.set(id, found);
    });
    const dayState = new Map<string, DayRecord>();
    dayList.forEach((id, i) => {
      const found = storedDays[i];
      if (found) dayState.set(id, found);
    });

    const dirtyPosts = new Set<string>();
    const dirtyAuthors = new Set<string>();
    const dirtyDays = new Set<string>();
    let counted = 0;

    const dayOf = (platform: JudgedPost['platform'], firstSeen: number): DayRecord => {
      const day = dayKey(firstSeen);
      const id = `${day}:${platform}`;
      let row = dayState.get(id);
      if (!row) dayState.set(id, (row = { id, day, platform, seen: 0, promo: 0 }));
      dirtyDays.add(id);
      return row;
    };

    for (const p of posts) {
      const id = postIdOf(p.platform, p.key);
      const known = postState.get(id);
      const aKey = known ? known.authorKey : authorKeyOf(p.platform, p.authorId);
      let author = authorState.get(aKey);
      if (!author) {
        author = { id: aKey, platform: p.platform, authorId: p.authorId, displayNames: [], postsSeen: 0, promoPosts: 0, lastSeen: 0 };
        authorState.set(aKey, author);
      }
      dirtyAuthors.add(aKey);
      if (aKey === authorKeyOf(p.platform, p.authorId)) rememberName(author, p.authorName);
      author.lastSeen = Math.max(author.lastSeen, p.seenAt);

      if (!known) {
        const record: PostRecord = {
          id, platform: p.platform, key: p.key, authorKey: aKey, verdict: p.verdict, score: p.score,
          signals: [...p.signals], isAd: p.isAd, firstSeen: p.seenAt, lastSeen: p.seenAt,
        };
        if (p.repostedBy !== undefined) record.repostedBy = p.repostedBy;
        postState.set(id, record);
        dirtyPosts.add(id);
        author.postsSeen += 1;
        const day = dayOf(p.platform, p.seenAt);
        day.seen += 1;
        if (p.verdict === 'promo') {
          author.promoPosts += 1;
          day.promo += 1;
        }
        counted += 1;
        continue;
      }

      dirtyPosts.add(id);
      known.lastSeen = Math.max(known.lastSeen, p.seenAt);
      if (known.verdict !== p.verdict) {
        const delta = p.verdict === 'promo' ? 1 : -1;
        author.promoPosts = Math.max(0, author.promoPosts + delta);
        const day = dayOf(known.platform, known.firstSeen);
        day.promo = Math.max(0, day.promo + delta);
      }
      known.verdict = p.verdict;
      known.score = p.score;
      known.signals = [...p.signals];
      known.isAd = p.isAd;
    }

    // Issue every put without awaiting one by one; any failure rejects and aborts below.
    const puts: Promise<unknown>[] = [];
    for (const id of dirtyPosts) puts.push(handled(postStore.put(postState.get(id) as PostRecord)));
    for (const id of dirtyAuthors) {
      // Only reachable with a post whose author row went missing: nothing to count for them.
      const author = authorState.get(id) as AuthorRecord;
      if (storable(author)) puts.push(handled(authorStore.put(withRanks(author))));
    }
    for (const id of dirtyDays) puts.push(handled(dayStore.put(dayState.get(id) as DayRecord)));
    await Promise.all([...puts, done]);
    return counted;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/** Keeps the last few distinct names, most recent last (people rename; we show the newest). */
function rememberName(author: AuthorRecord, name: string): void {
  const trimmed = name.trim();
  if (!trimmed || author.displayNames[author.displayNames.length - 1] === trimmed) return;
  const names = author.displayNames.filter((n) => n !== trimmed);
  names.push(trimmed);
  author.displayNames = names.slice(-MAX_DISPLAY_NAMES);
}

/** Marks a request promise as handled now: if a later request throws synchronously, the
 * batch aborts and these reject, which must not surface as unhandled rejections. The returned
 * promise is the same one, so awaiting it still sees the failure. */
export function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted: nothing more to undo.
  }
}
