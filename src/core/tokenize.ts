/** Linear tokenizer. One shared, growable set of typed arrays is reused on every call (no
 * per-post allocation of big arrays); callers read it before the next call. Every token keeps the
 * [start, end) span of the ORIGINAL text it came from, so evidence is always a real substring of
 * what the user saw. Two scans give the same tokens: the fast one of scan-fast.ts, straight over
 * the text, and the general one of scan-folded.ts over folded units, which the fast one hands
 * the rare stretches it cannot take (a zero-width char inside a word, "…", math-bold letters). */
import { grow16 as grow16_ } from './word-fold';
import { mergeSpaced as mergeSpaced_ } from './spaced';
import { Tokens } from './tokens';
import { scanText as scanText_ } from './scan-fast';
import { scanSlow as scanSlow_ } from './scan-folded';

// Local aliases of imports: some loaders (tsx, CJS interop) turn imported bindings into getter
// calls; copying them once keeps the hot loops free of those calls. Same pattern in other files.
const grow16 = grow16_;
const mergeSpaced = mergeSpaced_;
const scanSlow = scanSlow_;
const scanText = scanText_;

export { FNV_OFFSET, FNV_PRIME } from './word-fold';
export { K_CUR, K_EMOJI, K_PCT, K_URL, K_WORD } from './word-fold';
export { Tokens } from './tokens';

export const TOK = new Tokens();

function reset(t: Tokens, text: string): void {
  t.text = text;
  t.strAt = -1;
  t.lastSingle = -2;
  t.singlePairs = false;
  t.linky = false;
  t.quoteMaybe = false;
  t.n = 0;
  t.nbn = 0;
}

/** Tokenize `text` into the shared TOK stream and return it. */
export function tokenize(text: string): Tokens {
  const t = TOK;
  reset(t, text);
  t.nb = grow16(t.nb, text.length + 8);
  scanText(t, text);
  if (t.singlePairs) mergeSpaced(t);
  return t;
}

/** tokenize() with the general scan alone over the whole folded text: the reference the fast
 * scan is tested against (same tokens, slower). */
export function tokenizeFolded(text: string): Tokens {
  const t = TOK;
  reset(t, text);
  t.nb = grow16(t.nb, 8);
  t.quoteMaybe = true;
  scanSlow(t, text, 0, text.length, 0);
  if (t.singlePairs) mergeSpaced(t);
  return t;
}
