import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSH_AT, FLUSH_EVERY_MS, Outbox } from '../../../src/content/outbox';
import type { JudgedPost } from '../../../src/shared/messages';

const post = (key: string, verdict: 'promo' | 'value' = 'value'): JudgedPost => ({
  platform: 'x', key, authorId: 'ana', authorName: 'Ana', verdict, score: 0.1, signals: [], isAd: false, seenAt: 1,
});

describe('Outbox', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('batches posts and sends after the interval', async () => {
    const sent: JudgedPost[][] = [];
    const box = new Outbox(async (posts) => void sent.push(posts));
    box.add(post('1'));
    box.add(post('2'));
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(FLUSH_EVERY_MS + 50);
    expect(sent.map((b) => b.map((p) => p.key))).toEqual([['1', '2']]);
    expect(box.pending).toBe(0);
  });

  it('sends at once when a full batch is queued', async () => {
    const sent: JudgedPost[][] = [];
    const box = new Outbox(async (posts) => void sent.push(posts));
    for (let i = 0; i < FLUSH_AT; i++) box.add(post(String(i)));
    await vi.advanceTimersByTimeAsync(1);
    expect(sent[0]?.length).toBe(FLUSH_AT);
  });

  it('keeps a batch while the background is gone and retries until it is back', async () => {
    let up = false;
    const sent: JudgedPost[][] = [];
    const box = new Outbox(async (posts) => {
      if (!up) throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push(posts);
    });
    box.add(post('a'));
    await vi.advanceTimersByTimeAsync(FLUSH_EVERY_MS + 50);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(box.pending).toBe(1);
    up = true;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent.flat().map((p) => p.key)).toEqual(['a']);
    expect(box.pending).toBe(0);
  });

  it('a post re-judged while its batch is in flight is sent again with the new verdict', async () => {
    const sent: JudgedPost[][] = [];
    let release: () => void = () => {};
    const box = new Outbox(
      (posts) =>
        new Promise<void>((resolve) => {
          sent.push(posts);
          release = resolve;
        }),
    );
    box.add(post('a', 'value'));
    await vi.advanceTimersByTimeAsync(FLUSH_EVERY_MS + 50);
    box.add(post('a', 'promo'));
    release();
    await vi.advanceTimersByTimeAsync(FLUSH_EVERY_MS + 50);
    release();
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((b) => b.map((p) => p.verdict))).toEqual([['value'], ['promo']]);
  });
});
