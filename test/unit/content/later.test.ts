// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DELAY_MS, LaterQueue } from '../../../src/content/later';
import { flush } from './toy-site';

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
    later.add(step(log, 'a'));
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS / 4));
    later.add(step(log, 'b'));
    expect(log).toEqual([]);
    await flush();
    expect(log).toEqual(['classify a', 'classify b', 'update a', 'update b']);
  });

  it('runs everything at once on flush, and goes on past a failing post', () => {
    const log: string[] = [];
    const later = new LaterQueue();
    later.add(step(log, 'a'));
    later.add(() => {
      throw new Error('classifier broke');
    });
    later.add(step(log, 'c'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    later.flush();
    expect(log).toEqual(['classify a', 'classify c', 'update a', 'update c']);
  });

  it('stops a batch when its time is spent and does the rest, in order, at the next frame', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1)); // each look at the clock: 1 ms
    const batches: number[] = [];
    const done: number[] = [];
    const later = new LaterQueue((run) => {
      const before = done.length;
      run();
      batches.push(done.length - before);
    });
    for (let i = 0; i < 10; i++) later.add(() => () => done.push(i));
    await flush();
    await flush();
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(batches.length).toBeGreaterThan(1);
    expect(Math.max(...batches)).toBeLessThan(10);
  });
});
