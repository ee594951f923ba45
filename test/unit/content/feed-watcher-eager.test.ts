// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FeedWatcher, UI_MARKER } from '../../../src/content/feed-watcher';
import { flush, toyAdapter as adapter } from './toy-site';

/** Observer callbacks have run (a microtask), frames and timers have not. */
const observed = () => Promise.resolve();

describe('FeedWatcher', () => {
  let watcher: FeedWatcher | null = null;
  afterEach(() => {
    watcher?.stop();
    document.body.replaceChildren();
  });

  function watch(eager: boolean): string[] {
    const log: string[] = [];
    watcher = new FeedWatcher(
      adapter,
      (post) => {
        log.push(`read ${post.id}`);
        return () => {
          log.push(`classify ${post.id}`);
          return () => log.push(`update ${post.id}`);
        };
      },
      document.body,
      undefined,
      () => eager,
    );
    watcher.start();
    return log;
  }

  it('when eager, judges posts in the observer callback, all steps, before any frame', async () => {
    const log = watch(true);
    await flush();
    const cell = document.createElement('div');
    cell.innerHTML = '<article id="a"><p>one</p></article><article id="b"><p>two</p></article>';
    document.body.append(cell);
    await observed();
    expect(log).toEqual(['read a', 'read b', 'classify a', 'classify b', 'update a', 'update b']);
    // A recycled node showing another post is judged again at once too.
    document.querySelector('#a p')!.firstChild!.nodeValue = 'another post';
    await observed();
    expect(log.slice(6)).toEqual(['read a', 'classify a', 'update a']);
  });

  it('when not eager, waits for a frame', async () => {
    const log = watch(false);
    await flush();
    document.body.innerHTML = '<article id="a"><p>one</p></article>';
    await observed();
    expect(log).toEqual([]);
    await flush();
    expect(log).toEqual(['read a', 'classify a', 'update a']);
  });

  it('when eager, still ignores our own badge added to a post', async () => {
    document.body.innerHTML = '<article id="a"><p>one</p></article>';
    const log = watch(true);
    await flush();
    const badge = document.createElement('span');
    badge.setAttribute(UI_MARKER, 'badge');
    document.querySelector('article')!.append(badge);
    await observed();
    await flush();
    expect(log).toEqual(['read a', 'classify a', 'update a']);
  });

  it('queues the post a text node is in now, after the site moved it to another post', async () => {
    document.body.innerHTML = '<article id="a"><p>one</p></article><article id="b"></article>';
    const log = watch(true);
    await flush();
    const text = document.querySelector('#a p')!.firstChild!;
    text.nodeValue = 'edited'; // remembered as a's
    await observed();
    document.querySelector('#b')!.append(text);
    await observed();
    log.length = 0;
    text.nodeValue = 'edited again';
    await observed();
    expect(log).toEqual(['read b', 'classify b', 'update b']);
  });
});
