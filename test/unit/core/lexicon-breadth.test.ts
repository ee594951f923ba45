import { describe, expect, it } from 'vitest';
import { detectSignals } from '../../../src/core/detect';

/** Example posts written for these tests (not from any data set). */
function fired(text: string): Set<string> {
  return new Set(detectSignals({ text }).map((s) => s.id));
}

// [signal, English example, Spanish example]: one pair per kind of pitch the lexicons now cover.
const PITCHES: [string, string, string][] = [
  ['cta-buy', 'Selling my road bike, £150 ono, collection only.', 'Vendo bici de ruta, precio conversable.'],
  ['cta-buy', 'Two-bed flat to let near the station, book a viewing.', 'Depa en renta cerca del metro, agenda tu visita.'],
  ['cta-dm', 'Lamp still available, DM if interested.', 'Interesados al privado, hago envíos.'],
  ['cta-dm', 'Questions? Get in touch and we will sort it.', 'Mandame inbox y te paso precios.'],
  ['urgency-scarcity', 'I have room for two more clients in May.', 'Me queda un lugar para el grupo de junio.'],
  ['urgency-scarcity', 'Small batch, first come, first served.', 'Tengo 3 turnos esta semana, por orden de llegada.'],
  ['offer-services', 'Taking on new clients from March, free quotes.', 'Abrí agenda para marzo, presupuesto sin cargo.'],
  ['cta-book-call', 'Book a free intro call on my calendar.', 'Solicita una llamada y lo vemos.'],
  ['cta-signup', 'Start your free trial today.', 'Prueba gratis 14 días, sin tarjeta.'],
  ['discount-deal', 'Limited time offer on every planner.', 'Precio de amigo para mis seguidores.'],
  ['mlm-earn', 'My side hustle runs from my phone.', 'Lo manejo desde mi celular, sin jefes.'],
  ['cta-ask-me', 'If this sounds like you, happy to talk.', 'Si esto te suena, te puedo ayudar.'],
];

// [signal, English example, Spanish example]: value posts that talk about money or selling.
const VALUE: [string, string, string][] = [
  ['counter-job', 'PhD position open in our lab, apply via the university portal.', 'Buscamos personal de cocina, sueldo más prestaciones de ley.'],
  ['counter-news', 'Records show the council fined three landlords.', 'Los alquileres subieron un 8% interanual, según datos oficiales.'],
  ['counter-question', 'Quick question: has anybody used the new bus app?', '¿Alguien sabe dónde arreglan relojes antiguos?'],
  ['counter-review', 'My verdict after a month: the downsides are real.', 'Lo no tan bueno: la entrega tardó. Mi veredicto, aprobado.'],
  ['counter-free', 'Free to a good home: an old sofa bed.', 'Por si a alguien le sirve, dejo la plantilla en la biblioteca.'],
  ['counter-critique', 'If it sounds too good to be true, read the fine print.', 'Si suena demasiado bueno, lee la letra pequeña.'],
  ['counter-personal', 'Merry Christmas from my grandma and me.', 'Feliz cumple a mi hermana, te quiero.'],
  ['counter-lost-found', 'Lost dog near the park, if you see her message me.', 'Se perdió mi perrita, si la ven escríbanme.'],
  ['counter-lost-found', 'Three kittens up for adoption, not for sale.', 'Gatitos en adopción, no se venden.'],
  ['counter-community', 'Free entry at the public library on Saturday.', 'Taller en la biblioteca municipal, entrada libre.'],
  ['counter-job', 'Some news: I got promoted to team lead.', 'Desde el lunes me integro a Lácteos del Sur.'],
];

describe('lexicon breadth, English and Spanish', () => {
  for (const [id, en, es] of [...PITCHES, ...VALUE]) {
    it(`${id}: ${en} / ${es}`, () => {
      expect(fired(en).has(id), en).toBe(true);
      expect(fired(es).has(id), es).toBe(true);
    });
  }
});

describe('words shared by the two languages do not cross over', () => {
  it('Spanish "sale" (goes out) and a "Head of Sales" title are not a sale', () => {
    expect(fired('No me sale igual que a mi abuela.').has('discount-deal')).toBe(false);
    expect(fired('Buscamos Head of Sales para el equipo.').has('discount-deal')).toBe(false);
    expect(fired('Everything is on sale until Sunday.').has('cta-buy')).toBe(true);
  });

  it('a shop opening late is not opening its books', () => {
    expect(fired('Hoy abrimos más tarde por la lluvia.').has('offer-services')).toBe(false);
    expect(fired('Abrimos agenda para abril.').has('offer-services')).toBe(true);
  });
});

// Pitches that share words with lost-and-found and community posts (from a review of the first
// version of those lists): the counter-signals must not fire on them.
const PITCHES_NOT_COUNTERED: [string, string][] = [
  ['counter-lost-found', 'Perdí mi miedo a vender gracias a este curso: 50% de descuento hasta el domingo.'],
  ['counter-lost-found', 'Encontré una forma de ganar dinero desde casa, escríbeme.'],
  ['counter-lost-found', 'Mi dolor de espalda desapareció con este colchón, link en la bio.'],
  ['counter-lost-found', 'Is this your year to launch? Book a call.'],
  ['counter-lost-found', 'Looking for a home in Austin? DM me for listings.'],
  ['counter-lost-found', 'This recipe is not for sale anywhere else, get the ebook now.'],
  ['counter-community', 'Free event: join my masterclass, spots are limited, sign up now.'],
  ['counter-community', 'My template library is 40% off this week.'],
  ['counter-community', 'Envío sin costo a todo el país, pedí el tuyo.'],
  ['counter-job', 'My client got promoted after our 8-week coaching program. Book a call.'],
];

describe('counter-signals stay out of pitches that share their words', () => {
  for (const [id, text] of PITCHES_NOT_COUNTERED) {
    it(`${id} does not fire: ${text}`, () => {
      expect(fired(text).has(id), text).toBe(false);
    });
  }
});
