import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fallbackPostKey } from '../../../src/core/hash';
import type { DemoFeed, DemoPost } from '../../../demo/types';

const feed = (variant: string): DemoFeed =>
  JSON.parse(readFileSync(`demo/${variant}/posts.json`, 'utf8')) as DemoFeed;
const legacy = feed('linkedin-legacy');
const neu = feed('linkedin-new');

describe.each([
  ['linkedin-legacy', legacy],
  ['linkedin-new', neu],
] as const)('demo feed %s', (variant, data) => {
  const posts: DemoPost[] = data.posts;
  const count = (pred: (p: DemoPost) => boolean) => posts.filter(pred).length;

  it('is the right variant with at least 160 posts and unique ids', () => {
    expect(data.variant).toBe(variant);
    expect(posts.length).toBeGreaterThanOrEqual(160);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  });

  it('has ≥ 30 authors, people and pages, with ids as the adapter reports them', () => {
    const authors = new Map<string, string>();
    const everyone = posts.flatMap((p) => [p.author, ...(p.repostedBy ? [p.repostedBy] : []), ...(p.comments ?? []).map((c) => c.author)]);
    for (const a of everyone) {
      expect(a.id).toMatch(/^(in|company):[a-z0-9-]+$/);
      expect(a.kind).toBe(a.id.startsWith('in:') ? 'person' : 'page');
      expect(authors.get(a.id) ?? a.name, `${a.id} keeps one name`).toBe(a.name);
      authors.set(a.id, a.name);
    }
    const posting = new Set(posts.map((p) => p.author.id));
    expect(posting.size).toBeGreaterThanOrEqual(30);
    expect(count((p) => p.author.kind === 'person')).toBeGreaterThan(0);
    expect(count((p) => p.author.kind === 'page')).toBeGreaterThan(0);
  });

  it('is about half English, half Spanish, and 30–45% promo', () => {
    const es = count((p) => p.lang === 'es') / posts.length;
    expect(es).toBeGreaterThan(0.35);
    expect(es).toBeLessThan(0.65);
    expect(count((p) => p.lang === 'en') + count((p) => p.lang === 'es')).toBe(posts.length);
    const promo = count((p) => p.label === 'promo') / posts.length;
    expect(promo).toBeGreaterThanOrEqual(0.3);
    expect(promo).toBeLessThanOrEqual(0.45);
  });

  it('has ≥ 8 ads, ≥ 5 reposts, ≥ 10 truncated posts and some comments', () => {
    expect(count((p) => p.ad === true)).toBeGreaterThanOrEqual(8);
    expect(count((p) => p.repostedBy !== undefined)).toBeGreaterThanOrEqual(5);
    expect(count((p) => p.truncated === true)).toBeGreaterThanOrEqual(10);
    expect(count((p) => (p.comments?.length ?? 0) > 0)).toBeGreaterThan(0);
    for (const p of posts) if (p.repostedBy) expect(p.repostedBy.id).not.toBe(p.author.id);
  });

  it('truncates only long texts (the "…more" cut lies past the 80-character key prefix)', () => {
    for (const p of posts.filter((q) => q.truncated)) expect(p.text.length, p.id).toBeGreaterThan(300);
  });

  it('shows each link as text in the post', () => {
    for (const p of posts) {
      for (const l of p.links ?? []) {
        expect(p.text, p.id).toContain(l.text);
        expect(l.href).toMatch(/^https:\/\//);
      }
    }
  });

  it('puts every kind of post on the first page (10 posts)', () => {
    const first = posts.slice(0, 10);
    expect(first.some((p) => p.ad)).toBe(true);
    expect(first.some((p) => p.repostedBy)).toBe(true);
    expect(first.some((p) => p.truncated)).toBe(true);
    expect(first.some((p) => p.comments?.length)).toBe(true);
  });
});

describe('demo feed ids', () => {
  it('legacy ids are LinkedIn activity ids (numeric)', () => {
    for (const p of legacy.posts) expect(p.id).toMatch(/^\d{19}$/);
  });

  it('new-DOM posts are told apart by the adapter key (author + text start)', () => {
    const keys = neu.posts.map((p) => fallbackPostKey(p.author.id, p.text));
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of neu.posts) expect(p.id).not.toMatch(/^\d+$/);
  });

  it('the two feeds share authors but no post', () => {
    const texts = new Set(legacy.posts.map((p) => p.text));
    expect(neu.posts.filter((p) => texts.has(p.text))).toEqual([]);
    const ids = new Set(legacy.posts.map((p) => p.id));
    expect(neu.posts.filter((p) => ids.has(p.id))).toEqual([]);
  });
});
