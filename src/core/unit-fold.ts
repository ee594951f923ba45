/** fold.ts's result per UTF-16 unit, as one flat table for the tokenizer's fast scan: most chars
 * (all of ASCII, accented letters, curly quotes, dashes, BMP emoji) fold to exactly one unit,
 * and then one load gives that unit and its class. The rest is marked for the general scan. */
import { C_LOW, foldCodePoint, type Folded } from './fold';

/** Codes in the low 4 bits of INFO besides the classes C_* (0-7) of fold.ts. */
/** Folds to nothing (variation selectors, zero-width joiners): no unit at all. */
export const SKIP = 8;
/** Surrogate, or folds to several units ("…" is "..."): only the general scan takes it. */
export const SLOW = 9;
/** Not looked up yet. */
export const UNKNOWN = 15;

/** INFO[c] = folded unit << 4 | class (or SKIP / SLOW / UNKNOWN) of the char with code unit c.
 * Filled on first sight from fold.ts, so every entry is a fixed function of c (results never
 * depend on earlier texts); 256 KB, fixed. */
export const INFO = new Int32Array(65536).fill(UNKNOWN);

/** Fill and return INFO[c]. */
export function learn(c: number): number {
  let x = SLOW;
  if (c < 0xd800 || c > 0xdfff) {
    const f = foldCodePoint(c);
    const u = f.units.charCodeAt(0);
    if (f.units.length === 0) x = SKIP;
    else if (f.units.length === 1 && (u < 0xd800 || u > 0xdfff)) x = (u << 4) | (f.classes[0] ?? 0);
  }
  INFO[c] = x;
  return x;
}
for (let c = 0; c < 128; c++) learn(c);

/** The fold of the surrogate pair at q when it folds to nothing or to one pair ([class, C_LOW]),
 * as emoji do; null for anything else (a lone surrogate, a math-bold letter folded to 'a'). */
export function pairFold(text: string, q: number): Folded | null {
  const hi = text.charCodeAt(q);
  if (hi < 0xd800 || hi > 0xdbff || q + 1 >= text.length) return null;
  const lo = text.charCodeAt(q + 1);
  if (lo < 0xdc00 || lo > 0xdfff) return null;
  const f = foldCodePoint(((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
  return f.units.length === 0 || (f.units.length === 2 && f.classes[1] === C_LOW) ? f : null;
}
