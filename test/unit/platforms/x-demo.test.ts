import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DemoFeed, DemoPost } from '../../../demo/types';

const load = (file: string): DemoFeed => JSON.parse(readFileSync(`demo/x/${file}`, 'utf8')) as DemoFeed;
const feed = load('posts.json');
const following = load('following.json');
const HANDLE = /^[a-z0-9_]{1,15}$/;

function checkShape(posts: DemoPost[]): void {
  for (const p of posts) {
    expect(p.id, p.text).toMatch(/^\d{15,20}$/);
    expect(p.author.id, p.id).toMatch(HANDLE);
    expect(p.author.name.length, p.id).toBeGreaterThan(0);
    expect(['en', 'es']).toContain(p.lang);
    expect(['promo', 'value']).toContain(p.label);
    expect(Number.isNaN(Date.parse(p.time)), p.id).toBe(false);
    expect(p.text.trim().length, p.id).toBeGreaterThan(10);
    if (p.ad) expect(p.label, `${p.id}: ads are promo`).toBe('promo');
    if (p.repostedBy) {
      expect(p.repostedBy.id).toMatch(HANDLE);
      expect(p.repostedBy.id).not.toBe(p.author.id);
    }
    if (p.quote) {
      expect(p.quote.id).toMatch(/^\d{15,20}$/);
      expect(p.quote.author.id).toMatch(HANDLE);
      expect(p.text).not.toContain(p.quote.text);
    }
    if (p.truncated) expect(p.text.length, `${p.id}: long enough to truncate`).toBeGreaterThan(300);
    for (const link of p.links ?? []) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(p.text, `${p.id}: link target appears in the text`).toContain(link.href);
    }
  }
}

describe('demo/x/posts.json', () => {
  const posts = feed.posts;
  it('is an X feed with enough posts, unique ids and enough authors', () => {
    expect(feed.variant).toBe('x');
    expect(posts.length).toBeGreaterThanOrEqual(220);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    expect(new Set(posts.map((p) => p.author.id)).size).toBeGreaterThanOrEqual(35);
    checkShape(posts);
  });

  it('mixes English and Spanish about half and half, and is about 35-45% promo', () => {
    const es = posts.filter((p) => p.lang === 'es').length;
    const en = posts.filter((p) => p.lang === 'en').length;
    expect(es / posts.length).toBeGreaterThan(0.4);
    expect(en / posts.length).toBeGreaterThan(0.4);
    const promo = posts.filter((p) => p.label === 'promo').length / posts.length;
    expect(promo).toBeGreaterThan(0.3);
    expect(promo).toBeLessThan(0.45);
  });

  it('has the special cases the adapter must handle', () => {
    expect(posts.filter((p) => p.ad).length).toBeGreaterThanOrEqual(6);
    expect(posts.filter((p) => p.repostedBy).length).toBeGreaterThanOrEqual(8);
    expect(posts.filter((p) => p.quote).length).toBeGreaterThanOrEqual(5);
    expect(posts.filter((p) => p.truncated).length).toBeGreaterThanOrEqual(6);
    expect(posts.filter((p) => p.pinned).map((p) => posts.indexOf(p))).toEqual([0]);
    // An ad on the first page of 20, so a first screen already shows one.
    expect(posts.slice(0, 20).some((p) => p.ad)).toBe(true);
    const hosts = new Set(posts.flatMap((p) => p.links ?? []).map((l) => new URL(l.href).hostname));
    for (const funnel of ['gumroad.com', 'calendly.com', 'linktr.ee', 'amzn.to']) {
      expect([...hosts].some((h) => h.endsWith(funnel)), funnel).toBe(true);
    }
  });

  it('has frequent authors with a consistent character, so per-author stats mean something', () => {
    const count = new Map<string, DemoPost[]>();
    for (const p of posts) count.set(p.author.id, [...(count.get(p.author.id) ?? []), p]);
    const frequent = [...count.entries()].filter(([, ps]) => ps.length >= 6);
    expect(frequent.length).toBeGreaterThanOrEqual(8);
    const share = (id: string): number => {
      const ps = count.get(id)!;
      return ps.filter((p) => p.label === 'promo').length / ps.length;
    };
    expect(share('brent_scales')).toBe(1);
    expect(share('senales_alvaro')).toBe(1);
    expect(share('dealdropdaily')).toBe(1);
    expect(share('rivertoncouncil')).toBe(0);
    expect(share('marcus_hale')).toBeGreaterThan(0.5);
    expect(share('crumbandcrust')).toBeLessThan(0.5);
    expect(share('itzel_ciencia')).toBeLessThan(0.2);
  });
});

describe('demo/x/following.json', () => {
  it('is a smaller X feed with ids distinct from the main feed', () => {
    expect(following.variant).toBe('x');
    expect(following.posts.length).toBeGreaterThanOrEqual(30);
    const main = new Set(feed.posts.map((p) => p.id));
    const ids = following.posts.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(main.has(id), id).toBe(false);
    checkShape(following.posts);
  });
});
