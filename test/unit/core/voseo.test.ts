import { describe, expect, it } from 'vitest';
import { detectSignals } from '../../../src/core/detect';
import { tokenize } from '../../../src/core/tokenize';

/** Example phrases written for these tests (not from any data set). */
function stems(text: string): number[] {
  const t = tokenize(text);
  return Array.from(t.stem.subarray(0, t.n));
}

describe('voseo folding', () => {
  it('gives voseo forms the stem of their tú form', () => {
    expect(stems('Escribime y te cuento')).toEqual(stems('Escríbeme y te cuento'));
    expect(stems('Seguinos en la página')).toEqual(stems('Síguenos en la página'));
    expect(stems('¿Tenés dudas? ¿Querés saber más?')).toEqual(stems('¿Tienes dudas? ¿Quieres saber más?'));
  });

  it('leaves forms that are also past tenses alone ("escribí" = I wrote)', () => {
    expect(stems('Escribí un libro')).not.toEqual(stems('Escribe un libro'));
    expect(stems('Pedí pizza')).not.toEqual(stems('Pide pizza'));
  });

  it('lets a tú-form lexicon phrase catch the voseo form', () => {
    // Only "consíguelo" is in the lexicon; "conseguilo" reaches it through the fold.
    const s = detectSignals({ text: 'Conseguilo en la feria del sábado.' }).find((x) => x.id === 'cta-buy');
    expect(s?.evidence).toBe('Conseguilo');
  });
});
