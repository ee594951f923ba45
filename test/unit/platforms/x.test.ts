// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DemoFeed, DemoPost } from '../../../demo/types';
import { fallbackPostKey } from '../../../src/core/hash';
import { resetWarnings } from '../../../src/platforms/dom';
import { X_SELECTORS, xAdapter } from '../../../src/platforms/x';
import { X_EVIDENCE } from '../../../src/platforms/x-evidence';

const FIXTURES = 'test/fixtures/x';
const feed = JSON.parse(readFileSync('demo/x/posts.json', 'utf8')) as DemoFeed;
const byId = new Map<string, DemoPost>(feed.posts.map((p) => [p.id, p]));

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}

function byCase(doc: Document, name: string): Element {
  const el = doc.querySelector(`article[data-case="${name}"]`);
  if (!el) throw new Error(`no case ${name}`);
  return el;
}

/** The snapshot must match what the demo post says (the fixtures were captured from the demo). */
function expectMatchesDemo(post: Element, opts: { truncated?: boolean } = {}): void {
  const snap = xAdapter.extract(post);
  expect(snap).not.toBeNull();
  const truth = byId.get(snap!.key);
  expect(truth, `post ${snap!.key} is in posts.json`).toBeDefined();
  expect(snap!.platform).toBe('x');
  expect(snap!.author.id).toBe(truth!.author.id);
  expect(snap!.author.displayName).toBe(truth!.author.name);
  if (opts.truncated) {
    expect(truth!.text.startsWith(snap!.text)).toBe(true);
    expect(snap!.text.length).toBeLessThan(truth!.text.length);
  } else {
    expect(snap!.text).toBe(truth!.text);
  }
  expect(snap!.lang).toBe(truth!.lang);
  expect(snap!.isAd).toBe(Boolean(truth!.ad));
  expect(snap!.repostedBy?.id).toBe(truth!.repostedBy?.id);
  if (!opts.truncated) expect(snap!.links).toEqual((truth!.links ?? []).map((l) => l.href));
}

describe('xAdapter basics', () => {
  it('owns x.com, twitter.com and mobile.x.com only', () => {
    for (const host of ['x.com', 'twitter.com', 'mobile.x.com', 'X.COM']) expect(xAdapter.matchesHost(host), host).toBe(true);
    for (const host of ['notx.com', 'x.com.evil.net', 'www.facebook.com', 'linkedin.com']) expect(xAdapter.matchesHost(host), host).toBe(false);
  });

  it('has a selector table at the top with evidence and an expectation for every entry', () => {
    expect(xAdapter.selectors).toBe(X_SELECTORS);
    expect(Object.keys(X_EVIDENCE).toSorted()).toEqual(Object.keys(X_SELECTORS).toSorted());
    for (const [name, css] of Object.entries(X_SELECTORS)) {
      const note = X_EVIDENCE[name as keyof typeof X_EVIDENCE];
      expect(note.evidence, name).toMatch(/\w{4,}/);
      expect(['every-post', 'some-posts', 'page', 'optional']).toContain(note.expect);
      expect(() => document.querySelector(css), name).not.toThrow();
    }
  });
});

describe('extraction from captured articles', () => {
  it('reads ordinary posts: status id, handle, display name, text with real URLs, lang, links', () => {
    const doc = load('normal.html');
    const posts = xAdapter.findPosts(doc);
    expect(posts).toHaveLength(3);
    for (const post of posts) expectMatchesDemo(post);
    const pinned = xAdapter.extract(posts[0]!)!;
    expect(pinned.repostedBy).toBeUndefined(); // "Pinned" is a social context, not a repost
    expect(pinned.links).toEqual(['https://marcushale.com/start']);
    // t.co wrapping is undone: no t.co link reported
    for (const post of posts) expect(xAdapter.extract(post)!.links.some((l) => l.includes('t.co/'))).toBe(false);
  });

  it('credits reposts to the original author and names the reposter from the socialContext link', () => {
    const doc = load('repost.html');
    const posts = xAdapter.findPosts(doc);
    expect(posts).toHaveLength(2);
    for (const post of posts) expectMatchesDemo(post);
    const [en, es] = posts.map((p) => xAdapter.extract(p)!);
    expect(en!.author.id).toBe('ingrid_codes');
    expect(en!.repostedBy).toEqual({ id: 'sarahbuilds', displayName: 'Sarah Lin' });
    expect(es!.repostedBy?.id).toBe('dev_pablom');
  });

  it('keeps the quoted post out of the quoting post, and never treats it as a post', () => {
    const doc = load('quote.html');
    const posts = xAdapter.findPosts(doc);
    expect(posts).toHaveLength(2);
    for (const post of posts) {
      expectMatchesDemo(post);
      const snap = xAdapter.extract(post)!;
      const truth = byId.get(snap.key)!;
      expect(snap.text).not.toContain(truth.quote!.text.slice(0, 20));
      expect(snap.author.id).not.toBe(truth.quote!.author.id);
      // A node inside the quoted block maps to the quoting article.
      const quotedText = post.querySelector('div[role="link"] [data-testid="tweetText"]')!;
      expect(xAdapter.postRootOf(quotedText.firstChild!)).toBe(post);
    }
  });

  it('detects ads by wrapper, by promoted icon path alone, and by a localised label alone', () => {
    const doc = load('ad.html');
    const posts = xAdapter.findPosts(doc);
    expect(posts).toHaveLength(4);
    expectMatchesDemo(posts[0]!);
    expectMatchesDemo(posts[1]!);
    for (const post of posts) expect(xAdapter.extract(post)!.isAd).toBe(true);
    // No time link on ads: the key still comes from the analytics status link.
    expect(posts[0]!.querySelector('a[href*="/status/"] > time')).toBeNull();
    expect(xAdapter.extract(posts[2]!)!.key).toBe('1854996890570377099');
    // Ordinary posts are not ads.
    for (const post of xAdapter.findPosts(load('normal.html'))) expect(xAdapter.extract(post)!.isAd).toBe(false);
  });

  it('reads a truncated post, and the longer text with the same key after "Show more"', () => {
    const doc = load('show-more.html');
    const [post] = xAdapter.findPosts(doc);
    expect(post!.querySelector(X_SELECTORS.showMore!)).not.toBeNull();
    expectMatchesDemo(post!, { truncated: true });
    const before = xAdapter.extract(post!)!;
    const truth = byId.get(before.key)!;
    // Expand in place as the page does: the text element gets the full text.
    const textEl = post!.querySelector('[data-testid="tweetText"]')!;
    const url = truth.links![0]!.href;
    textEl.textContent = truth.text.slice(0, truth.text.indexOf(url));
    const a = textEl.ownerDocument.createElement('a');
    a.setAttribute('href', 'https://t.co/Zx81Lm0Qp2');
    a.textContent = url.replace(/^https:\/\//, '').slice(0, 23);
    const hidden = textEl.ownerDocument.createElement('span');
    hidden.textContent = 'https://';
    a.prepend(hidden);
    const rest = textEl.ownerDocument.createElement('span');
    rest.textContent = url.replace(/^https:\/\//, '').slice(23);
    a.append(rest, '…');
    textEl.append(a);
    const after = xAdapter.extract(post!)!;
    expect(after.key).toBe(before.key);
    expect(after.text).toBe(truth.text);
    expect(after.links).toEqual(['https://diarioabierto.es/sociedad/ayudas-alquiler-joven']);
  });

  it('re-reads a reused article in place (no per-element caching)', () => {
    const doc = load('normal.html');
    const post = xAdapter.findPosts(doc)[1]!;
    const first = xAdapter.extract(post)!;
    // Recycle: same article, another post.
    post.querySelector('[data-testid^="UserAvatar-Container-"]')!.setAttribute('data-testid', 'UserAvatar-Container-birdnerd_em');
    for (const a of post.querySelectorAll(`[data-testid="User-Name"] a`)) {
      const href = a.getAttribute('href')!;
      a.setAttribute('href', href.replace(/^\/[^/]+/, '/birdnerd_em').replace(/status\/\d+/, 'status/1850000000000000777'));
    }
    post.querySelector('[data-testid="User-Name"] a span')!.textContent = 'Emma Holt';
    post.querySelector('[data-testid="tweetText"]')!.textContent = 'Goldcrest at the feeder!';
    const second = xAdapter.extract(post)!;
    expect(second.key).toBe('1850000000000000777');
    expect(second.key).not.toBe(first.key);
    expect(second.author).toEqual({ id: 'birdnerd_em', displayName: 'Emma Holt' });
    expect(second.text).toBe('Goldcrest at the feeder!');
    expect(second.links).toEqual([]);
  });
});

describe('structure helpers', () => {
  it('findPosts includes the root itself; postRootOf climbs from text nodes; badgeAnchor is the header row', () => {
    const doc = load('repost.html');
    const post = xAdapter.findPosts(doc)[0]!;
    expect(xAdapter.findPosts(post)).toEqual([post]);
    const cell = post.closest('[data-testid="cellInnerDiv"]')!;
    expect(xAdapter.findPosts(cell)).toEqual([post]);
    const textNode = post.querySelector('[data-testid="tweetText"] span')!.firstChild!;
    expect(xAdapter.postRootOf(textNode)).toBe(post);
    expect(xAdapter.postRootOf(doc.body)).toBeNull();
    const anchor = xAdapter.badgeAnchor(post);
    expect(anchor.contains(post.querySelector('[data-testid="User-Name"]'))).toBe(true);
    expect(anchor).toBe(post.querySelector('[data-testid="User-Name"]')!.parentElement);
    expect(post.contains(anchor)).toBe(true);
  });

  it('badgeAnchor after a read is the header row the read found, and never a row the post lost since', () => {
    const doc = load('normal.html');
    const post = xAdapter.findPosts(doc)[0]!;
    const row = post.querySelector('[data-testid="User-Name"]')!.parentElement!;
    expect(xAdapter.extract(post)).not.toBeNull();
    expect(xAdapter.badgeAnchor(post)).toBe(row);
    // The site re-rendered the header: a new row holds the author block, the old one is gone.
    expect(xAdapter.extract(post)).not.toBeNull();
    const fresh = doc.createElement('div');
    row.replaceWith(fresh);
    fresh.append(...row.childNodes);
    expect(xAdapter.badgeAnchor(post)).toBe(fresh);
  });
});

describe('malformed and half-rendered cells', () => {
  const doc = load('malformed.html');

  it('skips empty cells and returns null for placeholders', () => {
    const empty = doc.querySelector('[data-testid="cellInnerDiv"]')!;
    expect(xAdapter.findPosts(empty)).toEqual([]);
    expect(xAdapter.extract(empty)).toBeNull();
    expect(xAdapter.extract(byCase(doc, 'placeholder'))).toBeNull();
    expect(xAdapter.badgeAnchor(byCase(doc, 'placeholder'))).toBe(byCase(doc, 'placeholder'));
  });

  it('falls back to the avatar testid for the author when User-Name is missing', () => {
    const snap = xAdapter.extract(byCase(doc, 'no-user-name'))!;
    expect(snap.author.id).toBe('night_owl_42');
    expect(snap.key).toBe('1850000000000000001');
    expect(snap.text).toBe('Header failed to render but the avatar still knows who I am.');
  });

  it('keys a post without any status link by author + text', () => {
    const snap = xAdapter.extract(byCase(doc, 'no-status-links'))!;
    expect(snap.author).toEqual({ id: 'quietposter', displayName: 'Quiet Poster' });
    expect(snap.key).toBe(fallbackPostKey('quietposter', snap.text));
    expect(snap.lang).toBe('es');
  });

  it('ignores reserved paths, javascript: and unparsable links', () => {
    const snap = xAdapter.extract(byCase(doc, 'bad-hrefs'))!;
    expect(snap.author.id).toBe('weird_one');
    expect(snap.key).toBe(fallbackPostKey('weird_one', snap.text));
    expect(snap.links).toEqual(['https://example.org/real']);
  });

  it('does not read a quoted block as the post itself', () => {
    expect(xAdapter.extract(byCase(doc, 'only-quote'))).toBeNull();
  });

  it('never throws, on any element of any fixture', () => {
    const docs = ['normal.html', 'repost.html', 'quote.html', 'ad.html', 'show-more.html', 'malformed.html'].map(load);
    for (const d of docs) {
      for (const el of d.querySelectorAll('*')) {
        expect(() => xAdapter.extract(el)).not.toThrow();
        expect(() => xAdapter.postRootOf(el)).not.toThrow();
        expect(() => xAdapter.badgeAnchor(el)).not.toThrow();
        expect(() => xAdapter.findPosts(el)).not.toThrow();
      }
    }
    const detached = document.createElement('article');
    detached.setAttribute('data-testid', 'tweet');
    expect(xAdapter.extract(detached)).toBeNull();
    expect(xAdapter.postRootOf(document.createTextNode('orphan'))).toBeNull();
  });
});

describe('breakage drill: the tweetText testid disappears', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    resetWarnings();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('still reads every text through the lang fallback and warns exactly once for N posts', () => {
    const docs = ['normal.html', 'repost.html', 'quote.html', 'ad.html'].map(load);
    const posts = docs.flatMap((d) => xAdapter.findPosts(d));
    const intact = posts.map((p) => xAdapter.extract(p)!);
    expect(warn).not.toHaveBeenCalled();
    for (const d of docs) for (const el of d.querySelectorAll('[data-testid="tweetText"]')) el.removeAttribute('data-testid');
    expect(posts.length).toBeGreaterThanOrEqual(10);
    const broken = posts.map((p) => xAdapter.extract(p));
    broken.forEach((snap, i) => {
      expect(snap).not.toBeNull();
      expect(snap!.text).toBe(intact[i]!.text);
      expect(snap!.key).toBe(intact[i]!.key);
      expect(snap!.links).toEqual(intact[i]!.links);
      expect(snap!.lang).toBe(intact[i]!.lang);
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('tweetText');
  });
});
