/** Facebook (www.facebook.com) News Feed adapter.
 *
 * The post root is the feed unit (`div[role="feed"] div[aria-posinset]`), not the `role=article`
 * inside it: comments are `role=article` too, nested inside the post, and are never posts. Units
 * are emptied when far off-screen and re-filled later (same element, new inner nodes), so every
 * read starts from scratch and an empty unit reads as null.
 *
 * Every selector lives in FACEBOOK_SELECTORS; each field falls back on its own (see extract). */
import { fallbackPostKey } from '../core/hash';
import { warnOnce } from './dom';
import type { AuthorRef, PlatformAdapter, PostSnapshot, SelectorTable } from './types';

const SRC_PLATFORMS = '../shared/platforms.md Facebook';
const SRC_CMF_NEWS = 'FB Clean My Feeds src/selectors/news.js';
const SRC_CMF_SPONSORED = 'FB Clean My Feeds src/feeds/shared/sponsored.js';

const TABLE = {
  feed: { css: 'div[role="feed"]', evidence: `${SRC_PLATFORMS} (feed inside div[role="main"]); ${SRC_CMF_NEWS}`, expect: 'page' },
  unit: { css: 'div[aria-posinset]', evidence: `${SRC_PLATFORMS}; ${SRC_CMF_NEWS} (first post candidate)`, expect: 'page' },
  unitDescribed: { css: 'div[aria-describedby]', evidence: `${SRC_PLATFORMS}; ${SRC_CMF_NEWS} (second post candidate)`, expect: 'optional' },
  article: { css: 'div[role="article"]', evidence: `${SRC_PLATFORMS}; ${SRC_CMF_NEWS} (third candidate; comments are role=article too)`, expect: 'every-post' },
  comment: { css: 'div[role="article"] div[role="article"]', evidence: `${SRC_PLATFORMS} (comments are role=article nested inside the post)`, expect: 'some-posts' },
  header: { css: 'h4', evidence: `${SRC_PLATFORMS} (post header h4)`, expect: 'every-post' },
  authorLink: { css: 'h4 a[href]', evidence: `${SRC_PLATFORMS} (h4 links to the profile or page)`, expect: 'every-post' },
  authorName: { css: 'h4 a strong span', evidence: `${SRC_PLATFORMS} (name in a strong span)`, expect: 'every-post' },
  permalink: {
    css: 'a[href*="/posts/"], a[href*="story_fbid="], a[href*="/permalink/"]',
    evidence: `${SRC_PLATFORMS}; FB permalink forms /<page>/posts/<id>, permalink.php?story_fbid=, /groups/<g>/permalink/<id>/`,
    expect: 'every-post',
  },
  message: { css: '[data-ad-rendering-role="story_message"]', evidence: `${SRC_PLATFORMS} (on ordinary posts too)`, expect: 'every-post' },
  messagePreview: { css: '[data-ad-preview="message"]', evidence: `${SRC_PLATFORMS} (second text selector)`, expect: 'every-post' },
  paragraph: { css: 'div[dir="auto"]', evidence: `${SRC_PLATFORMS} (message paragraphs; also the last-resort text fallback)`, expect: 'every-post' },
  seeMore: { css: '[data-ad-preview="message"] div[role="button"]', evidence: `${SRC_PLATFORMS} ("See more" expands in place)`, expect: 'some-posts' },
  adAbout: { css: 'a[href*="/ads/about/"]', evidence: `${SRC_PLATFORMS}; ${SRC_CMF_SPONSORED} (reliable ad signal)`, expect: 'some-posts' },
  paidPartnership: { css: 'a[href^="/business/help/"]', evidence: `${SRC_PLATFORMS}; ${SRC_CMF_SPONSORED} (paid partnership)`, expect: 'optional' },
  outboundLink: { css: 'a[href*="l.facebook.com/l.php"]', evidence: 'FB wraps outbound links in l.facebook.com/l.php?u=<target>', expect: 'some-posts' },
} as const satisfies SelectorTable;

export const FACEBOOK_SELECTORS: SelectorTable = TABLE;

const HOSTS = new Set(['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com']);
const BASE = 'https://www.facebook.com/';
/** The Sponsored label as users see it, in the languages Humo supports. */
const AD_LABELS = new Set(['sponsored', 'patrocinado', 'publicidad', 'ad']);
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** First path segments that are Facebook sections, not profiles or pages. */
const RESERVED = new Set([
  'hashtag', 'groups', 'watch', 'marketplace', 'events', 'ads', 'business', 'help', 'permalink.php',
  'story.php', 'photo.php', 'photo', 'photos', 'l.php', 'sharer', 'sharer.php', 'share', 'reel', 'reels',
  'stories', 'friends', 'gaming', 'privacy', 'policies', 'settings', 'notifications', 'messages',
  'bookmarks', 'saved', 'memories', 'search', 'login', 'home.php', 'pages', 'people', 'profile.php',
]);

// ------------------------------------------------------------------ small DOM utilities

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

function matches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

function queryAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

/** `el` belongs to `scope` itself, not to a comment (a role=article nested inside it). */
function ownedBy(el: Element, scope: Element): boolean {
  const art = el.closest(TABLE.article.css);
  return art === null || art === scope || !scope.contains(art);
}

function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
}

// ------------------------------------------------------------------ post roots

function feedOf(el: Element): Element | null {
  return el.closest(TABLE.feed.css);
}

function postRootOfElement(el: Element): Element | null {
  // 1. the feed unit carrying aria-posinset (outermost, should they ever nest)
  let unit: Element | null = null;
  for (let cur: Element | null = el.closest(TABLE.unit.css); cur; cur = cur.parentElement?.closest(TABLE.unit.css) ?? null) {
    unit = cur;
  }
  if (unit) return unit;
  // 2. the outermost aria-describedby element inside the feed that holds a post article
  const feed = feedOf(el);
  if (feed) {
    let best: Element | null = null;
    for (let cur: Element | null = el; cur && cur !== feed; cur = cur.parentElement) {
      if (matches(cur, TABLE.unitDescribed.css) && (matches(cur, TABLE.article.css) || cur.querySelector(TABLE.article.css))) {
        best = cur;
      }
    }
    if (best) return best;
  }
  // 3. the outermost role=article (a nested one is a comment)
  let art: Element | null = null;
  for (let cur: Element | null = el.closest(TABLE.article.css); cur; cur = cur.parentElement?.closest(TABLE.article.css) ?? null) {
    art = cur;
  }
  return art;
}

function findPostsIn(root: ParentNode): Element[] {
  const seen = new Set<Element>();
  const out: Element[] = [];
  for (const css of [TABLE.unit.css, TABLE.unitDescribed.css, TABLE.article.css]) {
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

// ------------------------------------------------------------------ ids and links

function parseUrl(href: string): URL | null {
  try {
    return new URL(href, BASE);
  } catch {
    return null;
  }
}

function isFacebookHost(host: string): boolean {
  return host === 'facebook.com' || host.endsWith('.facebook.com') || host === 'fb.com' || host.endsWith('.fb.com');
}

/** Stable author id from a profile/page link: the lower-cased vanity slug, or the numeric id of
 * /profile.php?id=<n>, /groups/<g>/user/<n>/ and /people/<Name>/<n>/ links. */
export function authorIdFromHref(href: string): string | null {
  const u = parseUrl(href);
  if (!u || !isFacebookHost(u.hostname)) return null;
  const segs = u.pathname.split('/').filter(Boolean);
  const first = (segs[0] ?? '').toLowerCase();
  if (first === 'profile.php') {
    const id = u.searchParams.get('id');
    return id && /^\d+$/.test(id) ? id : null;
  }
  if (first === 'groups') return segs[2] === 'user' && segs[3] ? segs[3].toLowerCase() : null;
  if (first === 'people' || first === 'pages') return segs[2] && /^\d+$/.test(segs[2]) ? segs[2] : null;
  if (!first || RESERVED.has(first) || first.includes('.php')) return null;
  return decodeURIComponent(first).toLowerCase();
}

/** The post id in a permalink, or null. */
export function postIdFromHref(href: string): string | null {
  const u = parseUrl(href);
  if (!u || !isFacebookHost(u.hostname)) return null;
  const story = u.searchParams.get('story_fbid');
  if (story && /^[\w-]+$/.test(story)) return story;
  const m = /\/(?:posts|permalink)\/([\w-]+)/.exec(u.pathname);
  return m?.[1] ?? null;
}

/** The real target of a link: l.facebook.com/l.php?u=<target> unwrapped, fbclid removed. */
export function unwrapLink(href: string): string | null {
  let u = parseUrl(href);
  if (!u) return null;
  if (/^l[m]?\.facebook\.com$/.test(u.hostname) && u.pathname === '/l.php') {
    const target = u.searchParams.get('u');
    u = target ? parseUrl(target) : null;
    if (!u) return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.searchParams.delete('fbclid');
  return u.href;
}

// ------------------------------------------------------------------ rendered label reading

type StyleOf = (el: Element, pseudo?: string) => CSSStyleDeclaration | null;

function styleReader(el: Element): StyleOf {
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return () => null;
  return (e, pseudo) => {
    try {
      return view.getComputedStyle(e, pseudo ?? null);
    } catch {
      return null;
    }
  };
}

/** Does the document lay out (a real browser) or not (happy-dom, jsdom)? */
function hasLayout(el: Element): boolean {
  try {
    const html = el.ownerDocument?.documentElement;
    return !!html && html.getBoundingClientRect().width > 0;
  } catch {
    return false;
  }
}

function px(value: string | undefined): number {
  const n = parseFloat(value ?? '');
  return Number.isFinite(n) ? n : NaN;
}

/** The text a CSS `content` value paints: quoted strings and attr(x), nothing for none/normal. */
function pseudoText(content: string, el: Element): string {
  let out = '';
  for (const m of content.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([\w-]+)\s*\)/g)) {
    if (m[3]) out += el.getAttribute(m[3]) ?? '';
    else out += (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1');
  }
  return out;
}

/** Reconstructs a label as it is rendered: flex children in CSS `order`, hidden decoys skipped
 * (display:none, visibility:hidden, opacity 0, zero font size, far off-screen, zero size),
 * ::before/::after content (data-content) included, zero-width characters removed. Never
 * trusts raw textContent. Works without layout (inline styles and stylesheet rules as far as
 * the DOM implementation computes them); with layout also checks boxes. */
export function readRenderedLabel(el: Element): string {
  const styleOf = styleReader(el);
  const layout = hasLayout(el);
  let origin: DOMRect | null = null;
  if (layout) {
    try {
      origin = el.getBoundingClientRect();
    } catch {
      origin = null;
    }
  }

  const hidden = (e: Element, st: CSSStyleDeclaration | null): boolean => {
    if (e.hasAttribute('hidden')) return true;
    if (st) {
      if (st.display === 'none' || st.visibility === 'hidden' || st.visibility === 'collapse') return true;
      if (st.opacity !== '' && px(st.opacity) === 0) return true;
      if (px(st.fontSize) === 0) return true;
      if (st.position === 'absolute' || st.position === 'fixed') {
        if ([st.left, st.top, st.right].some((v) => px(v) <= -999)) return true;
      }
    }
    if (layout && origin && st?.display !== 'contents') {
      try {
        const r = e.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) return true;
        const far = 1000;
        if (r.right < origin.left - far || r.left > origin.right + far || r.bottom < origin.top - far || r.top > origin.bottom + far) return true;
      } catch {
        /* no box: keep it */
      }
    }
    return false;
  };

  const pseudo = (e: Element, which: '::before' | '::after'): string => {
    const content = styleOf(e, which)?.content ?? '';
    if (content && content !== 'none' && content !== 'normal') {
      const text = pseudoText(content, e);
      if (text) return text;
    }
    // Without pseudo-element support, an empty element carrying data-content is painted by a
    // `::before { content: attr(data-content) }` rule: read the attribute.
    if (which === '::before' && !layout && e.hasAttribute('data-content') && !e.textContent) {
      return e.getAttribute('data-content') ?? '';
    }
    return '';
  };

  const render = (node: Node): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    if (!isElement(node)) return '';
    const tag = node.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template' || node.hasAttribute('data-humo-ui')) return '';
    const st = styleOf(node);
    if (node !== el && hidden(node, st)) return '';
    let kids = Array.from(node.childNodes);
    const display = st?.display ?? '';
    if (display.includes('flex') || display.includes('grid')) {
      const orderOf = (n: Node): number => {
        if (!isElement(n)) return 0;
        const o = px(styleOf(n)?.order);
        return Number.isFinite(o) ? o : 0;
      };
      kids = kids.map((n, i) => ({ n, i, o: orderOf(n) })).toSorted((a, b) => a.o - b.o || a.i - b.i).map((x) => x.n);
    }
    if (tag === 'svg' || tag === 'text' || tag === 'tspan' || tag === 'g') {
      return kids.map(render).join('');
    }
    return pseudo(node, '::before') + kids.map(render).join('') + pseudo(node, '::after');
  };

  try {
    return render(el).replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
  } catch {
    return '';
  }
}

/** Is this rendered text an ad label (alone or as one item of the "·"-separated sub line)? */
export function isAdLabel(rendered: string): boolean {
  const clean = rendered.replace(ZERO_WIDTH, '').toLowerCase();
  if (AD_LABELS.has(clean.replace(/\s+/g, ''))) return true;
  return clean.split(/[\s·•|]+/).some((tok) => AD_LABELS.has(tok));
}

// ------------------------------------------------------------------ text

/** Message text: text nodes, <br> and emoji <img alt>, without "See more" controls (role=button)
 * or our own UI. */
function readMessage(el: Element): { text: string; cut: boolean } {
  let out = '';
  let cut = false;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (isElement(child)) {
        const tag = child.tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || child.hasAttribute('data-humo-ui')) continue;
        if (child.getAttribute('role') === 'button') {
          cut = true;
          continue;
        }
        if (tag === 'IMG') out += child.getAttribute('alt') ?? '';
        else if (tag === 'BR') out += '\n';
        else walk(child);
      }
    }
  };
  walk(el);
  // Zero-width joiners belong to emoji sequences: message text is kept as written.
  let text = out.trim();
  if (cut) text = text.replace(/\s*(?:…|\.\.\.)$/u, '');
  return { text, cut };
}

function paragraphsText(container: Element, scope: Element): string {
  const paras = outermost(queryAll(container, TABLE.paragraph.css).filter((p) => ownedBy(p, scope)));
  if (paras.length === 0) return readMessage(container).text;
  return paras
    .map((p) => readMessage(p).text)
    .filter(Boolean)
    .join('\n\n');
}

function messageText(textScope: Element, scope: Element, headerBoxes: Element[]): string {
  const owned = (css: string): Element[] => outermost(queryAll(textScope, css).filter((e) => ownedBy(e, scope)));
  const primary = owned(TABLE.message.css);
  if (primary.length) return primary.map((m) => paragraphsText(m, scope)).filter(Boolean).join('\n\n');
  const preview = owned(TABLE.messagePreview.css);
  if (preview.length) {
    warnOnce('facebook.story_message', `Facebook: ${TABLE.message.css} matched nothing; reading ${TABLE.messagePreview.css} instead`);
    return preview.map((m) => paragraphsText(m, scope)).filter(Boolean).join('\n\n');
  }
  // Last resort: the post's own dir=auto paragraphs outside the header, controls and comments.
  const paras = outermost(
    queryAll(textScope, TABLE.paragraph.css).filter(
      (p) => ownedBy(p, scope) && !p.closest('h4, [role="button"]') && !headerBoxes.some((h) => h.contains(p)),
    ),
  );
  const text = paras
    .map((p) => readMessage(p).text)
    .filter(Boolean)
    .join('\n\n');
  if (text) warnOnce('facebook.message-fallback', 'Facebook: no message container matched; reading div[dir="auto"] paragraphs instead');
  return text;
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
    if (queryAll(box, TABLE.permalink.css).some((a) => postIdFromHref(a.getAttribute('href') ?? ''))) return box;
    if (!box.parentElement || !scope.contains(box.parentElement)) break;
    box = box.parentElement;
  }
  return best;
}

function permalinkId(container: Element, scope: Element): string | null {
  for (const a of queryAll(container, TABLE.permalink.css)) {
    if (!ownedBy(a, scope)) continue;
    const id = postIdFromHref(a.getAttribute('href') ?? '');
    if (id) return id;
  }
  return null;
}

function isSponsored(post: Element, scope: Element, header: Element | null, h4: Element | null): boolean {
  const reliable = [...queryAll(post, TABLE.adAbout.css), ...queryAll(post, TABLE.paidPartnership.css)];
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
  const scope = matches(post, TABLE.article.css) ? post : post.querySelector(TABLE.article.css) ?? post;
  const headings = queryAll(scope, TABLE.header.css).filter((h) => ownedBy(h, scope));
  if (headings.length === 0) {
    // An emptied (recycled) unit or a loading placeholder: not a post yet.
    if (scope !== post || post.querySelector(TABLE.message.css)) {
      warnOnce('facebook.header', `Facebook: post without ${TABLE.header.css} header; skipped`);
    }
    return null;
  }
  const first = headings[0] as Element;
  const shared = headings.length >= 2 ? (headings[1] as Element) : null;
  const firstAuthor = authorFromHeading(first);
  if (!firstAuthor) {
    warnOnce('facebook.author', `Facebook: no profile link in ${TABLE.header.css}; skipped`);
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
  if (!id) warnOnce('facebook.permalink', `Facebook: no permalink (${TABLE.permalink.css}); using a text hash as key`);

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
      const scope = matches(post, TABLE.article.css) ? post : post.querySelector(TABLE.article.css) ?? post;
      const h4 = queryAll(scope, TABLE.header.css).find((h) => ownedBy(h, scope));
      return h4?.parentElement ?? post;
    } catch {
      return post;
    }
  },
};
