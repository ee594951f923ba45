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
  // The same audit in the other direction: counter phrases that fired on at least two pitches
  // and on fewer ordinary posts than pitches were removed or narrowed.
  ['counter-personal', 'Mis hijos ya tienen su mochila personalizada, ¿y los tuyos? Pedidos por WhatsApp.'],
  ['counter-personal', 'Wedding season is here: book your makeup trial before May fills up.'],
  ['counter-news', 'Este trimestre cerramos con 40 alumnos: abrimos la inscripción del siguiente.'],
  ['counter-news', 'Revisamos tu CV gratis en 24 horas, escríbenos.'],
  ['counter-news', 'We just announced our spring collection, 20% off with code SPRING.'],
  ['counter-question', '¿Me ayudan a llegar a 100 pedidos este mes? Envíos a todo el país.'],
  ['counter-critique', 'Tired of guessing your macros? My 12-week plan does it for you.'],
  // The audit again with 800 more written posts in the train split.
  ['counter-personal', 'My husband and I just opened our candle shop, use code HOME10.'],
  ['counter-news', 'We found the perfect formula: join my 6-week program, 3 spots left.'],
  ['counter-job', 'This role is yours if you join my team: work from home, earn $3k a month.'],
];

describe('counter-signals stay out of pitches that share their words', () => {
  for (const [id, text] of PITCHES_NOT_COUNTERED) {
    it(`${id} does not fire: ${text}`, () => {
      expect(fired(text).has(id), text).toBe(false);
    });
  }
});

// Phrases narrowed by a precision audit on the training splits (a phrase that fired on at least
// two ordinary posts and on fewer pitches than ordinary posts was narrowed or removed): ordinary
// posts that used the bare words, written for this test, no longer fire the signal.
const ORDINARY_NOT_PROMO: [string, string][] = [
  // The audit again with 800 more written posts in the train split.
  ['cta-ask-me', "Ping me if the 7:40 train is late again, I'm on it too."],
  ['sponsor-phrase', "No affiliate links here, I paid for the blender myself and it's great."],
  ['offer-course', 'Los talleres mecánicos del barrio cierran en agosto.'],
  ['offer-course', "The council's free webinar on the new bin rules had nine viewers."],
  ['offer-coaching', 'Mi hermana abrió una consultoría de arquitectura y estoy muy orgullosa.'],
  ['urgency-deadline', 'Corre la voz: se perdió un perro en el parque.'],
  ['urgency-scarcity', 'Hasta completar el aforo, la entrada al museo es libre el domingo.'],
  ['offer-product', 'I made a printable chore chart for my kids, nothing fancy.'],
  ['urgency-deadline', 'We had three power cuts this week, the fridge is a cupboard now.'],
  ['urgency-deadline', 'Última hora: cortan la autopista norte por un accidente.'],
  ['offer-course', 'My nephew failed his chemistry course again and he is gutted.'],
  ['offer-course', 'Dejé el curso de alemán a la mitad, me aburría muchísimo.'],
  ['offer-course', 'The council held a webinar about the new bin rules, nobody came.'],
  ['offer-course', 'Mi sobrino terminó un bootcamp y sigue sin encontrar trabajo.'],
  ['offer-course', 'Fuimos a la academia de baile del barrio a ver a mi hija.'],
  ['price-amount', 'Qué caro está todo, el precio del pan subió otra vez.'],
  ['price-amount', 'Pagué 500 pesos por un taxi del aeropuerto, una locura.'],
  ['price-amount', 'En el colegio la mochila cuesta 40 dólares y tengo tres hijos.'],
  ['discount-deal', 'Black Friday traffic on the ring road was a nightmare.'],
  ['discount-deal', 'The shop gave my mum a pensioner discount, which was kind.'],
  ['discount-deal', 'Mi jefe me hizo una oferta para quedarme y la rechacé.'],
  ['cta-dm', 'If you see our grey cat near the school, please message us.'],
  ['offer-services', 'I went freelance last year and I miss having colleagues.'],
  ['offer-services', 'Ofrecemos nuestras condolencias a la familia de Marta.'],
  ['sponsor-phrase', 'Odio la publicidad que meten en los vídeos de cocina.'],
  ['sponsor-phrase', 'Gracias a Lucía por cuidar al perro todo el finde.'],
  ['mlm-earn', 'Voy a nadar tres veces por semana desde enero.'],
  ['mlm-crypto', 'Mi primo perdió sus ahorros en cripto y no quiere hablar del tema.'],
  ['cta-buy', 'En este mercadillo no se vende nada, todo es trueque.'],
  ['cta-newsletter', 'Armamos un grupo de WhatsApp con las familias de la clase.'],
  ['cta-ask-me', 'Informes oficiales muestran que bajó el paro en la provincia.'],
  ['cta-ask-me', 'Si te interesa el tema, el artículo completo está en la web del diario.'],
  ['discount-percent', 'Este año llovió un 30% menos que el pasado.'],
  ['offer-coaching', 'Mis alumnos de tercero pintaron un mural precioso en el patio.'],
];

// The narrowed phrases still catch the pitches they were kept for.
const NARROWED_STILL_PROMO: [string, string][] = [
  ['price-amount', 'Precio de lanzamiento: 19 euros hasta el domingo.'],
  ['offer-course', 'Nuevo curso de cerámica para principiantes desde el 3 de marzo.'],
  ['discount-deal', 'Black Friday came early: every plan is cheaper until Monday.'],
  ['cta-dm', 'Message us to book your table for Saturday.'],
  ['cta-ask-me', 'Informes al 555 1234, de lunes a viernes.'],
  ['cta-buy', 'Se vende en Temuco: bicicleta de montaña casi nueva.'],
  ['urgency-deadline', 'Últimas horas de la oferta de verano.'],
];

describe('narrowed promo phrases: ordinary posts stay clear, the pitches still fire', () => {
  for (const [id, text] of ORDINARY_NOT_PROMO) {
    it(`${id} does not fire: ${text}`, () => {
      expect(fired(text).has(id), text).toBe(false);
    });
  }
  for (const [id, text] of NARROWED_STILL_PROMO) {
    it(`${id} fires: ${text}`, () => {
      expect(fired(text).has(id), text).toBe(true);
    });
  }
});
