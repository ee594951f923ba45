/** Facebook (www.facebook.com) News Feed adapter.
 *
 * The post root is the feed unit (`div[role="feed"] div[aria-posinset]`), not the `role=article`
 * inside it: comments are `role=article` too, nested inside the post, and are never posts. Units
 * are emptied when far off-screen and re-filled later (same element, new inner nodes), so every
 * read starts from scratch and an empty unit reads as null.
 *
 * Every selector lives in FACEBOOK_SELECTORS (where each comes from: ./facebook-evidence.ts); each
 * field falls back on its own (see extract). */
import { fallbackPostKey } from '../core/hash';
import { isElement, matchesSafe as matches, queryAllSafe as queryAll, warnOnce } from './dom';
import { isAdLabel, readRenderedLabel } from './facebook-label';
import { messageText } from './facebook-text';
import { authorIdFromHref, isFacebookHost, parseUrl, postIdFromHref, unwrapLink } from './facebook-links';

export { authorIdFromHref, isAdLabel, postIdFromHref, readRenderedLabel, unwrapLink };
import type { AuthorRef, PlatformAdapter, PostSnapshot, SelectorTable } from './types';

export const FACEBOOK_TABLE = {
  feed: 'div[role="feed"]',
  unit: 'div[aria-posinset]',
  unitDescribed: 'div[aria-describedby]',
  article: 'div[role="article"]',
  comment: 'div[role="article"] div[role="article"]',
  header: 'h4',
  authorLink: 'h4 a[href]',
  authorName: 'h4 a strong span',
  permalink: 'a[href*="/posts/"], a[href*="story_fbid="], a[href*="/permalink/"]',
  message: '[data-ad-rendering-role="story_message"]',
  messagePreview: '[data-ad-preview="message"]',
  paragraph: 'div[dir="auto"]',
  seeMore: '[data-ad-preview="message"] div[role="button"]',
  adAbout: 'a[href*="/ads/about/"]',
  paidPartnership: 'a[href^="/business/help/"]',
  outboundLink: 'a[href*="l.facebook.com/l.php"]',
} as const satisfies SelectorTable;

export const FACEBOOK_SELECTORS: SelectorTable = FACEBOOK_TABLE;
const TABLE = FACEBOOK_TABLE;

const HOSTS = new Set(['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com']);

// ------------------------------------------------------------------ small DOM utilities

/** `el` belongs to `scope` itself, not to a comment (a role=article nested inside it). */
export function ownedBy(el: Element, scope: Element): boolean {
  const art = el.closest(TABLE.article);
  return art === null || art === scope || !scope.contains(art);
}

export function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
}

// ------------------------------------------------------------------ post roots

function feedOf(el: Element): Element | null {
  return el.closest(TABLE.feed);
}

function postRootOfElement(el: Element): Element | null {
  // 1. the feed unit carrying aria-posinset (outermost, should they ever nest)
  let unit: Element | null = null;
  for (let cur: Element | null = el.closest(TABLE.unit); cur; cur = cur.parentElement?.closest(TABLE.unit) ?? null) {
    unit = cur;
  }
  if (unit) return unit;
  // 2. the outermost aria-describedby element inside the feed that holds a post article
  const feed = feedOf(el);
  if (feed) {
    let best: Element | null = null;
    for (let cur: Element | null = el; cur && cur !== feed; cur = cur.parentElement) {
      if (matches(cur, TABLE.unitDescribed) && (matches(cur, TABLE.article) || cur.querySelector(TABLE.article))) {
        best = cur;
      }
    }
    if (best) return best;
  }
  // 3. the outermost role=article (a nested one is a comment)
  let art: Element | null = null;
  for (let cur: Element | null = el.closest(TABLE.article); cur; cur = cur.parentElement?.closest(TABLE.article) ?? null) {
    art = cur;
  }
  return art;
}

function findPostsIn(root: ParentNode): Element[] {
  const seen = new Set<Element>();
  const out: Element[] = [];
  for (const css of [TABLE.unit, TABLE.unitDescribed, TABLE.article]) {
    const cands = queryAll(root, css);
    if (isElement(root) && matches(root, css)) cands.unshift(root);
    for (const c of cands) {
      if (seen.has(c)) continue;
      seen.add(c);
      if (postRootOfElement(c) === c) out.push(c);
    }
  }
  return out.toSorted((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

// ------------------------------------------------------------------ header, author, permalink

function authorFromHeading(h4: Element): AuthorRef | null {
  for (const a of queryAll(h4, 'a[href]')) {
    const id = authorIdFromHref(a.getAttribute('href') ?? '');
    if (!id) continue;
    const nameEl = a.querySelector('strong span') ?? a.querySelector('strong') ?? a;
    const displayName = (nameEl.textContent ?? '').replace(/[\u200b\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
    return { id, displayName: displayName || id };
  }
  return null;
}

/** The header box of a heading: climb while the ancestor holds no other post heading, up to a
 * few levels, preferring the first level that holds a permalink. */
function headerBox(h4: Element, scope: Element, headings: Element[]): Element {
  let box: Element = h4.parentElement ?? h4;
  let best = box;
  for (let i = 0; i < 4 && box !== scope; i++) {
    if (headings.some((h) => h !== h4 && box.contains(h))) break;
    best = box;
    if (queryAll(box, TABLE.permalink).some((a) => postIdFromHref(a.getAttribute('href') ?? ''))) return box;
    if (!box.parentElement || !scope.contains(box.parentElement)) break;
    box = box.parentElement;
  }
  return best;
}

function permalinkId(container: Element, scope: Element): string | null {
  for (const a of queryAll(container, TABLE.permalink)) {
    if (!ownedBy(a, scope)) continue;
    const id = postIdFromHref(a.getAttribute('href') ?? '');
    if (id) return id;
  }
  return null;
}

function isSponsored(post: Element, scope: Element, header: Element | null, h4: Element | null): boolean {
  const reliable = [...queryAll(post, TABLE.adAbout), ...queryAll(post, TABLE.paidPartnership)];
  if (reliable.some((a) => ownedBy(a, scope))) return true;
  if (!header || !h4) return false;
  // The label sits in the header next to the name: read it as rendered, never as raw text.
  for (const child of Array.from(header.children)) {
    if (child === h4 || child.contains(h4)) continue;
    if (isAdLabel(readRenderedLabel(child))) return true;
  }
  return false;
}

// ------------------------------------------------------------------ extract

function extractPost(post: Element): PostSnapshot | null {
  const scope = matches(post, TABLE.article) ? post : post.querySelector(TABLE.article) ?? post;
  const headings = queryAll(scope, TABLE.header).filter((h) => ownedBy(h, scope));
  if (headings.length === 0) {
    // An emptied (recycled) unit or a loading placeholder: not a post yet.
    if (scope !== post || post.querySelector(TABLE.message)) {
      warnOnce('facebook.header', `Facebook: post without ${TABLE.header} header; skipped`);
    }
    return null;
  }
  const first = headings[0] as Element;
  const shared = headings.length >= 2 ? (headings[1] as Element) : null;
  const firstAuthor = authorFromHeading(first);
  if (!firstAuthor) {
    warnOnce('facebook.author', `Facebook: no profile link in ${TABLE.header}; skipped`);
    return null;
  }
  const firstBox = headerBox(first, scope, headings);

  let author = firstAuthor;
  let repostedBy: AuthorRef | undefined;
  let textScope: Element = scope;
  let idScope: Element = firstBox;
  const boxes = [firstBox];
  if (shared) {
    const original = authorFromHeading(shared);
    if (original) {
      author = original;
      repostedBy = firstAuthor;
      // The embedded original: the largest ancestor of its heading that excludes the sharer's.
      let box: Element = shared;
      while (box.parentElement && box.parentElement !== scope && !box.parentElement.contains(first)) box = box.parentElement;
      textScope = box;
      const origBox = headerBox(shared, scope, headings);
      boxes.push(origBox);
      idScope = origBox;
    }
  }

  const text = messageText(textScope, scope, boxes);
  let id = permalinkId(idScope, scope) ?? permalinkId(textScope, scope);
  if (!id && !shared) id = permalinkId(scope, scope);
  if (!id) warnOnce('facebook.permalink', `Facebook: no permalink (${TABLE.permalink}); using a text hash as key`);

  const links: string[] = [];
  for (const a of queryAll(textScope, 'a[href]')) {
    if (!ownedBy(a, scope)) continue;
    const target = unwrapLink(a.getAttribute('href') ?? '');
    if (!target) continue;
    const host = parseUrl(target)?.hostname ?? '';
    if (isFacebookHost(host)) continue;
    if (!links.includes(target)) links.push(target);
  }

  const snap: PostSnapshot = {
    platform: 'facebook',
    key: id ?? fallbackPostKey(author.id, text),
    author,
    text,
    links,
    isAd: !shared && isSponsored(post, scope, firstBox, first),
  };
  if (repostedBy) snap.repostedBy = repostedBy;
  return snap;
}

export const facebookAdapter: PlatformAdapter = {
  platform: 'facebook',
  selectors: FACEBOOK_SELECTORS,
  readsLayout: true, // the rendered "Sponsored" label (facebook-label.ts)

  matchesHost(hostname: string): boolean {
    return HOSTS.has(hostname.toLowerCase());
  },

  findPosts(root: ParentNode): Element[] {
    try {
      return findPostsIn(root);
    } catch {
      return [];
    }
  },

  postRootOf(node: Node): Element | null {
    try {
      const el = isElement(node) ? node : node.parentElement;
      return el ? postRootOfElement(el) : null;
    } catch {
      return null;
    }
  },

  extract(post: Element): PostSnapshot | null {
    try {
      return extractPost(post);
    } catch (err) {
      warnOnce('facebook.extract', `Facebook: could not read a post (${String(err)})`);
      return null;
    }
  },

  badgeAnchor(post: Element): Element {
    try {
      const scope = matches(post, TABLE.article) ? post : post.querySelector(TABLE.article) ?? post;
      const h4 = queryAll(scope, TABLE.header).find((h) => ownedBy(h, scope));
      return h4?.parentElement ?? post;
    } catch {
      return post;
    }
  },
};
