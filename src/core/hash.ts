/** FNV-1a 32-bit, as 8 hex chars. Stable across browsers and Node; not cryptographic. */
export function fnv1a(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** How many leading characters of the text enter a fallback key. Short enough that expanding a
 * "…more" text does not change the key (sites truncate after well over this many characters). */
export const FALLBACK_KEY_PREFIX = 80;

/** JavaScript's \s: what the keys stored so far were collapsed by (they must not change). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `text.replace(/\s+/g, ' ').trim().slice(0, max)`, reading only as far as the result needs:
 * a long post's key costs the same as a short one's. */
export function collapsedPrefix(text: string, max: number): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length && out.length < max; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      gap = out.length > 0;
      continue;
    }
    if (gap) {
      out += ' ';
      gap = false;
      if (out.length === max) break;
    }
    out += text[i];
  }
  return out;
}

/** Key for a post whose site shows no id: author + the start of its text. */
export function fallbackPostKey(authorId: string, text: string): string {
  return `h:${fnv1a(`${authorId}\n${collapsedPrefix(text, FALLBACK_KEY_PREFIX)}`)}`;
}
