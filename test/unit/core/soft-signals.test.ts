import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify';
import { detectSignals } from '../../../src/core/detect';
import { styleFeatures } from '../../../src/core/features';
import { tokenize } from '../../../src/core/tokenize';

/** Example posts written for these tests (not from any data set). */
function fired(text: string): Map<string, string> {
  return new Map(detectSignals({ text }).map((s) => [s.id, s.evidence]));
}

const SOFT: [string, string][] = [
  // [signal, example]: soft pitches in both languages.
  ['cta-dm', 'Tengo la plantilla lista, te la paso por privado si la quieres.'],
  ['cta-dm', 'Escríbeme y te cuento cómo lo organizo.'],
  ['cta-dm', 'Drop a comment and I will send you the checklist.'],
  ['cta-link-bio', 'La agenda completa está en el link de mi perfil.'],
  ['cta-signup', 'Abrimos inscripciones para la segunda edición del taller.'],
  ['cta-signup', 'Ya estás a tiempo de entrar en la lista de espera.'],
  ['cta-signup', 'Descarga gratis mi guía de presupuestos para autónomos.'],
  ['cta-signup', 'Doors are now open for the spring cohort.'],
  ['cta-signup', 'Join the waitlist for the next round.'],
  ['cta-signup', 'Grab your seat for Thursday, it is free.'],
  ['cta-comment-word', 'Want the swipe file? Reply yes below.'],
  ['offer-course', 'My free training on cold email goes live on Monday.'],
  ['urgency-scarcity', 'Quedan pocas plazas para el grupo de mayo.'],
  ['urgency-deadline', 'Cierro inscripciones el domingo a medianoche.'],
  ['offer-launch', 'Hoy lanzamos la nueva colección de tazas pintadas.'],
];

const COUNTER: [string, string][] = [
  ['counter-critique', 'Beware the fake urgency in those launch emails.'],
  ['counter-critique', 'Lo de la falsa escasez en los lanzamientos ya cansa.'],
  ['counter-question', '¿Conocen algún curso de Excel que valga la pena?'],
  ['counter-question', 'Can anyone recommend a decent bookkeeping tool?'],
  ['counter-review', 'My experience with the course after three months, pros and cons.'],
  ['counter-free', 'Publiqué el código fuente bajo licencia MIT.'],
  ['counter-news', 'The regulator fined the company after a quarterly audit.'],
  ['counter-job', 'Estamos buscando una persona para soporte, rango salarial en el anuncio.'],
  ['counter-job', "We're looking for a data engineer, salary range in the ad."],
];

describe('soft pitches and counter-signals', () => {
  for (const [id, text] of [...SOFT, ...COUNTER]) {
    it(`${id}: ${text}`, () => {
      expect(fired(text).has(id)).toBe(true);
    });
  }

  it('a call to action inside quotation marks is reported speech, not an ask', () => {
    const critique = 'Half the posts in my feed end with "DM me for the link" and I am tired of it.';
    expect(fired(critique).has('cta-dm')).toBe(false);
    expect(fired('«Escríbeme por privado» dicen todos, y nadie explica nada.').has('cta-dm')).toBe(false);
    // The same words outside quotes still count; a quoted keyword after the ask is fine too.
    expect(fired('Want the template? DM me and it is yours.').has('cta-dm')).toBe(true);
    expect(fired('Comment "PLAN" below and I will send it.').has('cta-comment-word')).toBe(true);
  });

  it('reasons still quote real spans of the original text', () => {
    const text = 'Últimas plazas 🔥 Te lo paso por privado, escríbeme y te cuento. Link en mi perfil.';
    const j = classify({ text });
    expect(j.reasons.length).toBeGreaterThan(0);
    for (const r of j.reasons) if (r.start >= 0) expect(text.slice(r.start, r.end)).toBe(r.evidence);
  });
});

function ids(text: string): number[] {
  const out: number[] = [];
  styleFeatures(tokenize(text), (id) => out.push(id));
  return out;
}

describe('style features', () => {
  it('spots a phone number but not prices or years', () => {
    expect(ids('Call Ana on 0161 496 0000 to book.')).toContain(0x800);
    expect(ids('Llamá al 4831-2207 para pedir.')).toContain(0x800);
    expect(ids('It cost 1,500 in 2024 and 300 in 2025.')).not.toContain(0x800);
  });

  it('tells a closing question from a closing link or emoji', () => {
    expect(ids('What do you think?')).toContain(0x701);
    expect(ids('All here https://example.com/x')).toContain(0x704);
    expect(ids('All here 👉')).toContain(0x705);
  });
});
