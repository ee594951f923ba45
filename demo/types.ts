/** The data behind every demo feed page (demo/<variant>/posts.json). The page script renders it;
 * the e2e tests and `npm start` read the same file as ground truth. Posts are written by this
 * project in the style of the platforms; nothing is copied from ../shared/data. */

export type DemoVariant = 'x' | 'facebook' | 'linkedin-legacy' | 'linkedin-new';

export interface DemoAuthor {
  /** Stable identity as the adapter must report it (lower-case handle / slug / page id). */
  id: string;
  name: string;
  kind?: 'person' | 'page';
}

export interface DemoComment {
  author: DemoAuthor;
  text: string;
}

export interface DemoPost {
  /** The site's post id where the site shows one (X status id, LinkedIn activity id, FB post id). */
  id: string;
  author: DemoAuthor;
  lang: 'en' | 'es';
  text: string;
  /** What the demo author intends. Used for summaries and sanity checks, never for training. */
  label: 'promo' | 'value';
  time: string;
  links?: { text: string; href: string }[];
  /** The platform marks it as an ad (Promoted / Sponsored / Ad). */
  ad?: boolean;
  repostedBy?: DemoAuthor;
  pinned?: boolean;
  /** A quoted post inside this one: not a post of the quoting author. */
  quote?: { id: string; author: DemoAuthor; text: string };
  /** Comments rendered under the post: never posts themselves. */
  comments?: DemoComment[];
  /** Rendered truncated with a "…more" control that reveals the rest in place. */
  truncated?: boolean;
}

export interface DemoFeed {
  variant: DemoVariant;
  posts: DemoPost[];
}
