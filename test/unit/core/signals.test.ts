import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify';
import { detectSignals } from '../../../src/core/detect';
import { SIGNALS } from '../../../src/core/signals';
import type { PostInput } from '../../../src/core/types';

/** Example posts written for these tests (not from any data set). */
function fired(text: string, extra: Partial<PostInput> = {}): Map<string, string> {
  return new Map(detectSignals({ text, ...extra }).map((s) => [s.id, s.evidence]));
}

const CASES: [string, string, string][] = [
  // [signal, English example, Spanish example]
  ['cta-dm', 'Want the checklist? DM me and it is yours.', 'Si te interesa, escríbeme al privado.'],
  ['cta-link-bio', 'Full recipe pack, link in bio!', 'Todo el pack, link en la bio 🙌'],
  ['cta-comment-word', 'Comment "PLAN" and I will send it over.', 'Comenta GUÍA y te la mando.'],
  ['cta-book-call', 'Ready to scale? Book a call this week.', 'Agenda una llamada conmigo.'],
  ['cta-first-comment', 'The template is in the first comment.', 'Te lo dejo en el primer comentario.'],
  ['cta-giveaway', 'Giveaway! Follow us and tag a friend to enter.', 'SORTEO: sigue la cuenta y etiqueta a dos amigas.'],
  ['offer-course', 'My new masterclass on pricing starts Monday.', 'Mi curso de cerámica empieza el lunes.'],
  ['offer-coaching', 'I offer 1:1 coaching for new managers.', 'Abro mentoría para diseñadores junior.'],
  ['urgency-scarcity', 'Only 3 spots left for April.', 'Plazas limitadas para abril.'],
  ['urgency-deadline', 'Early bird pricing ends tonight.', 'Últimas horas de la oferta.'],
  ['price-amount', 'The whole bundle is $49.', 'El pack cuesta 29 euros.'],
  ['discount-code', 'Use code SPRING15 at checkout.', 'Con el código VERANO15 te sale más barato.'],
  ['discount-percent', 'Everything is 30% off this weekend.', 'Todo con 30% de descuento.'],
  ['sponsor-tag', 'Loving this new blender #ad', 'Mi rutina de mañana #publi'],
  ['sponsor-phrase', 'Paid partnership with a coffee brand I actually like.', 'En colaboración con una marca de café.'],
  ['mlm-earn', 'Work from home and build passive income with my team.', 'Trabaja desde casa y genera ingresos extra.'],
  ['mlm-crypto', 'Join my VIP group for daily trading signals.', 'Únete al grupo VIP de señales de trading.'],
  ['counter-critique', 'Stop buying courses from gurus who promise millions.', 'Cuidado con los vendehumo que prometen millones.'],
  ['counter-question', 'Any recommendations for a good SQL course?', '¿Alguien me recomienda un curso de SQL?'],
  ['counter-review', 'Not sponsored: my honest review of the camera.', 'No es publi, es mi opinión sincera de la cámara.'],
  ['counter-free', 'We released it as open source under the MIT license.', 'Lo liberamos como código abierto.'],
  ['counter-job', "We're hiring a backend engineer, apply via our site.", 'Estamos contratando: vacante de enfermería.'],
  ['counter-news', 'According to the latest report, sales fell 4%.', 'Según el informe, las ventas cayeron un 4%.'],
];

describe('signal families, English and Spanish', () => {
  for (const [id, en, es] of CASES) {
    it(`${id} fires in EN and ES`, () => {
      expect(fired(en).has(id), en).toBe(true);
      expect(fired(es).has(id), es).toBe(true);
    });
  }

  it('evidence is the original span, accents and case intact', () => {
    const text = 'Dudas? ESCRÍBEME por privado 📩';
    const s = detectSignals({ text }).find((x) => x.id === 'cta-dm');
    expect(s?.evidence).toBe('ESCRÍBEME');
    expect(text.slice(s?.start, s?.end)).toBe('ESCRÍBEME');
  });

  it('folds obfuscated calls to action', () => {
    expect(fired('the r00m knows, l1nk in b1o').has('cta-link-bio')).toBe(true);
    expect(fired('D.M me for details').get('cta-dm')).toBe('D.M me');
    expect(fired('d m me for details').has('cta-dm')).toBe(true);
    expect(fired('𝐋𝐈𝐍𝐊 𝐈𝐍 𝐁𝐈𝐎').has('cta-link-bio')).toBe(true);
    expect(fired('li\u200Bnk in bio').has('cta-link-bio')).toBe(true);
  });

  it('emoji arrows pointing at a link count', () => {
    expect(fired('Get it here 👉 somewhere').has('cta-arrow')).toBe(true);
  });

  it('link signals from text spans and from post.links', () => {
    const f = fired('Grab it: https://gumroad.com/l/pack');
    expect(f.get('funnel-link')).toBe('https://gumroad.com/l/pack');
    const s = detectSignals({ text: 'new video', links: ['https://www.amazon.com/dp/B0?tag=me-20'] });
    const aff = s.find((x) => x.id === 'sponsor-affiliate-url');
    expect(aff).toMatchObject({ start: -1, end: -1, evidence: 'https://www.amazon.com/dp/B0?tag=me-20' });
    expect(fired('code at https://github.com/acme/tool').has('counter-free')).toBe(true);
  });

  it('platform ad marker forces promo with a marker reason', () => {
    const j = classify({ text: 'Nice shoes.', isAd: true });
    expect(j.verdict).toBe('promo');
    expect(j.reasons[0]).toMatchObject({ signal: 'ad-platform', start: -1, end: -1 });
  });

  it('custom phrases match after the same normalisation', () => {
    const settings = { sensitivity: 'balanced' as const, customPromo: ['Sígueme en Twitch'], customValue: ['receta de la abuela'] };
    const p = classify({ text: 'SIGUEME en TWITCH esta noche' }, settings);
    expect(p.reasons.some((r) => r.signal === 'custom-promo' && r.evidence === 'SIGUEME en TWITCH')).toBe(true);
    expect(p.verdict).toBe('promo');
    const v = classify({ text: 'La Receta de la Abuela, sin trucos.' }, settings);
    expect(v.reasons.some((r) => r.signal === 'custom-value')).toBe(true);
    expect(v.verdict).toBe('value');
  });

  it('clear pitches are promo and everyday posts are value, in both languages', () => {
    expect(classify({ text: 'Only 3 spots left in my coaching program. DM me "READY" 👉 https://calendly.com/coach/intro' }).verdict).toBe('promo');
    expect(classify({ text: 'Últimas plazas de mi mentoría: escríbeme por privado y te paso la info 📩' }).verdict).toBe('promo');
    expect(classify({ text: 'Happy birthday to my dad, who taught me to ride a bike in the rain.' }).verdict).toBe('value');
    expect(classify({ text: 'Hoy llovió todo el día y el perro no quiso salir. Domingo perfecto.' }).verdict).toBe('value');
  });

  it('strict flags at least as much as balanced, which flags at least as much as relaxed', () => {
    const text = 'New template pack is out, have a look if you like.';
    const s = (sensitivity: 'relaxed' | 'balanced' | 'strict') => classify({ text }, { sensitivity, customPromo: [], customValue: [] });
    expect(s('strict').score).toBe(s('relaxed').score);
    const order = { value: 0, promo: 1 };
    expect(order[s('strict').verdict]).toBeGreaterThanOrEqual(order[s('balanced').verdict]);
    expect(order[s('balanced').verdict]).toBeGreaterThanOrEqual(order[s('relaxed').verdict]);
  });

  it('signal ids are unique kebab-case', () => {
    const ids = SIGNALS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
