/** Folding for the tokenizer's general scan (scan-folded.ts): a stretch of the text folded unit by
 * unit (see fold.ts) into the shared Tokens buffers fu (units), fc (classes) and fo0 (original
 * offsets). The fast scan (scan-fast.ts) reads the text itself and never comes here. */
import { classOf as classOf_, INFO as INFO_, unitOf as unitOf_ } from './unit-fold';
import { foldCodePoint as foldCodePoint_ } from './fold';
import type { Tokens } from './tokens';
import { grow8 as grow8_, grow16 as grow16_, grow32 as grow32_ } from './word-fold';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const INFO = INFO_;
const classOf = classOf_;
const unitOf = unitOf_;
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

/** Fold text[s, e) into t.fu / t.fc / t.fo0 from index 0 and set t.fn. `s` and `e` must be code
 * point boundaries: folding is per code point, so the units are those the whole text has there. */
export function foldText(t: Tokens, text: string, s: number, e: number): void {
  const len = e - s;
  t.fu = grow16(t.fu, len + 8);
  t.fc = grow8(t.fc, len + 8);
  t.fo0 = grow32(t.fo0, len + 8);
  let fu = t.fu, fc = t.fc, fo0 = t.fo0;
  let n = 0;
  let i = s;
  while (i < e) {
    let cp = text.charCodeAt(i);
    if (cp < 128) {
      // One unit, one table lookup: no object, no inner loop.
      const x = INFO[cp] ?? 0;
      fu[n] = unitOf(x);
      fc[n] = classOf(x);
      fo0[n] = i;
      n++;
      i++;
      continue;
    }
    let w = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < e) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    const f = foldCodePoint(cp);
    const u = f.units;
    if (n + u.length + (e - i) > fu.length) {
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
