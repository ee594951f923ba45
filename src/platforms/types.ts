import type { Platform } from '../core/types';

/** A selector's provenance and expectation. `evidence` names where the selector comes from
 * (../shared/platforms.md and the extension it cites), so a reviewer can re-check it when the
 * site changes. `expect` is checked by the registry test against every demo feed. */
export interface SelectorNote {
  evidence: string;
  /** 'every-post': matches inside every (non-ad-less) post; 'some-posts': at least one post;
   * 'page': at least once in the page; 'optional': may legitimately match nothing. */
  expect: 'every-post' | 'some-posts' | 'page' | 'optional';
}

/** One note per row of `Table`, no more, no fewer (the compiler and the registry test check). */
export type SelectorNotes<Table extends SelectorTable = SelectorTable> = { readonly [K in keyof Table]: SelectorNote };

/** An adapter's selectors by name: the CSS the content script queries. Where each comes from and
 * what it must match live in <adapter>-evidence.ts (SelectorNote), which only tests import: the
 * shipped script carries no prose it never reads. */
export type SelectorTable = Readonly<Record<string, string>>;

export interface AuthorRef {
  /** Stable identity: X handle without "@", LinkedIn /in/ or /company/ slug, Facebook profile
   * path or id. Lower-cased. */
  id: string;
  displayName: string;
  kind?: 'person' | 'page';
}

/** What an adapter reads off one rendered post. Fields degrade one at a time: a broken selector
 * for one field falls back or leaves that field empty, never throws. */
export interface PostSnapshot {
  platform: Platform;
  /** Stable key: the site's post id where it has one, else a hash of author + text. */
  key: string;
  author: AuthorRef;
  text: string;
  lang?: string;
  links: string[];
  isAd: boolean;
  /** Set when someone reposted/shared the post: the credited author is `author`. */
  repostedBy?: AuthorRef;
}

export interface PlatformAdapter {
  readonly platform: Platform;
  readonly selectors: SelectorTable;
  /** Does this adapter own the page at this hostname? */
  matchesHost(hostname: string): boolean;
  /** Every post root element at or below `root` (including `root` itself). Comments excluded. */
  findPosts(root: ParentNode): Element[];
  /** The post root that contains `node`, or null. Used to map a mutation to its post. */
  postRootOf(node: Node): Element | null;
  /** Read the post. Returns null when the element is not (yet) a complete post, e.g. an
   * empty recycled cell or a loading placeholder. */
  extract(post: Element): PostSnapshot | null;
  /** Where the badge host is inserted (inside the post header); falls back to the post root. */
  badgeAnchor(post: Element): Element;
  /** Optional: a cheap string that changes whenever extract()'s result can (e.g. post key and text
   * length), or null when the adapter cannot tell. Lets the judge skip the full read of a post
   * whose element the site re-rendered without showing another post (live counters, headers). */
  fingerprint?(post: Element): string | null;
  /** extract() reads layout (computed styles, boxes): the content script then judges posts at a
   * frame, never in the middle of the site's own DOM update. */
  readonly readsLayout?: boolean;
}
