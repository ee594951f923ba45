/** Public normalisation API. The classifier itself reads the token stream directly (see
 * tokenize.ts); this string form exists for custom phrases, tests and debugging. */
import { tokenize } from './tokenize';

export { tokenize, TOK, K_CUR, K_EMOJI, K_PCT, K_URL, K_WORD, type Tokens } from './tokenize';

/** Normalised text: folded tokens joined by a space (a line break where the source had one).
 * NFKC + case + diacritics + invisibles + leetspeak + spacing tricks are all folded, and
 * normalize(normalize(x)) === normalize(x). */
export function normalize(text: string): string {
  const t = tokenize(text);
  const parts: string[] = [];
  for (let i = 0; i < t.n; i++) {
    if (i > 0) parts.push(t.nl[i] ? '\n' : ' ');
    parts.push(t.str(i));
  }
  return parts.join('');
}

/** Normalised tokens with their original spans (for tests and tools). */
export function normalizedTokens(text: string): { token: string; start: number; end: number }[] {
  const t = tokenize(text);
  const out: { token: string; start: number; end: number }[] = [];
  for (let i = 0; i < t.n; i++) out.push({ token: t.str(i), start: t.o0[i] ?? 0, end: t.o1[i] ?? 0 });
  return out;
}
