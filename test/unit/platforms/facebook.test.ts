// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fallbackPostKey } from '../../../src/core/hash';
import { resetWarnings } from '../../../src/platforms/dom';
import {
  authorIdFromHref,
  FACEBOOK_SELECTORS,
  facebookAdapter,
  isAdLabel,
  postIdFromHref,
  readRenderedLabel,
  unwrapLink,
} from '../../../src/platforms/facebook';
import { FACEBOOK_EVIDENCE } from '../../../src/platforms/facebook-evidence';
import type { DemoFeed } from '../../../demo/types';

const label = (id: string): Element => document.querySelector(`#${id} .label`) as Element;
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

const ROOT = resolve(import.meta.dirname, '../../..');
const fixture = (name: string): string => readFileSync(join(ROOT, 'test/fixtures/facebook', name), 'utf8');

function load(name: string): void {
  document.body.innerHTML = fixture(name);
}

function unit(pos: number): Element {
  const el = document.querySelector(`div[aria-posinset="${pos}"]`);
  if (!el) throw new Error(`no unit ${pos}`);
  return el;
}

function snap(el: Element) {
  const s = facebookAdapter.extract(el);
  if (!s) throw new Error('extract returned null');
  return s;
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
  document.body.innerHTML = '';
});

describe('facebook adapter: hosts and selector table', () => {
  it('owns the Facebook hosts only', () => {
    for (const h of ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com', 'WWW.FACEBOOK.COM']) {
      expect(facebookAdapter.matchesHost(h)).toBe(true);
    }
    for (const h of ['l.facebook.com', 'x.com', 'facebook.com.evil.example', 'www.linkedin.com']) {
      expect(facebookAdapter.matchesHost(h)).toBe(false);
    }
  });

  it('documents every selector with evidence', () => {
    expect(facebookAdapter.selectors).toBe(FACEBOOK_SELECTORS);
    expect(Object.keys(FACEBOOK_EVIDENCE).toSorted()).toEqual(Object.keys(FACEBOOK_SELECTORS).toSorted());
    for (const [name, css] of Object.entries(FACEBOOK_SELECTORS)) {
      expect(css, name).not.toBe('');
      expect(FACEBOOK_EVIDENCE[name as keyof typeof FACEBOOK_EVIDENCE].evidence.length, name).toBeGreaterThan(10);
      expect(() => document.querySelector(css), name).not.toThrow();
    }
  });
});

describe('facebook adapter: helpers', () => {
  it('normalises author ids', () => {
    expect(authorIdFromHref('/RosiesBakehouse')).toBe('rosiesbakehouse');
    expect(authorIdFromHref('/rosiesbakehouse?__cft__[0]=AZ')).toBe('rosiesbakehouse');
    expect(authorIdFromHref('https://www.facebook.com/tom.okafor.73/')).toBe('tom.okafor.73');
    expect(authorIdFromHref('/profile.php?id=100072318845120&__tn__=R')).toBe('100072318845120');
    expect(authorIdFromHref('/groups/millbrookhistory/user/100081145529034/')).toBe('100081145529034');
    expect(authorIdFromHref('/people/Some-Name/100012345678901/')).toBe('100012345678901');
    expect(authorIdFromHref('/groups/millbrookhistory/')).toBeNull();
    expect(authorIdFromHref('/hashtag/millbrook')).toBeNull();
    expect(authorIdFromHref('https://example.com/rosie')).toBeNull();
    expect(authorIdFromHref('http://[bad')).toBeNull();
  });

  it('reads post ids from the three permalink forms', () => {
    expect(postIdFromHref('/rosiesbakehouse/posts/122154100000000001?__cft__[0]=AZ')).toBe('122154100000000001');
    expect(postIdFromHref('/permalink.php?story_fbid=122154100000000002&id=1000')).toBe('122154100000000002');
    expect(postIdFromHref('/groups/g/permalink/122154100000000003/')).toBe('122154100000000003');
    expect(postIdFromHref('/ads/about/?id=5')).toBeNull();
    expect(postIdFromHref('https://example.com/posts/5')).toBeNull();
  });

  it('unwraps l.facebook.com links and drops fbclid', () => {
    expect(unwrapLink('https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fa%3Fx%3D1%26fbclid%3DIwAR&h=AT1')).toBe('https://example.org/a?x=1');
    expect(unwrapLink('https://example.org/b?fbclid=IwAR')).toBe('https://example.org/b');
    expect(unwrapLink('https://l.facebook.com/l.php?h=AT1')).toBeNull();
    expect(unwrapLink('javascript:alert(1)')).toBeNull();
  });

  it('matches ad labels as whole items only', () => {
    expect(isAdLabel('Sponsored')).toBe(true);
    expect(isAdLabel('Patrocinado · 🌐')).toBe(true);
    expect(isAdLabel('Publicidad')).toBe(true);
    expect(isAdLabel('Ad·🌐')).toBe(true);
    expect(isAdLabel('Just now · 🌐')).toBe(false);
    expect(isAdLabel('Suggested for you')).toBe(false);
    expect(isAdLabel('Adrian')).toBe(false);
    expect(isAdLabel('Sponsored2h')).toBe(false);
  });
});

describe('facebook adapter: finding posts', () => {
  it('finds feed units, never comments or other feed children', () => {
    load('post.html');
    const posts = facebookAdapter.findPosts(document);
    expect(posts.map((p) => p.getAttribute('aria-posinset'))).toEqual(['1', '2', '3', '4']);
    load('comments.html');
    expect(facebookAdapter.findPosts(document)).toEqual([unit(12)]);
  });

  it('includes the root itself and nothing for a root inside a post', () => {
    load('post.html');
    expect(facebookAdapter.findPosts(unit(2))).toEqual([unit(2)]);
    const article = unit(2).querySelector('div[role="article"]') as Element;
    expect(facebookAdapter.findPosts(article)).toEqual([]);
  });

  it('maps any node in a post, comments included, to the feed unit', () => {
    load('comments.html');
    const comment = document.querySelector('[aria-label^="Comment by Crystal"]') as Element;
    const textNode = comment.querySelector('div[dir="auto"]')?.firstChild as Node;
    expect(facebookAdapter.postRootOf(textNode)).toBe(unit(12));
    expect(facebookAdapter.postRootOf(comment)).toBe(unit(12));
    expect(facebookAdapter.postRootOf(unit(12))).toBe(unit(12));
    expect(facebookAdapter.postRootOf(document.querySelector('[role="feed"]') as Element)).toBeNull();
  });

  it('falls back to aria-describedby units, then to top-level articles', () => {
    load('post.html');
    for (const u of Array.from(document.querySelectorAll('[aria-posinset]'))) u.removeAttribute('aria-posinset');
    const described = facebookAdapter.findPosts(document);
    expect(described).toHaveLength(3);
    expect(described[1]?.hasAttribute('aria-describedby')).toBe(true);
    for (const u of Array.from(document.querySelectorAll('[aria-describedby]'))) u.removeAttribute('aria-describedby');
    load('comments.html');
    document.querySelector('[aria-posinset]')?.removeAttribute('aria-posinset');
    const articles = facebookAdapter.findPosts(document);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.getAttribute('aria-labelledby')).toBe(':c1:');
    expect(snap(articles[0] as Element).key).toBe('122154300000000012');
  });
});

describe('facebook adapter: extract', () => {
  it('reads a page post: id, author, text paragraphs, unwrapped links', () => {
    load('post.html');
    const s = snap(unit(1));
    expect(s.platform).toBe('facebook');
    expect(s.key).toBe('122154100000000001');
    expect(s.author).toEqual({ id: 'rosiesbakehouse', displayName: "Rosie's Bakehouse" });
    expect(s.text).toBe(
      'Cinnamon knots are back 🥐 Fresh every morning from 7am.\n\nPre-order for Saturday: rosiesbakehouse.co.uk/preorder #millbrook\nOpen Tuesday to Saturday.',
    );
    expect(s.links).toEqual(['https://rosiesbakehouse.co.uk/preorder', 'https://www.example.org/menu?ref=fb']);
    expect(s.isAd).toBe(false);
    expect(s.repostedBy).toBeUndefined();
  });

  it('reads profile.php people and group posts', () => {
    load('post.html');
    const megan = snap(unit(2));
    expect(megan.key).toBe('122154100000000002');
    expect(megan.author.id).toBe('100072318845120');
    const gary = snap(unit(3));
    expect(gary.key).toBe('122154100000000003');
    expect(gary.author).toEqual({ id: '100081145529034', displayName: 'Gary Bennett' });
    expect(gary.text).toBe("Found this photo of the High Street from 1962 in my late father's loft.\n\nDoes anyone remember the sweet shop next to it?");
  });

  it('returns null for an emptied (recycled) unit and reads it again once re-filled', () => {
    load('post.html');
    expect(facebookAdapter.extract(unit(4))).toBeNull();
    const filled = unit(1).firstElementChild?.cloneNode(true) as Element;
    unit(4).replaceChildren(filled);
    expect(snap(unit(4)).key).toBe('122154100000000001');
    unit(4).replaceChildren(document.createElement('div'));
    expect(facebookAdapter.extract(unit(4))).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it('credits the original author of a shared post and keys it by the original id', () => {
    load('shared.html');
    const s = snap(unit(7));
    expect(s.key).toBe('122154200000000092');
    expect(s.author).toEqual({ id: 'profecamilarojas', displayName: 'Profe Camila Rojas' });
    expect(s.repostedBy).toEqual({ id: '100054321987654', displayName: 'Rocío Fernández' });
    expect(s.text).toBe('Dejé las guías de comprensión lectora en una carpeta pública, gratis 🙌');
    expect(s.links).toEqual(['https://drive.google.com/drive/folders/1aB2']);
    expect(s.isAd).toBe(false);
    expect(facebookAdapter.badgeAnchor(unit(7))).toBe(document.querySelector('h4')?.parentElement);
  });

  it('keeps comments and the See more control out of the post', () => {
    load('comments.html');
    const s = snap(unit(12));
    expect(s.author.id).toBe('millbrook.council');
    expect(s.repostedBy).toBeUndefined();
    expect(s.text).toBe('Budget consultation 2026/27\n\nEvery year we ask residents how they would like us to balance the budget');
    expect(s.text).not.toMatch(/See more|Option B|DM me/);
    expect(s.links).toEqual([]);
    expect(s.isAd).toBe(false);
  });

  it('places the badge in the header, falling back to the unit', () => {
    load('post.html');
    expect(facebookAdapter.badgeAnchor(unit(1)).classList.contains('hdr-text')).toBe(true);
    expect(facebookAdapter.badgeAnchor(unit(4))).toBe(unit(4));
  });

  it('never throws on malformed markup', () => {
    const odd = [
      document.createElement('div'),
      Object.assign(document.createElement('div'), { innerHTML: '<div role="article"><h4>no link</h4></div>' }),
      Object.assign(document.createElement('div'), { innerHTML: '<div role="article"><h4><a href="http://[::bad">x</a></h4><a href="/posts/">y</a></div>' }),
      Object.assign(document.createElement('div'), { innerHTML: '<h4><a href="/someone"><strong><span>Some One</span></strong></a></h4>' }),
    ];
    for (const el of odd) {
      expect(() => facebookAdapter.extract(el)).not.toThrow();
      expect(() => facebookAdapter.findPosts(el)).not.toThrow();
      expect(() => facebookAdapter.badgeAnchor(el)).not.toThrow();
    }
    const loose = facebookAdapter.extract(odd[3] as Element);
    expect(loose?.author.id).toBe('someone');
    expect(loose?.key).toBe(fallbackPostKey('someone', ''));
  });
});

describe('facebook adapter: sponsored', () => {
  const AD_IDS = ['ad-a', 'ad-b', 'ad-c', 'ad-d', 'ad-e', 'ad-f'];

  it('tags every ad variant, with or without the reliable links', () => {
    load('sponsored.html');
    for (const id of AD_IDS) {
      const s = snap(document.getElementById(id) as Element);
      expect(s.isAd, id).toBe(true);
    }
    expect(snap(document.getElementById('ad-a') as Element).links).toEqual(['https://www.streamnest.tv/free-trial?utm_source=facebook']);
    expect(snap(document.getElementById('ad-e') as Element).author.id).toBe('coachdariusfit');
  });

  it('reads the obfuscated labels as rendered, not as raw text', () => {
    load('sponsored.html');
    const expected: Record<string, string> = { 'ad-a': 'Sponsored', 'ad-b': 'Patrocinado', 'ad-c': 'Ad', 'ad-d': 'Sponsored', 'ad-f': 'Patrocinado' };
    for (const [id, word] of Object.entries(expected)) {
      expect(readRenderedLabel(label(id)), id).toBe(word);
      expect((label(id).textContent ?? '').replace(/[\u200b-\u200d\u2060\ufeff]/g, ''), id).not.toBe(word);
    }
  });

  it('still tags label-only ads when the reliable links are gone', () => {
    load('sponsored.html');
    for (const a of Array.from(document.querySelectorAll('a[href*="/ads/about/"]'))) a.remove();
    for (const id of ['ad-a', 'ad-b', 'ad-c', 'ad-d', 'ad-f']) expect(snap(document.getElementById(id) as Element).isAd, id).toBe(true);
  });

  it('does not take "Just now", "Suggested for you", hidden words or post text for an ad', () => {
    load('traps.html');
    for (const id of ['t-justnow', 't-suggested', 't-hidden-word']) {
      expect(snap(document.getElementById(id) as Element).isAd, id).toBe(false);
    }
    expect(snap(document.getElementById('t-suggested') as Element).author.id).toBe('100081145529034');
    expect(document.querySelector('#t-hidden-word .sub')?.textContent).toContain('Sponsored');
  });
});

function manyPosts(n: number): Element[] {
  load('post.html');
  const feed = document.querySelector('[role="feed"]') as Element;
  const template = unit(1);
  for (let i = 0; i < n; i++) {
    const copy = template.cloneNode(true) as Element;
    copy.setAttribute('aria-posinset', String(100 + i));
    feed.appendChild(copy);
  }
  return facebookAdapter.findPosts(document).filter((p) => Number(p.getAttribute('aria-posinset')) >= 100);
}

describe('facebook adapter: breakage drill', () => {
  const FULL = 'Cinnamon knots are back 🥐 Fresh every morning from 7am.\n\nPre-order for Saturday: rosiesbakehouse.co.uk/preorder #millbrook\nOpen Tuesday to Saturday.';

  it('story_message gone: text via data-ad-preview, one warning for many posts', () => {
    const posts = manyPosts(25);
    for (const el of Array.from(document.querySelectorAll('[data-ad-rendering-role]'))) el.removeAttribute('data-ad-rendering-role');
    resetWarnings();
    warn.mockClear();
    for (const p of posts) expect(snap(p).text).toBe(FULL);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('both message selectors gone: text via dir=auto paragraphs, one warning for many posts', () => {
    const posts = manyPosts(25);
    for (const el of Array.from(document.querySelectorAll('[data-ad-rendering-role], [data-ad-preview]'))) {
      el.removeAttribute('data-ad-rendering-role');
      el.removeAttribute('data-ad-preview');
    }
    resetWarnings();
    warn.mockClear();
    for (const p of posts) {
      const s = snap(p);
      expect(s.text).toBe(FULL);
      expect(s.key).toMatch(/^\d+$/);
    }
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('facebook adapter: snapshot of the demo page', () => {
  const feed = JSON.parse(readFileSync(join(ROOT, 'demo/facebook/posts.json'), 'utf8')) as DemoFeed;
  const truth = new Map(feed.posts.map((p, i) => [String(i + 1), p]));

  it('reads every unit like the ground truth', () => {
    load('feed-snapshot.html');
    const posts = facebookAdapter.findPosts(document);
    expect(posts.length).toBe(30);
    for (const p of posts) {
      const t = truth.get(p.getAttribute('aria-posinset') ?? '');
      if (!t) throw new Error('no truth');
      const s = snap(p);
      expect(s.key).toBe(t.id);
      expect(s.author.id, t.id).toBe(t.author.id);
      expect(s.author.displayName, t.id).toBe(t.author.name);
      expect(s.isAd, t.id).toBe(!!t.ad);
      expect(s.repostedBy?.id, t.id).toBe(t.repostedBy?.id);
      if (t.truncated) expect(norm(t.text).startsWith(norm(s.text)) && s.text.length > 100, t.id).toBe(true);
      else expect(s.text, t.id).toBe(t.text);
      expect(s.links.toSorted(), t.id).toEqual((t.links ?? []).map((l) => l.href).toSorted());
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('recognises the snapshot ads by their rendered label alone', () => {
    load('feed-snapshot.html');
    for (const a of Array.from(document.querySelectorAll('a[href*="/ads/about/"]'))) a.remove();
    const ads = facebookAdapter.findPosts(document).filter((p) => truth.get(p.getAttribute('aria-posinset') ?? '')?.ad);
    expect(ads.length).toBeGreaterThanOrEqual(3);
    for (const p of ads) expect(snap(p).isAd, p.getAttribute('aria-posinset') ?? '').toBe(true);
  });
});
