/** X links and ids: real targets of t.co links, handles from profile paths, status ids. */
import { readText } from './dom';

export const HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);
const BASE = 'https://x.com/';
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
/** First path segments that are X sections, not profiles. */
const RESERVED = new Set(['home', 'explore', 'search', 'notifications', 'messages', 'i', 'hashtag', 'settings', 'compose', 'intent', 'share']);

export function hrefOf(a: Element): string {
  return a.getAttribute('href') ?? '';
}

/** A link that leaves X (t.co or absolute), not a mention/hashtag/profile link. */
export function isExternal(a: Element): boolean {
  const href = hrefOf(a).trim();
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return false;
  if (href.startsWith('/') && !href.startsWith('//')) return false;
  try {
    const url = new URL(href, BASE);
    return !HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

const URLISH = /^https?:\/\/[^\s]+$/i;

/** X wraps links as https://t.co/...; the real URL is in the title (some versions) or in the
 * link's text (scheme and tail in hidden spans, then a visible "…"). */
export function realTarget(a: Element): string {
  const title = (a.getAttribute('title') ?? '').trim();
  if (URLISH.test(title)) return title;
  const text = (a.textContent ?? '').replace(/\s+/g, '').replace(/…$/, '');
  if (URLISH.test(text)) return text;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(text) && !text.endsWith('…')) return `https://${text}`;
  try {
    return new URL(hrefOf(a), BASE).href;
  } catch {
    return hrefOf(a);
  }
}

/** A root-relative path of word characters and slashes: what URL parsing against x.com would
 * give back unchanged, so profile links (most links in a post) skip the parser. */
const SIMPLE_PATH = /^\/(?!\/)[\w/]*$/;

/** The path of an x.com URL, or null for another host or an unparsable href. */
function pathOnX(href: string): string | null {
  try {
    const url = new URL(href, BASE);
    return HOSTS.has(url.hostname) ? url.pathname : null;
  } catch {
    return null;
  }
}

/** "/<handle>" or "/<handle>/..." → lower-cased handle, or null for X's own sections. Empty
 * segments ("//") are skipped. Read in place, without splitting: it runs for every profile link
 * of every post. */
export function handleFromHref(href: string, exact: boolean): string | null {
  const path = SIMPLE_PATH.test(href) ? href : pathOnX(href);
  if (path === null) return null;
  let start = 0;
  while (path.charCodeAt(start) === 47) start++;
  let end = path.indexOf('/', start);
  if (end < 0) end = path.length;
  if (start === end) return null; // no segment at all
  if (exact) for (let k = end; k < path.length; k++) if (path.charCodeAt(k) !== 47) return null;
  const first = path.slice(start, end);
  if (!HANDLE.test(first)) return null;
  const handle = first.toLowerCase();
  return RESERVED.has(handle) ? null : handle;
}

export function statusIdFromHref(href: string): string | null {
  const m = /\/status(?:es)?\/(\d{1,25})(?:[/?#]|$)/.exec(href);
  return m ? (m[1] ?? null) : null;
}

/** Text of the post with X's wrapped t.co links replaced by their real targets; `onLink` hears
 * each external link's target as the walk passes it (the post's links, without a second query). */
export function readTweetText(el: Element, onLink?: (target: string) => void): string {
  return readText(el, {
    linkText: (a) => {
      if (!isExternal(a)) return null;
      const target = realTarget(a);
      onLink?.(target);
      return target;
    },
  });
}
