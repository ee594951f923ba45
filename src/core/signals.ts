/** Stable signal ids. The UI translates these into plain words (EN/ES), so never rename one;
 * add new ids at the end of their family instead. */
export type SignalFamily =
  | 'cta' | 'offer' | 'urgency' | 'price' | 'discount' | 'sponsor' | 'funnel'
  | 'mlm' | 'ad' | 'custom' | 'model' | 'counter';

export interface SignalDef {
  readonly id: string;
  readonly family: SignalFamily;
}

export const SIGNALS: readonly SignalDef[] = [
  { id: 'cta-dm', family: 'cta' }, // "DM me", "escríbeme al privado"
  { id: 'cta-link-bio', family: 'cta' }, // "link in bio", "link en la bio"
  { id: 'cta-comment-word', family: 'cta' }, // "comment GUIDE", "comenta QUIERO"
  { id: 'cta-book-call', family: 'cta' }, // "book a call", "agenda una llamada"
  { id: 'cta-first-comment', family: 'cta' }, // "link in the first comment"
  { id: 'cta-signup', family: 'cta' }, // "sign up", "inscríbete", "reserve your seat"
  { id: 'cta-buy', family: 'cta' }, // "buy now", "order yours", "cómpralo"
  { id: 'cta-arrow', family: 'cta' }, // 👉 🔗 ⬇️ pointing at a link
  { id: 'cta-newsletter', family: 'cta' }, // "join my newsletter / community"
  { id: 'cta-ask-me', family: 'cta' }, // "ask me how", "pregúntame", "info por inbox"
  { id: 'cta-giveaway', family: 'cta' }, // giveaway that needs a follow / share / tag
  { id: 'offer-course', family: 'offer' },
  { id: 'offer-product', family: 'offer' },
  { id: 'offer-coaching', family: 'offer' },
  { id: 'offer-services', family: 'offer' },
  { id: 'offer-launch', family: 'offer' },
  { id: 'urgency-scarcity', family: 'urgency' },
  { id: 'urgency-deadline', family: 'urgency' },
  { id: 'price-amount', family: 'price' },
  { id: 'discount-code', family: 'discount' },
  { id: 'discount-percent', family: 'discount' },
  { id: 'discount-deal', family: 'discount' },
  { id: 'sponsor-tag', family: 'sponsor' },
  { id: 'sponsor-phrase', family: 'sponsor' },
  { id: 'sponsor-affiliate-url', family: 'sponsor' },
  { id: 'funnel-link', family: 'funnel' },
  { id: 'funnel-shortlink', family: 'funnel' },
  { id: 'mlm-earn', family: 'mlm' },
  { id: 'mlm-crypto', family: 'mlm' },
  { id: 'ad-platform', family: 'ad' },
  { id: 'custom-promo', family: 'custom' },
  { id: 'custom-value', family: 'custom' },
  { id: 'model-ngram', family: 'model' },
  { id: 'counter-critique', family: 'counter' },
  { id: 'counter-question', family: 'counter' },
  { id: 'counter-review', family: 'counter' },
  { id: 'counter-free', family: 'counter' },
  { id: 'counter-news', family: 'counter' },
  { id: 'counter-job', family: 'counter' },
  { id: 'counter-personal', family: 'counter' },
  { id: 'counter-reply', family: 'counter' },
  { id: 'counter-lost-found', family: 'counter' }, // lost or found pets and things, adoptions
  { id: 'counter-community', family: 'counter' }, // free public events, libraries, councils
];

export const SIGNAL_INDEX: ReadonlyMap<string, number> = new Map(SIGNALS.map((s, i) => [s.id, i]));

/** Index of a signal id; throws on a typo at module load rather than failing silently. */
export function sig(id: string): number {
  const i = SIGNAL_INDEX.get(id);
  if (i === undefined) throw new Error(`unknown signal ${id}`);
  return i;
}

/** Signals whose weight is set by hand (no training data for them) rather than learned. */
export const FIXED_WEIGHTS: Readonly<Record<string, number>> = {
  'ad-platform': 6,
  'custom-promo': 4,
  'custom-value': -4,
};
