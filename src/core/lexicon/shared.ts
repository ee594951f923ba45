/** Language-neutral markers: hashtags, emoji, link domains and URL parameters. */

/** Hashtags that declare paid or affiliate content (matched as whole normalised tokens). */
export const SPONSOR_TAGS: readonly string[] = [
  '#ad', '#ads', '#sponsored', '#sponsor', '#paidpartnership', '#partner', '#publi', '#publicidad', '#colab',
  '#collab', '#anuncio', '#patrocinado', '#affiliate', '#afiliado', '#gifted', '#regalo', '#spon', '#promo',
  '#advertisement', '#werbung', '#ambassador', '#embajadora',
];

/** Emoji used to point at a link or a call to action (variation selectors are folded away). */
export const ARROW_EMOJI: readonly string[] = ['👉', '👇', '⬇', '➡', '🔗', '📩', '📲', '💌', '📥', '🛒', '👆', '⏳', '⏰'];

/** Sales-funnel / shop / booking / link-hub domains (host or parent domain). */
export const FUNNEL_DOMAINS: readonly string[] = [
  'gumroad.com', 'hotmart.com', 'go.hotmart.com', 'pay.hotmart.com', 'calendly.com', 'linktr.ee', 'stan.store', 'beacons.ai',
  'kajabi.com', 'mykajabi.com', 'teachable.com', 'systeme.io', 'amzn.to', 'payhip.com', 'podia.com', 'thinkific.com',
  'kit.com', 'convertkit.com', 'ck.page', 'lemonsqueezy.com', 'buy.stripe.com', 'paypal.me', 'cal.com', 'tidycal.com',
  'skool.com', 'patreon.com', 'ko-fi.com', 'buymeacoffee.com', 'shopify.com', 'myshopify.com', 'etsy.com', 'eventbrite.com',
  'udemy.com', 'domestika.org', 'substack.com', 'lnk.bio', 'linkin.bio', 'bio.link', 'taplink.cc', 'carrd.co', 'hotm.art',
  'eduzz.com', 'kiwify.com.br', 'mercadopago.com', 'mpago.la', 'wa.me', 'api.whatsapp.com', 'chat.whatsapp.com', 't.me',
  'sellfy.com', 'sendowl.com', 'teachable.co', 'circle.so', 'mighty.community', 'clickfunnels.com', 'leadpages.com',
  'typeform.com', 'producthunt.com', 'lu.ma', 'luma.com', 'appsumo.com', 'maven.com', 'hotmart.com', 'forms.gle', 'shop.app', 'amazon.com', 'amazon.es', 'amazon.com.mx', 'aliexpress.com', 'temu.com',
];

/** Link shorteners: neutral on their own but common in pitches (the model learns the weight). */
export const SHORT_DOMAINS: readonly string[] = ['bit.ly', 'tinyurl.com', 'cutt.ly', 'rebrand.ly', 'ow.ly', 'shorturl.at', 'is.gd', 'buff.ly', 'lnkd.in', 'goo.gl', 'tiny.cc', 'rb.gy'];

/** Domains of free, public resources: code, papers, encyclopaedias, public bodies. */
export const FREE_DOMAINS: readonly string[] = [
  'github.com', 'gitlab.com', 'codeberg.org', 'arxiv.org', 'wikipedia.org', 'doi.org', 'archive.org', 'npmjs.com',
  'pypi.org', 'crates.io', 'developer.mozilla.org', 'nature.com', 'who.int', 'gov.uk', 'gofundme.com', 'theodinproject.com', 'europa.eu', 'un.org',
];

/** Query parameters that mark an affiliate / referral link. */
export const AFFILIATE_PARAMS: readonly string[] = ['tag', 'ref', 'aff', 'affid', 'aff_id', 'affiliate', 'ref_id', 'referral', 'via', 'coupon', 'discount', 'code', 'src', 'sca_ref', 'rfsn', 'irclickid'];
