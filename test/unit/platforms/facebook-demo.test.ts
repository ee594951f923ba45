import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoFeed } from '../../../demo/types';

const ROOT = resolve(import.meta.dirname, '../../..');
const feed = JSON.parse(readFileSync(join(ROOT, 'demo/facebook/posts.json'), 'utf8')) as DemoFeed;
const posts = feed.posts;
const count = (pred: (p: (typeof posts)[number]) => boolean): number => posts.filter(pred).length;

describe('demo/facebook/posts.json', () => {
  it('is the facebook variant with enough posts and unique numeric ids', () => {
    expect(feed.variant).toBe('facebook');
    expect(posts.length).toBeGreaterThanOrEqual(160);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
    for (const p of posts) expect(p.id, p.id).toMatch(/^\d{10,20}$/);
  });

  it('has many authors with normalised ids, in both languages', () => {
    expect(new Set(posts.map((p) => p.author.id)).size).toBeGreaterThanOrEqual(30);
    for (const p of posts) {
      for (const a of [p.author, p.repostedBy, ...(p.comments ?? []).map((c) => c.author)]) {
        if (a) expect(a.id, a.name).toMatch(/^(?:[a-z0-9.]+|\d+)$/);
      }
    }
    const en = count((p) => p.lang === 'en');
    const es = count((p) => p.lang === 'es');
    expect(en).toBeGreaterThan(posts.length * 0.4);
    expect(es).toBeGreaterThan(posts.length * 0.4);
  });

  it('has a promo share around 35-40% and the required special posts', () => {
    const promo = count((p) => p.label === 'promo') / posts.length;
    expect(promo).toBeGreaterThan(0.3);
    expect(promo).toBeLessThan(0.45);
    expect(count((p) => p.ad === true)).toBeGreaterThanOrEqual(8);
    expect(count((p) => !!p.repostedBy)).toBeGreaterThanOrEqual(5);
    expect(count((p) => (p.comments?.length ?? 0) > 0)).toBeGreaterThanOrEqual(20);
    expect(count((p) => p.truncated === true)).toBeGreaterThanOrEqual(6);
    for (const p of posts) {
      if (p.comments) expect(p.comments.length, p.id).toBeGreaterThanOrEqual(1);
      if (p.comments) expect(p.comments.length, p.id).toBeLessThanOrEqual(4);
      if (p.truncated) expect(p.text.length, p.id).toBeGreaterThan(400);
      expect(p.text.trim().length, p.id).toBeGreaterThan(0);
    }
  });

  it('keeps the traps: a "Just now" post and a "Suggested for you" post that are not ads', () => {
    const justNow = posts.filter((p) => p.time === 'Just now');
    expect(justNow.length).toBeGreaterThanOrEqual(1);
    for (const p of justNow) expect(p.ad).toBeFalsy();
    const suggested = posts.filter((p) => (p as { suggested?: boolean }).suggested);
    expect(suggested.length).toBeGreaterThanOrEqual(1);
    for (const p of suggested) expect(p.ad).toBeFalsy();
  });

  it('has links in normalised URL form and some promo-ish comments', () => {
    for (const p of posts) for (const l of p.links ?? []) expect(new URL(l.href).href, p.id).toBe(l.href);
    const spam = posts.flatMap((p) => p.comments ?? []).filter((c) => /\b(DM me|message me|inbox|privado|DM)\b/i.test(c.text));
    expect(spam.length).toBeGreaterThanOrEqual(4);
  });
});
