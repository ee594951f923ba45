/** Helpers shared by the two LinkedIn DOM readers (no selectors here: they live in linkedin.ts). */
import { matchesSafe, readText } from './dom';
import type { AuthorRef } from './types';

const BASE = 'https://www.linkedin.com/';

/** "Promoted" as LinkedIn shows it on ads, in the languages Humo supports. "Suggested" /
 * "Sugerencia" is not an ad. */
export const AD_WORDS = new Set(['promoted', 'promocionado', 'promocionada', 'publicidad']);
export const AD_WORD_RE = /(?:^|[\s•·])(promoted|promocionad[oa])(?:$|[\s•·])/i;

/** The "why you see this" header of a repost, capturing the reposter's name. "X likes this",
 * "X commented on this", "Suggested" do not match. */
export const REPOST_RE = /^(.+?)\s+(?:reposted this|reposted|ha compartido esto|ha republicado esto|compartió esto|republicó esto)\s*$/i;

/** Name from "Open control menu for post by <Name>" / "Hide post by <Name>" (and Spanish). */
export const POST_BY_RE = /(?:post by|publicación de)\s+(.+?)\s*$/i;

export function parseUrl(href: string): URL | null {
  try {
    return new URL(href, BASE);
  } catch {
    return null;
  }
}

/** "in:<slug>" / "company:<slug>" from a profile or company page link, lower-cased. */
export function profileFromHref(href: string | null): { id: string; kind: 'person' | 'page' } | null {
  if (!href) return null;
  const u = parseUrl(href);
  if (!u || !/(^|\.)linkedin\.com$/i.test(u.hostname)) return null;
  const m = /^\/(in|company)\/([^/?#]+)/i.exec(u.pathname);
  if (!m?.[1] || !m[2]) return null;
  let slug = m[2];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // keep the raw slug
  }
  const kind = m[1].toLowerCase() === 'in' ? 'person' : 'page';
  return { id: `${kind === 'person' ? 'in' : 'company'}:${slug.toLowerCase()}`, kind };
}

export function authorRef(link: Element | null, displayName: string): AuthorRef | null {
  const profile = profileFromHref(link?.getAttribute('href') ?? null);
  if (profile) return { id: profile.id, displayName, kind: profile.kind };
  return null;
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** readText without the elements matching `skip` (the "…more" control, buttons). */
export function textWithout(el: Element, skip: string): string {
  let hasSkip = false;
  try {
    hasSkip = el.querySelector(skip) !== null;
  } catch {
    hasSkip = false;
  }
  if (!hasSkip) return readText(el);
  // Skipped during the walk: cloning the post's text to remove them cost more than reading it.
  return readText(el, { skip: (e) => matchesSafe(e, skip) });
}

/** `el` lies inside an element matching `css` that is itself inside `scope` (e.g. a comment). */
export function within(el: Element, css: string, scope: Element): boolean {
  try {
    const hit = el.closest(css);
    return hit !== null && hit !== scope && scope.contains(hit);
  } catch {
    return false;
  }
}

/** Links a reader of the post would follow: body links and cards, minus profile, hashtag and
 * in-app links (lead-gen form links are kept: they are an ad's call to action). */
export function bodyLinks(post: Element, exclude: (a: Element) => boolean): string[] {
  const out = new Set<string>();
  for (const a of Array.from(post.querySelectorAll('a[href]'))) {
    if (exclude(a)) continue;
    const u = parseUrl(a.getAttribute('href') ?? '');
    if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) continue;
    const onSite = /(^|\.)linkedin\.com$/i.test(u.hostname);
    if (onSite && !/leadGenForm/i.test(u.href)) continue;
    out.add(u.href);
  }
  return [...out];
}

/** The element among `cands` with the longest text (used when the text selector broke). */
export function longestText(cands: readonly Element[], skip: string): { el: Element; text: string } | null {
  let best: { el: Element; text: string } | null = null;
  for (const el of cands) {
    const text = textWithout(el, skip);
    if (!best || text.length > best.text.length) best = { el, text };
  }
  return best && best.text ? best : null;
}
