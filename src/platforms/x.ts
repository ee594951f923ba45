/** X (x.com / twitter.com) timeline adapter.
 *
 * The post root is `article[data-testid="tweet"]`. Timeline cells are virtualised and REUSED:
 * the same cell/article may show another post after a scroll, so nothing here caches anything
 * per element; every read starts from the DOM as it is now. A quoted post is a `div[role=link]`
 * block inside the quoting article: it is not a post, and its author/text/links never leak into
 * the quoting post's snapshot.
 *
 * Every selector lives in X_SELECTORS (where each comes from: ./x-evidence.ts); each field falls
 * back on its own (see extract). */
import { fallbackPostKey } from '../core/hash';
import { isElement, matchesSafe as matches, queryAllSafe as queryAll, warnOnce } from './dom';
import { PostScope, readAuthor } from './x-author';
import { HOSTS, handleFromHref, hrefOf, readTweetText, statusIdFromHref } from './x-links';
import type { AuthorRef, PlatformAdapter, PostSnapshot, SelectorTable } from './types';

export const X_TABLE = {
  timeline: 'div[data-testid="primaryColumn"] section > h1 + div[aria-label] > div',
  cell: 'div[data-testid="cellInnerDiv"]',
  post: 'article[data-testid="tweet"]',
  postFallback: 'div[data-testid="cellInnerDiv"] article[role="article"]',
  userName: '[data-testid="User-Name"]',
  authorLink: '[data-testid="User-Name"] a[href^="/"]',
  avatar: '[data-testid^="UserAvatar-Container-"]',
  permalinkTime: 'a[href*="/status/"] > time',
  statusLink: 'a[href*="/status/"]',
  tweetText: '[data-testid="tweetText"]',
  textFallback: 'div[lang]',
  // Read the post again after it expands (the feed watcher sees the text change).
  showMore: 'button[data-testid="tweet-text-show-more-link"]',
  socialContext: '[data-testid="socialContext"]',
  quote: 'div[role="link"]',
  placementTracking: '[data-testid="placementTracking"]',
  promotedIcon: 'svg path[d$="10H8.996V8h7v7z"]',
  headerSpan: 'span',
} as const satisfies SelectorTable;

export const X_SELECTORS: SelectorTable = X_TABLE;
const TABLE = X_TABLE;

const PROMOTED_PATH_END = '10H8.996V8h7v7z';
/** The ad label as X shows it in the languages Humo supports. */
const AD_LABELS = new Set(['ad', 'anuncio', 'promoted', 'promocionado', 'publicidad']);
/** socialContext texts that are not reposts. */
const PINNED = /^(pinned|fijado|fijada|post fijado)$/i;
/** "<Name> reposted" / "<Name> lo reposteó" / "<Name> retuiteó" ... → the name. */
const REPOSTED = /\s+(reposted|retweeted|lo reposteó|reposteó|lo retuiteó|retuiteó|lo ha reposteado|ha reposteado)$/i;


// ------------------------------------------------------------------ fields

function statusIdOf(link: Element | null): string | null {
  return link ? statusIdFromHref(hrefOf(link)) : null;
}

function readKey(scope: PostScope): string | null {
  let key: string | null = null;
  // The id is kept as the link is accepted: reading it again cost two more DOM calls.
  scope.first(TABLE.permalinkTime, (t) => (key = statusIdOf(t.parentElement)) !== null);
  if (key === null) scope.first(TABLE.statusLink, (a) => (key = statusIdOf(a)) !== null);
  return key;
}

function textElementOf(scope: PostScope): Element | null {
  const el = scope.first(TABLE.tweetText);
  if (el) return el;
  const fallback = scope.all(TABLE.textFallback).find((d) => d.tagName === 'DIV' && !d.closest(TABLE.userName));
  if (fallback) {
    warnOnce('x.text', 'X adapter: [data-testid="tweetText"] not found; reading the lang-attributed div instead.');
    return fallback;
  }
  return null;
}

/** The author block's parent: it was found inside the post, so the row is the post or in it. */
function headerRowOf(scope: PostScope): Element | null {
  return scope.userName?.parentElement ?? null;
}

/** The header row each post's last read found, for the badge its page update may add a moment
 * later (a batch updates the page right after reading): one look-up of the author block fewer.
 * Taken once, so a later re-render never gets a row from an old read. */
const readHeaderRows = new WeakMap<Element, Element>();

/** Paths whose d contains the promoted marker: the engine narrows the post's ~10 icon paths down
 * to candidates, and the exact test (trimmed, at the end) stays ours. */
const PROMOTED_CANDIDATE = `svg path[d*="${PROMOTED_PATH_END}"]`;

function isAdLabelSpan(span: Element): boolean {
  return AD_LABELS.has((span.textContent ?? '').trim().toLowerCase()) && !span.closest('[data-humo-ui]');
}

/** Any ad label anywhere in the text (textContent runs the spans together, so no word edges): a
 * header row without one needs no look at each of its spans. A hit only means "look closer"
 * (it may be @adam). */
const MAY_HOLD_AD_LABEL = new RegExp([...AD_LABELS].join('|'), 'i');

function readIsAd(scope: PostScope, header: Element | null): boolean {
  if (scope.post.closest(TABLE.placementTracking)) return true;
  if (scope.first(PROMOTED_CANDIDATE, (path) => (path.getAttribute('d') ?? '').trim().endsWith(PROMOTED_PATH_END))) return true;
  if (header && !MAY_HOLD_AD_LABEL.test(header.textContent ?? '')) return false;
  const spans = header ? queryAll(header, TABLE.headerSpan) : scope.all(TABLE.headerSpan).filter((s) => !s.closest(TABLE.tweetText));
  return spans.some(isAdLabelSpan);
}

function readRepostedBy(scope: PostScope, authorId: string): AuthorRef | undefined {
  const sc = scope.first(TABLE.socialContext);
  if (!sc) return undefined;
  const text = (sc.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (PINNED.test(text)) return undefined;
  const link = sc.closest('a[href]') ?? sc.querySelector('a[href]') ?? sc.parentElement?.querySelector('a[href]') ?? null;
  const handle = link && scope.post.contains(link) ? handleFromHref(hrefOf(link), true) : null;
  if (!handle || !REPOSTED.test(text)) return undefined;
  if (handle === authorId) return undefined; // "You reposted" your own post: still the author's post
  return { id: handle, displayName: text.replace(REPOSTED, '').trim() || handle };
}

// ------------------------------------------------------------------ adapter

function isPostRoot(el: Element): boolean {
  return matches(el, TABLE.post) || matches(el, TABLE.postFallback);
}

/** The post's text, and the real targets of its external links, read in one walk. */
function readBody(textEl: Element | null): { text: string; links: string[] } {
  const links: string[] = [];
  if (!textEl) return { text: '', links };
  const text = readTweetText(textEl, (target) => {
    if (target && !links.includes(target)) links.push(target);
  });
  return { text, links };
}

function extract(post: Element): PostSnapshot | null {
  try {
    if (!isElement(post) || !isPostRoot(post)) return null;
    const scope = new PostScope(post);
    const author = readAuthor(scope);
    if (!author) return null; // empty/recycled cell or loading placeholder
    const textEl = textElementOf(scope);
    const { text, links } = readBody(textEl);
    const key = readKey(scope) ?? fallbackPostKey(author.id, text);
    const lang = textEl?.getAttribute('lang')?.trim() || undefined;
    const header = headerRowOf(scope);
    if (header) readHeaderRows.set(post, header);
    else readHeaderRows.delete(post);
    const snapshot: PostSnapshot = {
      platform: 'x',
      key,
      author,
      text,
      links,
      isAd: readIsAd(scope, header),
    };
    if (lang) snapshot.lang = lang;
    const repostedBy = readRepostedBy(scope, author.id);
    if (repostedBy) snapshot.repostedBy = repostedBy;
    return snapshot;
  } catch (err) {
    warnOnce('x.extract', `X adapter: could not read a post (${String(err)}).`);
    return null;
  }
}

/** The first status link and the length of the first text block: either changes when a cell
 * shows another post or expands its text, neither when X re-renders counters or the header. Two
 * queries; whose they are (the post's or a quote's) does not matter for telling change. */
function fingerprint(post: Element): string | null {
  try {
    if (!isElement(post) || !isPostRoot(post)) return null;
    const href = post.querySelector(TABLE.statusLink)?.getAttribute('href');
    if (!href) return null;
    return `${href}|${post.querySelector(TABLE.tweetText)?.textContent?.length ?? -1}`;
  } catch {
    return null;
  }
}

function findPosts(root: ParentNode): Element[] {
  const out: Element[] = [];
  try {
    if (isElement(root) && isPostRoot(root)) out.push(root);
    for (const el of queryAll(root, `${TABLE.post}, ${TABLE.postFallback}`)) {
      if (!out.includes(el)) out.push(el);
    }
  } catch {
    /* never throw */
  }
  return out;
}

function postRootOf(node: Node): Element | null {
  try {
    const el = isElement(node) ? node : node?.parentElement ?? null;
    if (!el) return null;
    return el.closest(TABLE.post) ?? el.closest(TABLE.postFallback);
  } catch {
    return null;
  }
}

function badgeAnchor(post: Element): Element {
  try {
    const read = readHeaderRows.get(post);
    readHeaderRows.delete(post);
    if (read && post.contains(read)) return read;
    return headerRowOf(new PostScope(post)) ?? post;
  } catch {
    return post;
  }
}

export const xAdapter: PlatformAdapter = {
  platform: 'x',
  selectors: X_SELECTORS,
  matchesHost: (hostname: string) => HOSTS.has(hostname.toLowerCase()),
  findPosts,
  postRootOf,
  extract,
  badgeAnchor,
  fingerprint,
};
