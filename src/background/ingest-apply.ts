import { dayKey } from '../core/stats';
import type { Platform } from '../core/types';
import type { JudgedPost } from '../shared/messages';
import { MAX_DISPLAY_NAMES, authorKeyOf, postIdOf, type AuthorRecord, type DayRecord, type PostRecord } from './db';

/** The rows a batch reads and writes, by id. Pure bookkeeping: no IndexedDB here, so the rules
 * below are the same whichever way ingest-tx.ts found the rows (cache, get, a pack of a known post). */
export interface Rows {
  /** Stored posts of the batch (before applying); afterwards also the posts it added. */
  posts: Map<string, PostRecord>;
  authors: Map<string, AuthorRecord>;
  days: Map<string, DayRecord>;
}

export interface Applied {
  /** Ids the batch adds: absent from `rows.posts` before. */
  added: Set<string>;
  /** Stored posts the batch updates. */
  updated: Set<string>;
  authors: Set<string>;
  days: Set<string>;
}

export function dayIdOf(firstSeen: number, platform: Platform): string {
  return `${dayKey(firstSeen)}:${platform}`;
}

/** Applies a batch in order over `rows`, mutating them. The rules:
 *  - a post id seen before never adds a post: only lastSeen (and names) update;
 *  - a re-judgement (same id, other verdict) moves its author's and its day's promo tally;
 *  - duplicates inside the batch are applied in order, the last verdict wins.
 * Precondition: `rows` holds every stored post among the batch's ids and every stored author and
 * day row the batch touches (rowsTouched). A row missing here is created fresh, and writing it
 * would overwrite the stored row's tallies. */
export function applyPosts(posts: readonly JudgedPost[], rows: Rows): Applied {
  const applied: Applied = { added: new Set(), updated: new Set(), authors: new Set(), days: new Set() };
  const dayOf = (platform: Platform, firstSeen: number): DayRecord => {
    const id = dayIdOf(firstSeen, platform);
    let row = rows.days.get(id);
    if (!row) rows.days.set(id, (row = { id, day: dayKey(firstSeen), platform, seen: 0, promo: 0 }));
    applied.days.add(id);
    return row;
  };

  for (const p of posts) {
    const id = postIdOf(p.platform, p.key);
    const known = rows.posts.get(id);
    const aKey = known ? known.authorKey : authorKeyOf(p.platform, p.authorId);
    let author = rows.authors.get(aKey);
    if (!author) {
      author = { id: aKey, platform: p.platform, authorId: p.authorId, displayNames: [], postsSeen: 0, promoPosts: 0, lastSeen: 0 };
      rows.authors.set(aKey, author);
    }
    applied.authors.add(aKey);
    if (aKey === authorKeyOf(p.platform, p.authorId)) rememberName(author, p.authorName);
    author.lastSeen = Math.max(author.lastSeen, p.seenAt);

    if (!known) {
      const record: PostRecord = {
        id, platform: p.platform, key: p.key, authorKey: aKey, verdict: p.verdict, score: p.score,
        signals: [...p.signals], isAd: p.isAd, firstSeen: p.seenAt, lastSeen: p.seenAt,
      };
      if (p.repostedBy !== undefined) record.repostedBy = p.repostedBy;
      rows.posts.set(id, record);
      applied.added.add(id);
      author.postsSeen += 1;
      const day = dayOf(p.platform, p.seenAt);
      day.seen += 1;
      if (p.verdict === 'promo') {
        author.promoPosts += 1;
        day.promo += 1;
      }
      continue;
    }

    if (!applied.added.has(id)) applied.updated.add(id);
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
  return applied;
}

/** Author and day ids the batch touches when `stored` are the stored posts among its ids: the
 * reported author and first day of a new post, the stored ones of a known post. */
export function rowsTouched(posts: readonly JudgedPost[], stored: ReadonlyMap<string, PostRecord>): { authors: Set<string>; days: Set<string> } {
  const authors = new Set<string>();
  const days = new Set<string>();
  const first = new Set<string>();
  for (const p of posts) {
    const id = postIdOf(p.platform, p.key);
    const known = stored.get(id);
    if (known) {
      authors.add(known.authorKey);
      days.add(dayIdOf(known.firstSeen, known.platform));
    } else if (!first.has(id)) {
      // Later duplicates of a new post belong to its first occurrence's author and day.
      first.add(id);
      authors.add(authorKeyOf(p.platform, p.authorId));
      days.add(dayIdOf(p.seenAt, p.platform));
    }
  }
  return { authors, days };
}

/** Keeps the last few distinct names, most recent last (people rename; we show the newest). */
function rememberName(author: AuthorRecord, name: string): void {
  const trimmed = name.trim();
  if (!trimmed || author.displayNames[author.displayNames.length - 1] === trimmed) return;
  const names = author.displayNames.filter((n) => n !== trimmed);
  names.push(trimmed);
  author.displayNames = names.slice(-MAX_DISPLAY_NAMES);
}
