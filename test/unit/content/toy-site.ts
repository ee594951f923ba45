import type { PlatformAdapter } from '../../../src/platforms/types';

/** A toy site for the FeedWatcher tests: posts are <article>, text in <p>. */
export const toyAdapter: PlatformAdapter = {
  platform: 'x',
  selectors: {},
  matchesHost: () => true,
  findPosts: (root) => [...(root instanceof Element && root.matches('article') ? [root] : []), ...root.querySelectorAll('article')],
  postRootOf: (node) => (node instanceof Element ? node : node.parentElement)?.closest('article') ?? null,
  extract: () => null,
  badgeAnchor: (post) => post,
};

/** Frames and timers have run (happy-dom's animation frames are timers). */
export const flush = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 250));
