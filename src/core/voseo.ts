/** Voseo folding (Argentina, Uruguay, Central America): "escribime", "seguinos", "tenés" are
 * the "escríbeme", "síguenos", "tienes" of other registers. The tokenizer gives such a word the
 * stem of its tú form, so one lexicon phrase and one learned n-gram cover both. Only forms
 * that cannot be read another way are listed: accent folding already makes "reservá" equal
 * "reserva", and "pedí" / "escribí" are also first-person past tenses, so they stay apart. */
import { fnvString } from './word-fold';

const PAIRS: readonly (readonly [string, string])[] = [
  ['escribime', 'escribeme'], ['escribinos', 'escribenos'], ['escribile', 'escribele'], ['seguime', 'sigueme'],
  ['seguinos', 'siguenos'], ['seguilo', 'siguelo'], ['contame', 'cuentame'], ['contanos', 'cuentanos'],
  ['decime', 'dime'], ['decinos', 'dinos'], ['decile', 'dile'], ['decilo', 'dilo'], ['pedime', 'pideme'],
  ['pedilo', 'pidelo'], ['pedila', 'pidela'], ['pedinos', 'pidenos'], ['conseguilo', 'consiguelo'],
  ['conseguila', 'consiguela'], ['hacelo', 'hazlo'], ['hacela', 'hazla'], ['hacete', 'hazte'], ['ponete', 'ponte'],
  ['inscribite', 'inscribete'], ['suscribite', 'suscribete'], ['unite', 'unete'], ['probalo', 'pruebalo'],
  ['probala', 'pruebala'], ['proba', 'prueba'], ['volve', 'vuelve'], ['mostrame', 'muestrame'], ['pensalo', 'piensalo'],
  ['encontralo', 'encuentralo'], ['empeza', 'empieza'], ['recorda', 'recuerda'], ['acordate', 'acuerdate'],
  ['movete', 'muevete'], ['sentate', 'sientate'], ['elegilo', 'eligelo'], ['tenes', 'tienes'], ['podes', 'puedes'],
  ['queres', 'quieres'], ['venis', 'vienes'], ['decis', 'dices'], ['pensas', 'piensas'], ['preferis', 'prefieres'],
  ['encontras', 'encuentras'], ['empezas', 'empiezas'], ['contas', 'cuentas'], ['sentis', 'sientes'],
];

/** Stem of the tú form by the voseo word's hash (both as the tokenizer computes them). */
const TU = new Map<number, number>();
/** Low 12 bits of the keys: a byte test skips almost every word before the Map lookup. 4 KB, so
 * it stays in the CPU cache next to the page's own work (one miss per word for a 64 KB table). */
export const VOSEO_MASK = 0xfff;
export const VOSEO_MAYBE = new Uint8Array(VOSEO_MASK + 1);
for (const [vos, tu] of PAIRS) {
  const h = fnvString(vos);
  // The stem drops a trailing "s" (see tokenize.ts), so "tienes" is stored as "tiene".
  TU.set(h, fnvString(tu.length >= 3 && tu.endsWith('s') ? tu.slice(0, -1) : tu));
  VOSEO_MAYBE[h & VOSEO_MASK] = 1;
}

/** The tú-form stem for a voseo word hash, or `stem` unchanged. */
export function voseoStem(hash: number, stem: number): number {
  return TU.get(hash) ?? stem;
}
