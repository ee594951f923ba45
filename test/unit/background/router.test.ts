import { CONTENT, EXT_ID, OWN_PAGE, T0, freshDb, post, snapshot } from './helpers';
import fc from 'fast-check';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HumoDb } from '../../../src/background/db';
import { ingestBatch } from '../../../src/background/ingest';
import { createRouter, type MessageSender, type Router } from '../../../src/background/router';
import { MESSAGE_TYPES } from '../../../src/shared/schemas';

/** Counts every write request any store receives. */
const WRITE_METHODS = ['put', 'add', 'delete', 'clear'] as const;
const originals = Object.fromEntries(WRITE_METHODS.map((m) => [m, IDBObjectStore.prototype[m]]));
let writes = 0;
beforeEach(() => {
  writes = 0;
  for (const m of WRITE_METHODS) {
    const original = originals[m] as (...args: unknown[]) => unknown;
    (IDBObjectStore.prototype as unknown as Record<string, unknown>)[m] = function (this: unknown, ...args: unknown[]) {
      writes += 1;
      return original.apply(this, args);
    };
  }
});
afterEach(() => {
  Object.assign(IDBObjectStore.prototype, originals);
  vi.restoreAllMocks();
});

async function setup(): Promise<{ db: HumoDb; router: Router }> {
  const { db } = await freshDb();
  // Seeded, so a stray clear or forget would be visible.
  await ingestBatch(db, [post({ key: 's1' }), post({ key: 's2', verdict: 'promo', authorId: 'bob' })]);
  writes = 0;
  return { db, router: createRouter({ extensionId: EXT_ID, getDb: async () => db }) };
}

const judged = { type: 'cs:posts-judged', payload: { posts: [post({ key: 'new' })] } };
const board = { type: 'ui:leaderboard', payload: { tab: 'value', platform: 'all', query: '', offset: 0, limit: 10 } };
const clear = { type: 'ui:clear', payload: { confirm: true } };

/** Paths to every value below the payload (never the root objects themselves). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Object.entries(value);
  const below = entries.flatMap(([k, v]) => paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]));
  return prefix.length > 1 ? [prefix, ...below] : below;
}
function setAt(root: unknown, path: (string | number)[], fn: (parent: Record<string | number, unknown>, key: string | number) => void): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  fn(node, path[path.length - 1] as string | number);
}


describe('router: who may ask', () => {
  it('accepts content messages from content scripts and own pages, ui messages from own pages', async () => {
    const { router } = await setup();
    expect(await router.handle(judged, CONTENT)).toEqual({ ok: true, data: { stored: 1 } });
    expect(await router.handle({ ...judged, payload: { posts: [post({ key: 'n2' })] } }, OWN_PAGE)).toEqual({ ok: true, data: { stored: 1 } });
    for (const url of ['https://twitter.com/', 'https://www.facebook.com/', 'https://web.facebook.com/x', 'https://m.facebook.com/', 'https://www.linkedin.com/feed/']) {
      expect((await router.handle({ type: 'cs:author-summaries', payload: { authors: [] } }, { id: EXT_ID, url })).ok).toBe(true);
    }
    expect(await router.handle(board, OWN_PAGE)).toMatchObject({ ok: true, data: { total: 2 } });
  });

  const refusals: [string, unknown, MessageSender][] = [
    ['another extension', judged, { ...CONTENT, id: 'someone-else' }],
    ['no sender id', judged, { url: CONTENT.url }],
    ['no sender url', judged, { id: EXT_ID }],
    ['a web page', judged, { id: EXT_ID, url: 'https://evil.example/x.com' }],
    ['a look-alike host', judged, { id: EXT_ID, url: 'https://x.com.evil.example/' }],
    ['plain http', judged, { id: EXT_ID, url: 'http://x.com/home' }],
    ['an odd port', judged, { id: EXT_ID, url: 'https://x.com:8443/home' }],
    ['credentials in the url', judged, { id: EXT_ID, url: 'https://user@x.com/home' }],
    ['an unparsable url', judged, { id: EXT_ID, url: 'not a url' }],
    ['ui from a content script', clear, CONTENT],
    ['ui from a web page', board, { id: EXT_ID, url: 'https://evil.example/' }],
    ['ui from another extension page', clear, { id: EXT_ID, url: 'chrome-extension://otherextensionid/popup.html' }],
    ['a null sender', clear, null as unknown as MessageSender],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_name, message, sender) => {
    const { db, router } = await setup();
    const before = await snapshot(db);
    const reply = await router.handle(message, sender);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^refused: /) });
    expect(writes).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a message whose fields throw on access is refused, not recorded as a storage error', async () => {
    const { router } = await setup();
    const hostile = { get type(): string { throw new Error('getter'); }, payload: {} };
    expect(await router.handle(hostile, OWN_PAGE)).toEqual({ ok: false, error: 'refused: malformed message' });
    expect(router.lastStorageError()).toBeNull();
  });

  it('pins own pages to extensionOrigin when given (Firefox uuid)', async () => {
    const { db } = await freshDb();
    const router = createRouter({ extensionId: 'humo@example', extensionOrigin: 'moz-extension://1234-uuid/', getDb: async () => db });
    expect((await router.handle(board, { id: 'humo@example', url: 'moz-extension://1234-uuid/popup.html' })).ok).toBe(true);
    expect((await router.handle(board, { id: 'humo@example', url: 'moz-extension://9999-other/popup.html' })).ok).toBe(false);
  });
});

describe('router: what may be asked', () => {
  const malformed: [string, unknown][] = [
    ['unknown type', { type: 'ui:drop-tables', payload: {} }],
    ['__proto__ type', { type: '__proto__', payload: {} }],
    ['toString type', { type: 'toString', payload: {} }],
    ['no payload', { type: 'ui:clear' }],
    ['extra envelope key', { ...clear, extra: 1 }],
    ['clear without confirm', { type: 'ui:clear', payload: {} }],
    ['clear with confirm "yes"', { type: 'ui:clear', payload: { confirm: 'yes' } }],
    ['score out of range', { type: 'cs:posts-judged', payload: { posts: [post({ score: 1.5 })] } }],
    ['NaN score', { type: 'cs:posts-judged', payload: { posts: [post({ score: Number.NaN })] } }],
    ['seconds instead of ms', { type: 'cs:posts-judged', payload: { posts: [post({ seenAt: Math.floor(T0 / 1000) })] } }],
    ['a timestamp far in the future', { type: 'cs:posts-judged', payload: { posts: [post({ seenAt: Date.now() + 10 * 86_400_000 })] } }],
    ['unknown platform', { type: 'cs:posts-judged', payload: { posts: [{ ...post(), platform: 'myspace' }] } }],
    ['huge key', { type: 'cs:posts-judged', payload: { posts: [post({ key: 'k'.repeat(201) })] } }],
    ['too many signals', { type: 'cs:posts-judged', payload: { posts: [post({ signals: Array.from({ length: 51 }, (_, i) => `s${i}`) })] } }],
    ['a batch over 500', { type: 'cs:posts-judged', payload: { posts: Array.from({ length: 501 }, (_, i) => post({ key: `b${i}` })) } }],
    ['a post with an extra key', { type: 'cs:posts-judged', payload: { posts: [{ ...post(), text: 'the whole post' }] } }],
    ['a __proto__ key', { type: 'cs:posts-judged', payload: JSON.parse(`{"posts": [], "__proto__": {"polluted": true}}`) }],
    ['negative offset', { ...board, payload: { ...board.payload, offset: -1 } }],
    ['limit 0', { ...board, payload: { ...board.payload, limit: 0 } }],
  ];
  it.each(malformed)('refuses %s and writes nothing', async (_name, message) => {
    const { db, router } = await setup();
    const before = await snapshot(db);
    const sender = String((message as { type?: unknown }).type).startsWith('cs:') ? CONTENT : OWN_PAGE;
    const reply = await router.handle(message, sender);
    expect(reply.ok).toBe(false);
    expect(writes).toBe(0);
    expect(await snapshot(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('router: fuzz', () => {
  // Each is invalid for every field kind (string ≤ 200, number ranges, boolean, array, literal).
  const bad = [Number.NaN, {}, null, 'x'.repeat(5000), -1e300, -1, Infinity, undefined];
  const READ_ONLY = ['ui:status', 'ui:export', 'ui:leaderboard', 'ui:daily-shares', 'cs:author-summaries'];
  const validPost = fc.record({
    platform: fc.constantFrom('x', 'facebook', 'linkedin'),
    key: fc.string({ minLength: 1, maxLength: 20 }),
    authorId: fc.string({ minLength: 1, maxLength: 20 }),
    authorName: fc.string({ maxLength: 20 }),
    verdict: fc.constantFrom('promo', 'value'),
    score: fc.double({ min: 0, max: 1, noNaN: true }),
    signals: fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 3 }),
    isAd: fc.boolean(),
    seenAt: fc.integer({ min: T0, max: T0 + 1e6 }),
  });
  const validWrite = fc.oneof(
    fc.array(validPost, { minLength: 1, maxLength: 4 }).map((posts) => ({ type: 'cs:posts-judged', payload: { posts } })),
    fc.constant({ type: 'ui:clear', payload: { confirm: true } }),
    fc.constantFrom('alice', 'bob').map((authorId) => ({ type: 'ui:forget-author', payload: { platform: 'x', authorId } })),
  );


  const mutated = fc
    .tuple(validWrite, fc.nat(), fc.constantFrom('invalid-value', 'extra-key', 'delete-required', 'rename-type'), fc.constantFrom(...bad))
    .map(([message, pick, how, value]) => {
      const m = structuredClone(message) as Record<string, unknown>;
      const all = paths(m).filter((p) => p[0] === 'payload' && p[p.length - 1] !== 'repostedBy');
      const path = all[pick % all.length] as (string | number)[];
      if (how === 'invalid-value') setAt(m, path, (parent, key) => void (parent[key] = value));
      else if (how === 'extra-key')
        setAt(m, path, (parent) => void ((Array.isArray(parent) ? (m.payload as Record<string, unknown>) : parent).injected = 1));
      else if (how === 'delete-required') setAt(m, path, (parent, key) => (Array.isArray(parent) ? void (parent[key] = undefined) : void delete parent[key]));
      else m.type = `${String(m.type)}!`;
      return m;
    });

  it('≥ 10,000 malformed messages: no throw, no reject, no write', async () => {
    const { db, router } = await setup();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const before = await snapshot(db);
    const anything = fc.anything({
      withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true,
      withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true,
    });
    const messages = fc.oneof(
      anything,
      fc.record({ type: fc.constantFrom(...MESSAGE_TYPES), payload: anything }),
      mutated,
      mutated,
    );
    const senders = fc.oneof(
      fc.constant(OWN_PAGE),
      fc.constant(CONTENT),
      fc.record({ id: fc.oneof(fc.constant(EXT_ID), fc.string()), url: fc.oneof(fc.webUrl(), fc.string()) }, { requiredKeys: [] }),
    );
    let ran = 0;
    let okReplies = 0;
    await fc.assert(
      fc.asyncProperty(messages, senders, async (message, sender) => {
        ran += 1;
        const reply = await router.handle(message, sender);
        expect(typeof reply.ok).toBe('boolean');
        // Only an exactly valid read request (e.g. {type:'ui:status', payload:{}}) may succeed.
        if (reply.ok) {
          okReplies += 1;
          expect(READ_ONLY).toContain((message as { type: string }).type);
        }
        else expect(typeof reply.error).toBe('string');
      }),
      { numRuns: 10_000 },
    );
    expect(ran).toBeGreaterThanOrEqual(10_000);
    expect(okReplies).toBeLessThan(ran / 10);
    expect(writes).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  }, 60_000);
});
