import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JudgedPost } from '../../../src/shared/messages';
import { LIMITS, MESSAGE_TYPES, parseEnvelope } from '../../../src/shared/schemas';

const T = Date.UTC(2025, 0, 1);
const good: JudgedPost = {
  platform: 'x', key: 'k', authorId: 'a', authorName: 'A', verdict: 'promo', score: 0.5,
  signals: ['cta'], isAd: false, seenAt: T,
};
const judged = (over: Record<string, unknown>) => ({ type: 'cs:posts-judged', payload: { posts: [{ ...good, ...over }] } });

describe('parseEnvelope', () => {
  it('accepts valid envelopes of every known type', () => {
    const valid: Record<string, unknown> = {
      'cs:posts-judged': { posts: [good, { ...good, key: 'k2', repostedBy: 'r' }] },
      'cs:author-summaries': { authors: [{ platform: 'linkedin', authorId: 'x' }] },
      'ui:leaderboard': { tab: 'sells', platform: 'all', query: 'q', offset: 0, limit: 50 },
      'ui:daily-shares': { platform: 'facebook', days: 30 },
      'ui:status': {},
      'ui:export': {},
      'ui:import': { json: '{}', mode: 'merge' },
      'ui:clear': { confirm: true },
      'ui:forget-author': { platform: 'x', authorId: 'a' },
    };
    expect(Object.keys(valid).toSorted()).toEqual([...MESSAGE_TYPES].toSorted());
    for (const [type, payload] of Object.entries(valid)) {
      const out = parseEnvelope({ type, payload });
      expect(out, type).toEqual({ ok: true, envelope: { type, payload } });
    }
  });

  it('returns a copy holding only known keys', () => {
    const out = parseEnvelope(judged({}));
    expect(out.ok && out.envelope.payload).not.toBe(judged({}).payload);
  });

  it.each([
    ['a string', 'cs:posts-judged'],
    ['null', null],
    ['an array', []],
    ['missing payload', { type: 'ui:status' }],
    ['extra key', { type: 'ui:status', payload: {}, x: 1 }],
    ['non-string type', { type: 1, payload: {} }],
    ['inherited type name', { type: 'constructor', payload: {} }],
    ['Date payload', { type: 'ui:status', payload: new Date() }],
    ['Map payload', { type: 'ui:export', payload: new Map() }],
    ['array payload', { type: 'ui:status', payload: [] }],
  ])('refuses %s', (_name, raw) => {
    const out = parseEnvelope(raw);
    expect(out.ok).toBe(false);
  });

  it.each([
    ['key too long', { key: 'k'.repeat(LIMITS.key + 1) }],
    ['empty key', { key: '' }],
    ['authorName too long', { authorName: 'n'.repeat(LIMITS.authorName + 1) }],
    ['signal too long', { signals: ['s'.repeat(LIMITS.signal + 1)] }],
    ['too many signals', { signals: Array.from({ length: LIMITS.signals + 1 }, () => 's') }],
    ['score > 1', { score: 1.01 }],
    ['score NaN', { score: Number.NaN }],
    ['score Infinity', { score: Infinity }],
    ['fractional seenAt', { seenAt: T + 0.5 }],
    ['seenAt in seconds', { seenAt: T / 1000 }],
    ['verdict unknown', { verdict: 'spam' }],
    ['isAd as string', { isAd: 'false' }],
    ['repostedBy null', { repostedBy: null }],
  ])('refuses a post with %s, naming the problem', (_name, over) => {
    const out = parseEnvelope(judged(over));
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error).toMatch(/^invalid cs:posts-judged payload: /);
  });

  it('bounds the batch size', () => {
    const posts = Array.from({ length: LIMITS.batch }, (_, i) => ({ ...good, key: `k${i}` }));
    expect(parseEnvelope({ type: 'cs:posts-judged', payload: { posts } }).ok).toBe(true);
    expect(parseEnvelope({ type: 'cs:posts-judged', payload: { posts: [...posts, good] } }).ok).toBe(false);
  });

  it('never throws, even on hostile objects', () => {
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(parseEnvelope(trap)).toMatchObject({ ok: false });
    const getter = { type: 'ui:status', get payload() { throw new Error('getter'); } };
    expect(parseEnvelope(getter)).toMatchObject({ ok: false });
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true }), (raw) => {
        expect(() => parseEnvelope(raw)).not.toThrow();
        expect(() => parseEnvelope({ type: 'cs:posts-judged', payload: raw })).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('error messages are bounded', () => {
    const out = parseEnvelope({ type: 'x'.repeat(10_000), payload: {} });
    expect(!out.ok && out.error.length).toBeLessThan(100);
  });
});
