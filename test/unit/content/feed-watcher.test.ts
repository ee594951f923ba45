// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedWatcher, UI_MARKER } from '../../../src/content/feed-watcher';
import { flush, toyAdapter as adapter } from './toy-site';

describe('FeedWatcher', () => {
  let watcher: FeedWatcher | null = null;
  afterEach(() => {
    watcher?.stop();
    document.body.replaceChildren();
  });

  function watch(): Element[] {
    const judged: Element[] = [];
    watcher = new FeedWatcher(adapter, (post) => judged.push(post), document.body);
    watcher.start();
    return judged;
  }

  it('judges posts present at start and posts added later, each once per batch', async () => {
    document.body.innerHTML = '<main><article data-id="1"><p>one</p></article></main>';
    const judged = watch();
    await flush();
    expect(judged.map((e) => e.getAttribute('data-id'))).toEqual(['1']);
    const feed = document.querySelector('main')!;
    const cell = document.createElement('div');
    cell.innerHTML = '<article data-id="2"><p>two</p></article><article data-id="3"><p>three</p></article>';
    feed.append(cell);
    await flush();
    expect(judged.map((e) => e.getAttribute('data-id'))).toEqual(['1', '2', '3']);
  });

  it('re-judges a recycled post node when its content changes in place', async () => {
    document.body.innerHTML = '<article data-id="1"><p>first post</p></article>';
    const judged = watch();
    await flush();
    const article = document.querySelector('article')!;
    article.querySelector('p')!.firstChild!.nodeValue = 'another post now';
    await flush();
    article.querySelector('p')!.textContent = 'and a third';
    await flush();
    expect(judged.length).toBe(3);
    expect(new Set(judged)).toEqual(new Set([article]));
  });

  it('ignores mutations that only add our own UI', async () => {
    document.body.innerHTML = '<article data-id="1"><p>post</p></article>';
    const judged = watch();
    await flush();
    const badge = document.createElement('span');
    badge.setAttribute(UI_MARKER, 'badge');
    document.querySelector('article')!.append(badge);
    await flush();
    expect(judged.length).toBe(1);
  });

  it('ignores our badge taken off a post that no longer sells, not one the site drops from a selling post', async () => {
    document.body.innerHTML = '<article data-id="1" data-humo="promo"><p>post</p></article>';
    const judged = watch();
    const article = document.querySelector('article')!;
    const badge = document.createElement('span');
    badge.setAttribute(UI_MARKER, 'badge');
    article.append(badge);
    await flush();
    expect(judged.length).toBe(1);
    // The presenter re-judged it as value and removed its own badge: nothing to restore.
    article.setAttribute('data-humo', 'value');
    badge.remove();
    await flush();
    expect(judged.length).toBe(1);
    // A selling post whose badge the site dropped while re-rendering must be looked at again.
    article.setAttribute('data-humo', 'promo');
    article.append(badge);
    await flush();
    badge.remove();
    await flush();
    expect(judged.length).toBe(2);
  });

  it('keeps going when judging one post throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = '<article data-id="1"></article><article data-id="2"></article>';
    const judged: string[] = [];
    watcher = new FeedWatcher(adapter, (post) => {
      if (post.getAttribute('data-id') === '1') throw new Error('malformed');
      judged.push(post.getAttribute('data-id')!);
    }, document.body);
    watcher.start();
    await flush();
    expect(judged).toEqual(['2']);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
