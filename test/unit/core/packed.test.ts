import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, packWeights, toBase64, unpackWeights } from '../../../src/core/packed';
import { DIM } from '../../../src/core/features';
import { MODEL } from '../../../src/core/model';

describe('packed model weights', () => {
  it('base64 round-trips any bytes and matches the standard alphabet', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const s = toBase64([...bytes]);
      expect(s).toBe(Buffer.from(bytes).toString('base64'));
      expect([...fromBase64(s)]).toEqual([...bytes]);
    }));
  });

  it('pack/unpack round-trips sparse signed-byte weights', () => {
    const entry = fc.tuple(fc.integer({ min: 0, max: DIM - 1 }), fc.integer({ min: -127, max: 127 }).filter((w) => w !== 0));
    fc.assert(fc.property(fc.uniqueArray(entry, { selector: (e) => e[0], maxLength: 300 }), (entries) => {
      const sorted = entries.toSorted((a, b) => a[0] - b[0]);
      const dense = unpackWeights(packWeights(sorted.map((e) => e[0]), sorted.map((e) => e[1])), DIM);
      const got: [number, number][] = [];
      dense.forEach((w, slot) => {
        if (w !== 0) got.push([slot, w]);
      });
      expect(got).toEqual(sorted);
    }));
  });

  it('rejects weights that do not fit a signed byte', () => {
    expect(() => packWeights([3], [128])).toThrow();
    expect(() => packWeights([3], [1.5])).toThrow();
  });

  it('the committed model stays small enough to ship in the content script (issue 9)', () => {
    const bytes = readFileSync(new URL('../../../src/core/model-weights.json', import.meta.url)).length;
    expect(bytes).toBeLessThanOrEqual(20_000);
    expect(MODEL.ngram.some((w) => w !== 0)).toBe(true);
  });
});
