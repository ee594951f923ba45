/** Facebook URLs: author ids from profile links, post ids from permalinks, unwrapped links. */
const BASE = 'https://www.facebook.com/';
/** First path segments that are Facebook sections, not profiles or pages. */
const RESERVED = new Set([
  'hashtag', 'groups', 'watch', 'marketplace', 'events', 'ads', 'business', 'help', 'permalink.php',
  'story.php', 'photo.php', 'photo', 'photos', 'l.php', 'sharer', 'sharer.php', 'share', 'reel', 'reels',
  'stories', 'friends', 'gaming', 'privacy', 'policies', 'settings', 'notifications', 'messages',
  'bookmarks', 'saved', 'memories', 'search', 'login', 'home.php', 'pages', 'people', 'profile.php',
]);

export function parseUrl(href: string): URL | null {
  try {
    return new URL(href, BASE);
  } catch {
    return null;
  }
}

export function isFacebookHost(host: string): boolean {
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

