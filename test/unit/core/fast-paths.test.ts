// The classifier's shortcuts must give what the plain computation gives, on any text: hashes
// taken while scanning, the skipped spaced-letter merge, the plain-ASCII offset shortcut and the
// list of fired signals, the quote mark noted while scanning.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DET, detect, listFired } from '../../../src/core/detect';
import { mergeSpaced } from '../../../src/core/spaced';
import { hashToken } from '../../../src/core/token-hash';
import { tokenize, type Tokens } from '../../../src/core/tokenize';

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom('a', 'D', 's', ' ', '\n', '.', ',', '1', '3', '0', '@', '$', '#', '-', 'í', 'ß', '𝐃', 'Ｌ', '\u200B',
      '👉', '\uD800', '€', '%', 'http://x.co/a', 'www.', 'd m', 'l i n k', 'tenes', 'dos', 'DM me', 'link in bio', '"',
      '\u201c', '\u00ab', '\u201d', 'x"y', 'http://x.co/"a'),
    maxLength: 80,
  }),
);

/** Every per-token field the classifier reads, as plain arrays. */
function snapshot(t: Tokens): number[][] {
  const fields = [t.kind, t.nl, t.brk, t.num, t.dot, t.o0, t.o1, t.n0, t.n1, t.hash, t.stem];
  return fields.map((a) => Array.from(a.subarray(0, t.n)));
}

describe('classifier fast paths', () => {
  it('hashes taken while scanning equal hashes recomputed from the token text', () => {
    fc.assert(fc.property(text, (s) => {
      const t = tokenize(s);
      const scanned = snapshot(t);
      for (let i = 0; i < t.n; i++) hashToken(t, i);
      expect(snapshot(t)).toEqual(scanned);
    }), { numRuns: 500 });
  });

  it('skipping the spaced-letter merge never skips a merge', () => {
    fc.assert(fc.property(text, (s) => {
      const t = tokenize(s);
      const before = snapshot(t);
      mergeSpaced(t); // a no-op on a stream tokenize() already merged (or rightly skipped)
      expect(snapshot(t)).toEqual(before);
    }), { numRuns: 500 });
  });

  it('plain-ASCII offsets equal the offsets stored for folded text', () => {
    // "€ " first: no ASCII prefix, so every offset comes from the stored per-unit map.
    fc.assert(fc.property(text, (s) => {
      const plain = snapshot(tokenize(s));
      const shifted = snapshot(tokenize(`€ ${s}`)).map((a, f) => a.slice(1).map((v) => (f === 5 || f === 6 ? v - 2 : v)));
      // n0 / n1 index the normalised buffer, where "€" takes one unit before the rest.
      shifted[7] = shifted[7]!.map((v) => v - 1);
      shifted[8] = shifted[8]!.map((v) => v - 1);
      expect(shifted).toEqual(plain);
    }), { numRuns: 500 });
  });

  it('tokenize() marks every text that holds an opening quote (detect asks anyOpeningQuote only then)', () => {
    fc.assert(fc.property(text, (s) => {
      const quoted = s.includes('"') || s.includes('\u201c') || s.includes('\u00ab');
      if (quoted) expect(tokenize(s).quoteMaybe).toBe(true);
    }), { numRuns: 1000 });
  });

  it('lists exactly the fired signals, ascending', () => {
    fc.assert(fc.property(text, (s) => {
      detect(tokenize(s), { text: s });
      listFired();
      const on: number[] = [];
      for (let k = 0; k < DET.on.length; k++) if (DET.on[k] === 1) on.push(k);
      expect(Array.from(DET.list.subarray(0, DET.fired))).toEqual(on);
    }), { numRuns: 300 });
  });
});
