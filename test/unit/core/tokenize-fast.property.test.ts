import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { tokenize, tokenizeFolded, type Tokens } from '../../../src/core/tokenize';

/** Every Tokens field a consumer reads, for tokens [0, n). */
function snapshot(t: Tokens): Record<string, unknown> {
  const n = t.n;
  const pick = (a: ArrayLike<number>): number[] => Array.from({ length: n }, (_, i) => a[i] ?? 0);
  return {
    n, linky: t.linky, singlePairs: t.singlePairs, lastSingle: t.lastSingle,
    kind: pick(t.kind), nl: pick(t.nl), brk: pick(t.brk), num: pick(t.num), dot: pick(t.dot),
    o0: pick(t.o0), o1: pick(t.o1), n0: pick(t.n0), n1: pick(t.n1), hash: pick(t.hash), stem: pick(t.stem),
    strs: Array.from({ length: n }, (_, i) => t.str(i)),
  };
}

function same(text: string): void {
  const fast = snapshot(tokenize(text));
  const reference = snapshot(tokenizeFolded(text));
  expect(fast).toEqual(reference);
}

// Mostly ASCII words, punctuation, digits and URL pieces, with the non-ASCII the fast scan must
// hand over or take itself: accents, fullwidth, math bold, zero-width, variation selectors, emoji
// (BMP and pairs), flags, skin tones, lone surrogates, ligatures, ellipsis, nbsp, line separators.
const unit = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('a', 'D', 'm', 'e', 's', 'h', 'w', 't', 'p', 'x', 'o', 'I', 'k') },
  { weight: 6, arbitrary: fc.constantFrom(' ', ' ', '\n', '\r', '\t') },
  { weight: 5, arbitrary: fc.constantFrom('.', ',', '/', '-', '_', "'", ':', '?', '=', '&', '@', '$', '#', '%', '!', ';', '"', '`', '(', ')', ']', '}') },
  { weight: 4, arbitrary: fc.constantFrom('0', '1', '3', '4', '5', '7', '9', '2') },
  { weight: 3, arbitrary: fc.constantFrom('http://', 'https://', 'www.', 'HTTP://', 'ht', 'tp', 'ww', 'w.', '.com', 'dm', 'link', 'bio', 'two', 'dos', 'tenés', 'vos') },
  { weight: 4, arbitrary: fc.constantFrom('í', 'ñ', 'É', 'ß', 'ﬁ', '…', '’', '–', '•', '¿', '€', '£', '＄', '％', '！', '＃', 'Ｌ', '１', '²', '½', '\u00A0', '\u2028', '\u0085') },
  { weight: 3, arbitrary: fc.constantFrom('𝐃', '𝗠', '\u200B', '\u200D', '\uFE0F', '\u20E3', '\u0301', '👉', '🔗', '❤', '✅', '🇺', '🏾', '\uD800', '\uDC00', '\uDBFF', '中', '٣', '\u{E0067}', '\u{20000}') },
);
const mostlyAscii = fc.array(unit, { maxLength: 60 }).map((a) => a.join(''));

describe('tokenize fast scan', () => {
  it('gives the same tokens as the general scan over the whole folded text', () => {
    fc.assert(fc.property(mostlyAscii, same), { numRuns: 4000 });
  });

  it('agrees on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), same), { numRuns: 1000 });
  });

  it('agrees on known tricks', () => {
    for (const s of ['d m me', 'DM me 👉 l1nk in b1o', 'https://x.co/a.', 'www.shop.com👇 now', '1,500 $49 10k 99p 50%',
      'wait…what', 'l\u200Bink', '❤️ love', '1️⃣ one', '#ad @me ＃promo', 'café,bar ca$h m@ke d.m.s', '𝐃𝐌 me', '']) same(s);
  });

  it('agrees on chars it sees for the first time (the INFO table starts empty above ASCII)', async () => {
    // Fullwidth and other one-unit folds right where the fast scan peeks ahead: after 'h' / 'w'
    // (URLs), after a connector, after '#' / '@', inside and at the end of words.
    const texts = ['h\uFF54tp://x.co', 'w\uFF57w.x.co', 'a.\uFF42c', '1,\uFF15', '#\uFF41d', '@\u00E9l', 'caf\u00E9!',
      'x\uFF0Ey', 'www\uFF0Ex.com', 'e-\u00F1', 'hola\u2019s', 'a\u00A0b', '\u2705ok', 'ok\u20AC', '50\uFF05'];
    for (const text of texts) {
      vi.resetModules();
      const fresh = await import('../../../src/core/tokenize');
      const fast = snapshot(fresh.tokenize(text));
      expect(fast, text).toEqual(snapshot(fresh.tokenizeFolded(text)));
    }
  });
});
