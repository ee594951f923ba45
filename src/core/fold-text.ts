/** First tokenizer pass: the text folded unit by unit (see fold.ts) into the shared Tokens
 * buffers fu (units), fc (classes) and fo0 (original offsets). Split from tokenize.ts. */
import { foldCodePoint as foldCodePoint_ } from './fold';
import type { Tokens } from './tokens';
import { grow8 as grow8_, grow16 as grow16_, grow32 as grow32_ } from './word-fold';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const foldCodePoint = foldCodePoint_;
const grow8 = grow8_;
const grow16 = grow16_;
const grow32 = grow32_;

/** End of the code point that starts at `o` in the original text (a surrogate pair is two units,
 * as foldText() reads it): folded units keep only their start, which saves a store per char. */
export function codePointEnd(text: string, o: number): number {
  const c = text.charCodeAt(o);
  if (c >= 0xd800 && c <= 0xdbff && o + 1 < text.length) {
    const lo = text.charCodeAt(o + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return o + 2;
  }
  return o + 1;
}

/** ASCII folding tables (255 = dropped, e.g. control characters folded to nothing). */
const ASCII_LOWER = new Uint16Array(128);
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const f = foldCodePoint(c);
  ASCII_LOWER[c] = f.units.length === 1 ? f.units.charCodeAt(0) : 32;
  ASCII_CLASS[c] = f.units.length === 1 ? (f.classes[0] ?? 0) : 255;
}

/** Fold `text` into t.fu / t.fc / t.fo0 and set t.fn and t.plain. */
export function foldText(t: Tokens, text: string): void {
  const len = text.length;
  t.fu = grow16(t.fu, len + 8);
  t.fc = grow8(t.fc, len + 8);
  t.fo0 = grow32(t.fo0, len + 8);
  let fu = t.fu, fc = t.fc, fo0 = t.fo0;
  // Leading plain ASCII (most posts are all ASCII): unit n is char n, so fo0 is not written.
  let i = 0;
  for (; i < len; i++) {
    const cp = text.charCodeAt(i);
    const cls = cp < 128 ? (ASCII_CLASS[cp] ?? 0) : 255;
    if (cls === 255) break;
    fu[i] = ASCII_LOWER[cp] ?? 0;
    fc[i] = cls;
  }
  t.plain = i;
  let n = i;
  while (i < len) {
    let cp = text.charCodeAt(i);
    if (cp < 128) {
      // ASCII fast path: one table lookup, no object, no inner loop.
      const cls = ASCII_CLASS[cp] ?? 0;
      if (cls !== 255) {
        fu[n] = ASCII_LOWER[cp] ?? 0;
        fc[n] = cls;
        fo0[n] = i;
        n++;
      }
      i++;
      continue;
    }
    let w = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < len) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    const f = foldCodePoint(cp);
    const u = f.units;
    if (n + u.length + (len - i) > fu.length) {
      const m = n + u.length + len;
      t.fu = fu = grow16(fu, m); t.fc = fc = grow8(fc, m); t.fo0 = fo0 = grow32(fo0, m);
    }
    for (let k = 0; k < u.length; k++) {
      fu[n] = u.charCodeAt(k);
      fc[n] = f.classes[k] ?? 0;
      fo0[n] = i;
      n++;
    }
    i += w;
  }
  t.fn = n;
}

