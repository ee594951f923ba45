/** node --import tsx scripts/audit-lexicon.ts [promo|counter]
 * Precision audit of lexicon phrases on the TRAINING splits only (posts-dev's train split and the
 * written set's): for each phrase, how many gold-value and gold-promo train posts it fires on.
 * The rule (fixed before any counts were seen, session 6): a phrase is FLAGGED when it fires on at
 * least two posts of the other label and on fewer of its own label's posts than of the other's;
 * flagged phrases were narrowed or removed. WATCH: at least three of the other label and under
 * two thirds its own. Counts are per phrase: a removed phrase's posts may still fire its signal
 * through a shorter phrase of the same list. */
import { loadDev, loadWritten, splitDev, splitWritten, type Example } from './lib/data';
import { LEXICONS } from '../src/core/lexicon/index';
import { ARROW_EMOJI, SPONSOR_TAGS } from '../src/core/lexicon/shared';
import { HITS, matchAll, PhraseTrie } from '../src/core/matcher';
import { insideQuotes, quotableSignal } from '../src/core/detect';
import { tokenize } from '../src/core/tokenize';

type Side = 'promo' | 'counter';
interface Phrase { signal: string; phrase: string; placeholders: boolean }
interface Row extends Phrase { own: number; other: number }

function phrasesOf(side: Side): Phrase[] {
  const out: Phrase[] = [];
  for (const lexicon of LEXICONS) {
    for (const [signal, list] of Object.entries(lexicon)) {
      if (signal.startsWith('counter-') !== (side === 'counter')) continue;
      for (const phrase of list) out.push({ signal, phrase, placeholders: true });
    }
  }
  if (side === 'promo') {
    for (const tag of SPONSOR_TAGS) out.push({ signal: 'sponsor-tag', phrase: tag, placeholders: false });
    for (const emoji of ARROW_EMOJI) out.push({ signal: 'cta-arrow', phrase: emoji, placeholders: false });
  }
  return out;
}

/** Phrase indexes that fire on one post, as detect() would count them. */
function firedOn(text: string, phrases: readonly Phrase[], trie: PhraseTrie): Set<number> {
  const tokens = tokenize(text);
  matchAll(tokens, trie);
  const fired = new Set<number>();
  let giveaway = false;
  let follow = false;
  for (let h = 0; h < HITS.n; h++) {
    const k = HITS.key[h] ?? 0;
    const { signal } = phrases[k] as Phrase;
    if (signal === '_giveaway') giveaway = true;
    else if (signal === '_follow') follow = true;
    else if (quotableSignal(signal) && insideQuotes(tokens.text, tokens.o0[HITS.a[h] ?? 0] ?? 0)) continue; // reported speech, as in detect()
    fired.add(k);
  }
  // A giveaway counts only with a follow ask beside it (see detect.ts).
  if (!(giveaway && follow)) for (const k of fired) if ((phrases[k] as Phrase).signal.startsWith('_')) fired.delete(k);
  return fired;
}

export function audit(side: Side, posts: readonly Example[]): Row[] {
  const phrases = phrasesOf(side);
  const trie = new PhraseTrie();
  phrases.forEach((p, i) => trie.add(p.phrase, i, p.placeholders));
  const rows: Row[] = phrases.map((p) => ({ ...p, own: 0, other: 0 }));
  const ownLabel = side === 'promo' ? 'promo' : 'value';
  for (const post of posts) {
    for (const k of firedOn(post.text, phrases, trie)) {
      const row = rows[k] as Row;
      if (post.label === ownLabel) row.own++;
      else row.other++;
    }
  }
  return rows;
}

const share = (r: Row): number => r.own / Math.max(1, r.own + r.other);
export const isFlagged = (r: Row): boolean => r.other >= 2 && share(r) < 0.5;
const isWatched = (r: Row): boolean => !isFlagged(r) && r.other >= 3 && share(r) < 2 / 3;

const fmt = (r: Row): string =>
  `${r.signal.padEnd(20)} ${JSON.stringify(r.phrase).padEnd(32)} own ${String(r.own).padStart(3)}  other ${String(r.other).padStart(3)}  share ${share(r).toFixed(2)}`;

function main(): void {
  const side = (process.argv[2] ?? 'promo') as Side;
  if (side !== 'promo' && side !== 'counter') throw new Error('usage: audit-lexicon.ts [promo|counter]');
  const train = [...splitDev(loadDev()).train, ...splitWritten(loadWritten()).train];
  const rows = audit(side, train);
  console.log(`${side}-side phrases: ${rows.length}; train posts: ${train.length} (never the eval splits)`);
  const flagged = rows.filter(isFlagged).toSorted((a, b) => b.other - a.other);
  console.log(`\nFLAGGED (other >= 2, own share < 0.5): ${flagged.length}`);
  for (const r of flagged) console.log(fmt(r));
  const watched = rows.filter(isWatched).toSorted((a, b) => b.other - a.other);
  console.log(`\nWATCH (other >= 3, own share < 0.67): ${watched.length}`);
  for (const r of watched) console.log(fmt(r));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
