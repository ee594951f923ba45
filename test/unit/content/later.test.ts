// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DELAY_MS, LaterQueue } from '../../../src/content/later';
import { flush } from './toy-site';

function post(id: string): Element {
  const el = document.createElement('article');
  el.id = id;
  return el;
}

/** A step that logs its classify and update phases. */
function step(log: string[], name: string): () => () => void {
  return () => {
    log.push(`classify ${name}`);
    return () => log.push(`update ${name}`);
  };
}

describe('LaterQueue', () => {
  afterEach(() => vi.restoreAllMocks());

  it('classifies the posts queued within DELAY_MS in one batch, then updates the page for them', async () => {
    const log: string[] = [];
    const later = new LaterQueue();
    later.add(post('a'), step(log, 'a'));
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS / 4));
    later.add(post('b'), step(log, 'b'));
    expect(log).toEqual([]);
    await flush();
    expect(log).toEqual(['classify a', 'classify b', 'update a', 'update b']);
    expect(later.size).toBe(0);
  });

  it('keeps only the last step queued for an element (a recycled cell shows what was read last)', async () => {
    const log: string[] = [];
    const later = new LaterQueue();
    const cell = post('cell');
    later.add(cell, step(log, 'first post'));
    later.add(post('other'), step(log, 'other'));
    later.add(cell, step(log, 'second post'));
    await flush();
    expect(log).toEqual(['classify other', 'classify second post', 'update other', 'update second post']);
  });

  it('forgets a dropped post, runs everything at once on flush, and goes on past a failing post', () => {
    const log: string[] = [];
    const later = new LaterQueue();
    const dropped = post('dropped');
    later.add(dropped, step(log, 'dropped'));
    later.add(post('broken'), () => {
      throw new Error('classifier broke');
    });
    later.add(post('c'), step(log, 'c'));
    later.drop(dropped);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    later.flush();
    expect(log).toEqual(['classify c', 'update c']);
    expect(later.size).toBe(0);
  });

  it('stops a batch when its time is spent and does the rest at the next frame', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1)); // each look at the clock: 1 ms
    const batches: number[] = [];
    let done = 0;
    const later = new LaterQueue((run) => {
      const before = done;
      run();
      batches.push(done - before);
    });
    for (let i = 0; i < 10; i++) later.add(post(`p${i}`), () => () => done++);
    await flush();
    await flush();
    expect(done).toBe(10);
    expect(batches.length).toBeGreaterThan(1);
    expect(Math.max(...batches)).toBeLessThan(10);
  });
});
