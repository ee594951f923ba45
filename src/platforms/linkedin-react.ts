/** Reader for LinkedIn's new (React) feed: hashed class names (never selected on), no post id,
 * posts mounted lazily. The author's name is only in the "Open control menu for post by <Name>"
 * label, the identity only in the profile link; the key is fallbackPostKey(authorId, text), whose
 * 80-character prefix keeps it stable when "…more" expands the text.
 *
 * Structure (class-free): the post's direct children are, in order, optional context headers
 * (repost / suggested / likes), the actor row (holds the control menu button), the text, cards,
 * social bar, comments (`article`). Selectors come from LINKEDIN_CSS (linkedin.ts). */
import { fallbackPostKey } from '../core/hash';
import { readText, warnOnce } from './dom';
import { LINKEDIN_CSS as S } from './linkedin';
import {
  AD_WORDS,
  POST_BY_RE,
  REPOST_RE,
  authorRef,
  bodyLinks,
  longestText,
  squash,
  textWithout,
  within,
} from './linkedin-common';
import type { AuthorRef, PostSnapshot } from './types';

const SKIP = 'button, [data-humo-ui]';
/** Labels and headers are short; a long <p> is post text. */
const MAX_LABEL = 120;

export function isReactPost(el: Element): boolean {
  try {
    return el.matches(S.reactPost);
  } catch {
    return false;
  }
}

/** The direct child of `post` that contains `el`. */
function rowOf(post: Element, el: Element): Element | null {
  let cur: Element | null = el;
  while (cur && cur.parentElement !== post) cur = cur.parentElement;
  return cur;
}

interface Layout {
  actorRow: Element | null;
  headers: Element[];
  menuLabel: string;
}

function layoutOf(post: Element): Layout {
  const isComment = (el: Element) => within(el, S.reactComment, post);
  let button: Element | null = null;
  for (const css of [S.reactControlMenu, S.reactHideButton]) {
    button = Array.from(post.querySelectorAll(css)).find((b) => !isComment(b)) ?? null;
    if (button) break;
  }
  const actorRow = button ? rowOf(post, button) : null;
  const headers: Element[] = [];
  if (actorRow) {
    for (let row = post.firstElementChild; row && row !== actorRow; row = row.nextElementSibling) headers.push(row);
  }
  return { actorRow, headers, menuLabel: button?.getAttribute('aria-label') ?? '' };
}

/** The profile link that shows the name: not the (aria-hidden) avatar link. */
function nameLink(links: readonly Element[]): Element | undefined {
  const shown = links.filter((a) => squash(readText(a)) !== '');
  return shown.find((a) => a.getAttribute('aria-hidden') !== 'true') ?? shown[0];
}

function readAuthor(post: Element, lay: Layout): AuthorRef | null {
  const skip = (el: Element) => within(el, S.reactComment, post) || lay.headers.some((h) => h.contains(el));
  const links = Array.from((lay.actorRow ?? post).querySelectorAll(S.profileLink)).filter((a) => !skip(a));
  if (!links.length) return null;
  const textLink = nameLink(links);
  let name = POST_BY_RE.exec(lay.menuLabel)?.[1] ?? '';
  if (!name) {
    warnOnce('linkedin:react:name', 'LinkedIn new DOM: no "Open control menu for post by" label; name read from the profile link');
    name = squash(textLink ? readText(textLink) : '').replace(/\s*•.*$/, '');
  }
  // Prefer the link that shows the name (the avatar link has no text).
  const link = links.find((a) => name && squash(readText(a)).startsWith(name)) ?? textLink ?? links[0] ?? null;
  return authorRef(link, name);
}

function readRepost(post: Element, lay: Layout): AuthorRef | undefined {
  for (const header of lay.headers) {
    for (const p of [header, ...Array.from(header.querySelectorAll('p'))]) {
      if (p.tagName !== 'P') continue;
      const m = REPOST_RE.exec(squash(readText(p)));
      if (!m?.[1]) continue;
      return authorRef(p.querySelector(S.profileLink) ?? header.querySelector(S.profileLink), m[1]) ?? undefined;
    }
  }
  return undefined;
}

function readBody(post: Element, lay: Layout): { text: string; box: Element | null } {
  const isComment = (el: Element) => within(el, S.reactComment, post);
  const box = Array.from(post.querySelectorAll(S.reactText)).find((el) => !isComment(el)) ?? null;
  if (box) return { text: textWithout(box, SKIP), box };
  if (!post.querySelector(S.profileLink)) return { text: '', box: null };
  warnOnce('linkedin:react:text', 'LinkedIn new DOM: [data-testid="expandable-text-box"] not found; using the longest paragraph as post text');
  const cands = Array.from(post.querySelectorAll('p, span[dir]')).filter(
    (el) =>
      !isComment(el) &&
      !el.closest('a') &&
      !lay.headers.some((h) => h.contains(el)) &&
      !(lay.actorRow && lay.actorRow.contains(el)),
  );
  const best = longestText(cands, SKIP);
  return { text: best?.text ?? '', box: best?.el ?? null };
}

function readIsAd(post: Element, box: Element | null): boolean {
  const isComment = (el: Element) => within(el, S.reactComment, post);
  for (const p of Array.from(post.querySelectorAll('p'))) {
    if (isComment(p) || (box && (box.contains(p) || p.contains(box)))) continue;
    const label = squash(readText(p));
    if (label.length <= MAX_LABEL && AD_WORDS.has(label.toLowerCase())) return true;
  }
  try {
    if (post.querySelector(S.sponsoredScope)) return true;
  } catch {
    // fall through
  }
  return Array.from(post.querySelectorAll(S.leadGenForm)).some((a) => !isComment(a));
}

export function extractReact(post: Element): PostSnapshot | null {
  // An empty lazy placeholder or a skeleton: not a post (yet).
  if (!post.firstElementChild || !post.querySelector(S.profileLink)) return null;
  const lay = layoutOf(post);
  const author = readAuthor(post, lay);
  if (!author) return null;
  const { text, box } = readBody(post, lay);
  const repostedBy = readRepost(post, lay);
  const snapshot: PostSnapshot = {
    platform: 'linkedin',
    key: fallbackPostKey(author.id, text),
    author,
    text,
    links: bodyLinks(post, (a) =>
      within(a, S.reactComment, post) || lay.headers.some((h) => h.contains(a)) || Boolean(lay.actorRow?.contains(a))),
    isAd: readIsAd(post, box),
  };
  if (repostedBy) snapshot.repostedBy = repostedBy;
  return snapshot;
}

export function reactBadgeAnchor(post: Element): Element | null {
  const lay = layoutOf(post);
  if (!lay.actorRow) return null;
  const textLink = nameLink(Array.from(lay.actorRow.querySelectorAll(S.profileLink)));
  return textLink?.parentElement ?? lay.actorRow;
}
