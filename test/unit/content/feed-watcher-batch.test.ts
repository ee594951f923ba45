// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FeedWatcher } from '../../../src/content/feed-watcher';
import { flush, toyAdapter as adapter } from './toy-site';

describe('FeedWatcher batches', () => {
  let watcher: FeedWatcher | null = null;
  afterEach(() => {
    watcher?.stop();
    document.body.replaceChildren();
  });

  it('runs each step for every post of a batch before the next: read, classify, update the page', async () => {
    document.body.innerHTML = '<article id="a"><p>one</p></article><article id="b"><p>two</p></article><article id="c"></article>';
    const log: string[] = [];
    watcher = new FeedWatcher(adapter, (post) => {
      log.push(`read ${post.id}`);
      if (post.id === 'c') return undefined; // nothing to do after reading
      return () => {
        log.push(`classify ${post.id}`);
        return () => log.push(`update ${post.id}`);
      };
    }, document.body);
    watcher.start();
    await flush();
    expect(log).toEqual(['read a', 'read b', 'read c', 'classify a', 'classify b', 'update a', 'update b']);
  });

  it('goes on with the batch when one post fails at any step', async () => {
    document.body.innerHTML = '<article id="a"></article><article id="b"></article>';
    const updated: string[] = [];
    watcher = new FeedWatcher(adapter, (post) => () => {
      if (post.id === 'a') throw new Error('classifier broke');
      return () => updated.push(post.id);
    }, document.body);
    watcher.start();
    await flush();
    expect(updated).toEqual(['b']);
  });

  it('says when only text changed in a post since it was queued', async () => {
    document.body.innerHTML = '<article><p>one</p><span>1</span></article>';
    const seen: boolean[] = [];
    watcher = new FeedWatcher(adapter, (_post, textOnly) => seen.push(textOnly), document.body);
    watcher.start();
    await flush();
    const article = document.querySelector('article')!;
    article.querySelector('span')!.firstChild!.nodeValue = '2';
    await flush();
    article.querySelector('span')!.firstChild!.nodeValue = '3';
    article.querySelector('p')!.replaceChildren('another post');
    await flush();
    expect(seen).toEqual([false, true, false]);
  });
});
