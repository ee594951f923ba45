/** User's own promo/value phrases, compiled with the same normalisation as the lexicons and
 * cached by content, so passing the same settings object on every post costs a Map lookup. */
import { PhraseTrie } from './matcher';

export const CUSTOM_PROMO = 0;
export const CUSTOM_VALUE = 1;

const cache = new Map<string, PhraseTrie | null>();

export function customTrie(promo: readonly string[], value: readonly string[]): PhraseTrie | null {
  if (promo.length === 0 && value.length === 0) return null;
  const key = `${promo.join('\u0001')}\u0002${value.join('\u0001')}`;
  let trie = cache.get(key);
  if (trie !== undefined) return trie;
  trie = new PhraseTrie();
  for (const p of promo) if (typeof p === 'string' && p.trim() !== '') trie.add(p.slice(0, 500), CUSTOM_PROMO, false);
  for (const p of value) if (typeof p === 'string' && p.trim() !== '') trie.add(p.slice(0, 500), CUSTOM_VALUE, false);
  if (trie.size === 0) trie = null;
  if (cache.size > 16) cache.clear();
  cache.set(key, trie);
  return trie;
}
