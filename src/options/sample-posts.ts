import type { PostInput } from '../core/types';

/** Short sample posts for the options page's live preview, written for this project.
 * `kind` is what a careful reader would say; the preview shows what the classifier says. */
export interface SamplePost extends PostInput {
  id: string;
  lang: 'en' | 'es';
  kind: 'clear-promo' | 'subtle-promo' | 'value';
}

export const SAMPLE_POSTS: readonly SamplePost[] = [
  {
    id: 'en-dm-course',
    lang: 'en',
    kind: 'clear-promo',
    text: 'My 6-week course on cold email opens tomorrow. Only 20 seats. DM me "EMAIL" and I\'ll send you the early-bird price.',
  },
  {
    id: 'es-link-bio',
    lang: 'es',
    kind: 'clear-promo',
    text: 'Últimas plazas para mi mentoría de marca personal. Link en la bio, ¡solo hasta el domingo!',
  },
  {
    id: 'en-comment-word',
    lang: 'en',
    kind: 'clear-promo',
    text: 'I made a free guide with the 37 prompts I use every day. Comment "GUIDE" below and I\'ll send it to you.',
  },
  {
    id: 'es-codigo',
    lang: 'es',
    kind: 'clear-promo',
    text: 'Uso estos auriculares a diario. Con mi código LAURA15 tienes un 15% de descuento en tienda.example/laura',
    links: ['https://tienda.example/laura?ref=laura'],
  },
  {
    id: 'en-ad',
    lang: 'en',
    kind: 'clear-promo',
    text: 'Project management that just works. Try it free for 14 days.',
    isAd: true,
  },
  {
    id: 'en-book-call',
    lang: 'en',
    kind: 'subtle-promo',
    text: 'Most founders I talk to struggle with pricing. If that is you, I have two slots left this month — book a call.',
  },
  {
    id: 'es-webinar',
    lang: 'es',
    kind: 'subtle-promo',
    text: 'El jueves cuento en directo cómo pasé de 0 a 10.000 suscriptores. Inscríbete gratis, las plazas son limitadas.',
  },
  {
    id: 'en-newsletter',
    lang: 'en',
    kind: 'subtle-promo',
    text: 'Wrote about why most dashboards go unused. Full breakdown in this week\'s newsletter — subscribe so you don\'t miss the next one.',
  },
  {
    id: 'en-value-sql',
    lang: 'en',
    kind: 'value',
    text: 'TIL: in Postgres, an index on (a, b) helps WHERE a = 1 AND b > 5 but not WHERE b > 5 alone. Column order matters.',
  },
  {
    id: 'es-value-receta',
    lang: 'es',
    kind: 'value',
    text: 'Truco de cocina: si añades una pizca de sal al café molido antes de prepararlo, se nota mucho menos el amargor.',
  },
  {
    id: 'en-value-thread',
    lang: 'en',
    kind: 'value',
    text: 'Three things I learned from shipping our first accessibility audit: test with a keyboard first, label every icon button, and never rely on colour alone.',
  },
  {
    id: 'es-value-pregunta',
    lang: 'es',
    kind: 'value',
    text: '¿Alguien ha probado a enseñar fracciones con recetas? Mi hija de 9 años lo entendió a la primera midiendo harina.',
  },
];
