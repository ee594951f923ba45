/** LinkedIn (www.linkedin.com) feed adapter. Two DOMs are live at the same time:
 *
 * - the legacy Ember feed (semantic classes, `data-urn="urn:li:activity:<id>"` on every post),
 *   read by ./linkedin-legacy.ts;
 * - the new React feed (hashed class names, `data-testid` hooks, no post id, posts mounted lazily
 *   into `div[data-lazy-mount-id]` placeholders and unmounted when far above), read by
 *   ./linkedin-react.ts.
 *
 * This file holds the one selector table for both and dispatches on the post root (each selector's
 * evidence and expectation: ./linkedin-evidence.ts). Each field degrades on its own
 * (fallbacks + one console warning per broken selector), nothing throws. */
import { matchesSafe, queryAllSafe } from './dom';
import type { PlatformAdapter, PostSnapshot, SelectorTable } from './types';
import { legacyBadgeAnchor, extractLegacy, isLegacyPost } from './linkedin-legacy';
import { extractReact, isReactPost, reactBadgeAnchor } from './linkedin-react';

const LEGACY_POST = 'div[data-urn^="urn:li:activity:"], div[data-id^="urn:li:activity:"], [data-urn^="urn:li:aggregate:"], [data-id^="urn:li:aggregate:"]';
const REACT_POST = '[data-testid="mainFeed"] > div[data-lazy-mount-id] > div[data-display-contents="true"] > div';
const REACT_POST_ALT = '[componentkey="container-update-list_mainFeed-lazy-container"] > div[data-lazy-mount-id] > div[data-display-contents] > div';
const PROFILE_LINK = 'a[href*="/in/"], a[href*="/company/"]';
const LEGACY_TEXT = '.update-components-text';
const REACT_TEXT = '[data-testid="expandable-text-box"]';
const CONTROL_MENU = 'button[aria-label^="Open control menu for post by "], button[aria-label^="Abrir menú de control de la publicación de "]';

export const LINKEDIN_TABLE = {
  // ---- both DOMs (checked by the registry against every fixture)
  anyPost: `${LEGACY_POST}, ${REACT_POST}`,
  anyProfileLink: PROFILE_LINK,
  anyText: `${LEGACY_TEXT}, ${REACT_TEXT}`,
  anyControlMenu: CONTROL_MENU,
  // ---- legacy (Ember) DOM
  legacyPost: LEGACY_POST,
  legacyUpdate: '.feed-shared-update-v2',
  legacyActor: '.update-components-actor',
  legacyActorName: '.update-components-actor__name span[aria-hidden="true"]',
  legacyActorMeta: '.update-components-actor__container',
  legacySubDescription: '.update-components-actor__sub-description',
  legacyHeader: '.update-components-header__text-view',
  legacyHeaderBlock: '.update-components-header',
  legacyText: LEGACY_TEXT,
  legacyTextFallback: '.feed-shared-inline-show-more-text, .feed-shared-update-v2__description',
  legacySeeMore: '.feed-shared-inline-show-more-text__see-more-less-toggle',
  legacyComment: 'article.comments-comment-entity, .comments-comments-list, .comments-comment-item',
  sponsoredScope: `[data-view-tracking-scope*='"isSponsored":true']`,
  leadGenForm: 'a[href*="leadGenForm"]',
  // ---- new (React) DOM: never select on its hashed classes
  reactFeed: '[data-testid="mainFeed"], [componentkey="container-update-list_mainFeed-lazy-container"]',
  reactPost: REACT_POST,
  reactPostAlt: REACT_POST_ALT,
  reactText: REACT_TEXT,
  reactSeeMore: '[data-testid="expandable-text-button"]',
  reactControlMenu: CONTROL_MENU,
  reactHideButton: 'button[aria-label^="Hide post by "], button[aria-label^="Ocultar publicación de "]',
  reactLabel: 'p',
  reactComment: 'article',
} as const satisfies SelectorTable;

export const LINKEDIN_SELECTORS: SelectorTable = LINKEDIN_TABLE;
const TABLE = LINKEDIN_TABLE;
/** What the legacy and React readers query: the table's rows, with reactPost taking both feed paths. */
export const LINKEDIN_CSS = { ...TABLE, reactPost: `${REACT_POST}, ${REACT_POST_ALT}`, profileLink: PROFILE_LINK } as const;

const HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);

function closestSafe(el: Element, css: string): Element | null {
  try {
    return el.closest(css);
  } catch {
    return null;
  }
}

/** The outermost legacy post around `el` (the inner .feed-shared-update-v2 carries a data-urn too). */
function legacyRootOf(el: Element): Element | null {
  let root: Element | null = null;
  for (let cur = closestSafe(el, LINKEDIN_CSS.legacyPost); cur; cur = cur.parentElement ? closestSafe(cur.parentElement, LINKEDIN_CSS.legacyPost) : null) {
    root = cur;
  }
  return root;
}

function reactRootOf(el: Element): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (isReactPost(cur)) return cur;
  }
  return null;
}

function postRootOfElement(el: Element): Element | null {
  return legacyRootOf(el) ?? reactRootOf(el);
}

function findPosts(root: ParentNode): Element[] {
  const out = new Set<Element>();
  const rootEl = (root as Node).nodeType === 1 ? (root as Element) : null;
  // The root itself and its two top levels: a mount adds `div[data-lazy-mount-id] >
  // div[data-display-contents]` subtrees, whose post lies at most two levels down.
  const near = rootEl ? [rootEl, ...Array.from(rootEl.children).flatMap((c) => [c, ...Array.from(c.children)])] : [];
  for (const css of [LINKEDIN_CSS.legacyPost, LINKEDIN_CSS.reactPost]) {
    const cands = [...near.filter((el) => matchesSafe(el, css)), ...queryAllSafe(root, css)];
    for (const c of cands) {
      if (!out.has(c) && postRootOfElement(c) === c) out.add(c);
    }
  }
  return [...out];
}

export const linkedinAdapter: PlatformAdapter = {
  platform: 'linkedin',
  selectors: LINKEDIN_SELECTORS,
  matchesHost: (hostname) => HOSTS.has(hostname.toLowerCase()),
  findPosts,
  postRootOf(node: Node): Element | null {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return el ? postRootOfElement(el) : null;
  },
  extract(post: Element): PostSnapshot | null {
    try {
      if (isLegacyPost(post)) return extractLegacy(post);
      if (isReactPost(post)) return extractReact(post);
      return null;
    } catch (error) {
      console.warn('[Humo] LinkedIn: could not read a post', error);
      return null;
    }
  },
  badgeAnchor(post: Element): Element {
    try {
      return (isLegacyPost(post) ? legacyBadgeAnchor(post) : reactBadgeAnchor(post)) ?? post;
    } catch {
      return post;
    }
  },
};
