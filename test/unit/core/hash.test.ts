import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedPrefix, FALLBACK_KEY_PREFIX, fallbackPostKey } from '../../../src/core/hash';

/** The definition the stored keys were made with: collapsedPrefix must give the same prefix. */
const reference = (text: string, max: number): string => text.replace(/\s+/g, ' ').trim().slice(0, max);

const SPACES = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b'];
const texts = fc.array(fc.oneof(fc.constantFrom(...SPACES), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('fallback post keys', () => {
  it('collapses and trims whitespace like the regex definition, for any text and length', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 90 }), (text, max) => {
        expect(collapsedPrefix(text, max)).toBe(reference(text, max));
      }),
      { numRuns: 2_000 },
    );
  });

  it('keys posts by author and the start of their text only', () => {
    const start = 'Five lessons from shipping a browser extension '.repeat(2);
    expect(fallbackPostKey('ana', `${start} and more`)).toBe(fallbackPostKey('ana', `  ${start.replace(/ /g, '\n ')}  and other words`.slice(0, 400)));
    expect(fallbackPostKey('ana', start)).not.toBe(fallbackPostKey('bea', start));
    expect(fallbackPostKey('ana', 'short post')).not.toBe(fallbackPostKey('ana', 'short posts'));
    expect(collapsedPrefix(`${'x'.repeat(FALLBACK_KEY_PREFIX)}${' y'.repeat(50_000)}`, FALLBACK_KEY_PREFIX)).toHaveLength(FALLBACK_KEY_PREFIX);
  });
});
