// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../src/platforms/x';

function posts(name: string): Element[] {
  const doc = new DOMParser().parseFromString(readFileSync(`test/fixtures/x/${name}`, 'utf8'), 'text/html');
  return xAdapter.findPosts(doc);
}

describe('xAdapter.fingerprint', () => {
  it('stays put when X re-renders counters and changes with the post or its text', () => {
    const [post] = posts('normal.html');
    const before = xAdapter.fingerprint!(post!);
    expect(before).toContain(`/status/${xAdapter.extract(post!)!.key}`);
    post!.querySelector('[data-testid="like"]')!.append('1');
    expect(xAdapter.fingerprint!(post!)).toBe(before);
    post!.querySelector('[data-testid="tweetText"]')!.append(' and more');
    expect(xAdapter.fingerprint!(post!)).not.toBe(before);
    const time = post!.querySelector('a[href*="/status/"] > time')!.parentElement!;
    time.setAttribute('href', '/marcus_hale/status/42');
    expect(xAdapter.fingerprint!(post!)).toMatch(/^\/marcus_hale\/status\/42\|/);
  });

  it('differs between posts and is null for what is not a post', () => {
    const all = ['normal.html', 'repost.html', 'quote.html', 'ad.html', 'show-more.html'].flatMap(posts);
    const prints = all.map((p) => xAdapter.fingerprint!(p));
    expect(new Set(prints).size).toBe(all.length);
    expect(xAdapter.fingerprint!(document.createElement('div'))).toBeNull();
  });
});
