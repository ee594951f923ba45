import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizedTokens } from '../../../src/core/normalize';

describe('normalize', () => {
  it('folds case, accents, fullwidth and mathematical bold letters', () => {
    expect(normalize('ESCRÍBEME Ya')).toBe('escribeme ya');
    expect(normalize('ＬＩＮＫ ＩＮ ＢＩＯ')).toBe('link in bio');
    expect(normalize('𝐃𝐌 𝐦𝐞')).toBe('dm me');
  });

  it('removes zero-width and invisible characters', () => {
    expect(normalize('f\u200Br\u200Ce\u200De\uFEFF stuff')).toBe('free stuff');
    expect(normalize('dm\u00AD me')).toBe('dm me');
  });

  it('folds leetspeak and spacing tricks', () => {
    expect(normalize('l1nk in b1o')).toBe('link in bio');
    expect(normalize('D.M me')).toBe('dm me');
    expect(normalize('d m me now')).toBe('dm me now');
    expect(normalize('fr33 m0ney')).toBe('free money');
    expect(normalize('m@ke ca$h')).toBe('make cash');
  });

  it('leaves ordinary numbers, versions and times alone', () => {
    expect(normalize('covid19 5pm web3 2024')).toBe('covid19 5pm web3 2024');
  });

  it('keeps arrow and link emoji as tokens', () => {
    expect(normalize('mira 👉 🔗 ⬇️')).toBe('mira 👉 🔗 ⬇');
  });

  it('maps every token back to a span of the original text', () => {
    const text = 'Hey 𝐃.𝐌 me 👉 https://x.co/a.';
    for (const tok of normalizedTokens(text)) {
      expect(tok.start).toBeGreaterThanOrEqual(0);
      expect(tok.end).toBeLessThanOrEqual(text.length);
      expect(tok.end).toBeGreaterThan(tok.start);
    }
    expect(normalizedTokens(text).map((t) => text.slice(t.start, t.end))).toEqual(['Hey', '𝐃.𝐌', 'me', '👉', 'https://x.co/a']);
  });

  it('leaves a decimal comma inside a word alone (fast-check found "A0,3" -> "ao,e" -> "ao e")', () => {
    for (const s of ['A0,3', 'x0,5', 'h3ll0,1']) expect(normalize(normalize(s))).toBe(normalize(s));
    expect(normalize('a0,3')).toBe('a0,3');
  });

  it('is idempotent on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      const n = normalize(s);
      expect(normalize(n)).toBe(n);
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const n = normalize(s);
      expect(normalize(n)).toBe(n);
    }), { numRuns: 500 });
  });
});
