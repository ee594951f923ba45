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

/** Key for a post whose site shows no id: author + the start of its text. */
export function fallbackPostKey(authorId: string, text: string): string {
  const start = text.replace(/\s+/g, ' ').trim().slice(0, FALLBACK_KEY_PREFIX);
  return `h:${fnv1a(`${authorId}\n${start}`)}`;
}
