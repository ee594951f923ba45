/** Reader for LinkedIn's legacy (Ember) feed: posts carry `data-urn="urn:li:activity:<id>"`
 * (reposts sometimes `urn:li:aggregate:(urn:li:activity:<id>,…)`), so the key is the activity id.
 * Selectors come from LINKEDIN_CSS (linkedin.ts). */
import { fallbackPostKey } from '../core/hash';
import { readText, warnOnce } from './dom';
import { LINKEDIN_CSS as S } from './linkedin';
import {
  AD_WORD_RE,
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

const ACTIVITY_RE = /urn:li:activity:(\d+)/;
const SKIP = 'button, [data-humo-ui], .visually-hidden';

export function isLegacyPost(el: Element): boolean {
  try {
    return el.matches(S.legacyPost);
  } catch {
    return false;
  }
}

/** The activity id from the root's URN, else from an inner element's data-urn. */
function activityId(post: Element): string | null {
  for (const attr of ['data-urn', 'data-id']) {
    const m = ACTIVITY_RE.exec(post.getAttribute(attr) ?? '');
    if (m?.[1]) return m[1];
  }
  for (const el of Array.from(post.querySelectorAll('[data-urn*="urn:li:activity:"]'))) {
    if (within(el, S.legacyComment, post)) continue;
    const m = ACTIVITY_RE.exec(el.getAttribute('data-urn') ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}

const inComment = (post: Element) => (el: Element) => within(el, S.legacyComment, post);
const inHeader = (post: Element) => (el: Element) => within(el, S.legacyHeaderBlock, post);

function firstOwn(post: Element, css: string, ...skip: ((el: Element) => boolean)[]): Element | null {
  for (const el of Array.from(post.querySelectorAll(css))) {
    if (!skip.some((s) => s(el))) return el;
  }
  return null;
}

function readAuthor(post: Element): AuthorRef | null {
  const actor = firstOwn(post, S.legacyActor, inComment(post), inHeader(post));
  let name = '';
  const nameEl = actor?.querySelector(S.legacyActorName) ?? null;
  if (nameEl) name = squash(readText(nameEl));
  else {
    warnOnce('linkedin:legacy:name', 'LinkedIn legacy: actor name selector found nothing; using the control menu label');
    const label = post.querySelector(S.reactControlMenu)?.getAttribute('aria-label') ?? '';
    name = POST_BY_RE.exec(label)?.[1] ?? '';
  }
  let link = actor?.querySelector(S.profileLink) ?? null;
  if (!link) {
    if (!actor) warnOnce('linkedin:legacy:actor', 'LinkedIn legacy: actor block not found; using the first profile link');
    link = firstOwn(post, S.profileLink, inComment(post), inHeader(post));
  }
  const ref = authorRef(link, name);
  if (ref && !ref.displayName) ref.displayName = squash(link ? textWithout(link, SKIP) : '') || ref.id;
  return ref;
}

function readBody(post: Element): string {
  const textEl = firstOwn(post, S.legacyText, inComment(post));
  if (textEl) {
    const ltr = textEl.querySelector('span[dir="ltr"]');
    return textWithout(ltr ?? textEl, SKIP);
  }
  warnOnce('linkedin:legacy:text', 'LinkedIn legacy: .update-components-text not found; using a fallback for the post text');
  const wrapper = firstOwn(post, S.legacyTextFallback, inComment(post));
  if (wrapper) return textWithout(wrapper, SKIP);
  const cands = Array.from(post.querySelectorAll('span[dir="ltr"]')).filter(
    (el) => !inComment(post)(el) && !inHeader(post)(el) && !within(el, S.legacyActor, post),
  );
  return longestText(cands, SKIP)?.text ?? '';
}

function readRepost(post: Element): AuthorRef | undefined {
  const header = firstOwn(post, S.legacyHeader, inComment(post));
  if (!header) return undefined;
  const m = REPOST_RE.exec(squash(readText(header)));
  if (!m?.[1]) return undefined;
  const block = header.closest(S.legacyHeaderBlock) ?? header;
  const link = header.querySelector(S.profileLink) ?? block.querySelector(S.profileLink);
  return authorRef(link, m[1]) ?? undefined;
}

/** Any text node of `el` says "Promoted" (the label and its visually-hidden copy are adjacent
 * spans, so the joined text would read "PromotedPromoted"). */
function hasAdWord(el: Element): boolean {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (AD_WORD_RE.test(squash(n.nodeValue ?? ''))) return true;
  }
  return false;
}

function readIsAd(post: Element): boolean {
  for (const sub of Array.from(post.querySelectorAll(S.legacySubDescription))) {
    if (!inComment(post)(sub) && hasAdWord(sub)) return true;
  }
  try {
    if (post.matches(S.sponsoredScope) || post.querySelector(S.sponsoredScope)) return true;
  } catch {
    // fall through
  }
  return firstOwn(post, S.leadGenForm, inComment(post)) !== null;
}

export function extractLegacy(post: Element): PostSnapshot | null {
  const author = readAuthor(post);
  const text = readBody(post);
  if (!author) {
    if (text) warnOnce('linkedin:legacy:author', 'LinkedIn legacy: no author link in a post; skipped');
    return null;
  }
  const repostedBy = readRepost(post);
  const snapshot: PostSnapshot = {
    platform: 'linkedin',
    key: activityId(post) ?? fallbackPostKey(author.id, text),
    author,
    text,
    links: bodyLinks(post, (a) => inComment(post)(a) || inHeader(post)(a) || within(a, S.legacyActor, post)),
    isAd: readIsAd(post),
  };
  if (repostedBy) snapshot.repostedBy = repostedBy;
  return snapshot;
}

export function legacyBadgeAnchor(post: Element): Element | null {
  const actor = firstOwn(post, S.legacyActor, inComment(post), inHeader(post));
  return actor?.querySelector(S.legacyActorMeta) ?? actor;
}
