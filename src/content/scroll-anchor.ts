import type { PlatformAdapter } from '../platforms/types';

interface Placed {
  post: Element;
  top: number;
  collapsed: boolean;
}

/** Posts in the viewport with their position, top to bottom. */
function postsInView(adapter: PlatformAdapter): Placed[] {
  const out: Placed[] = [];
  for (const post of adapter.findPosts(document)) {
    const rect = post.getBoundingClientRect();
    if (rect.bottom > 0 && rect.top < innerHeight && rect.height > 0)
      out.push({ post, top: rect.top, collapsed: post.hasAttribute('data-humo-muted') });
  }
  return out.sort((a, b) => a.top - b.top);
}

/** Frames after our change in which the site may still re-position its cells (virtualised
 * feeds measure heights with ResizeObserver and move cells a frame or two later). */
const SETTLE_CHECKS_MS = [0, 16, 50, 120, 250];

/** Runs `change`; if it collapsed or expanded posts, keeps the post in view where it was, the
 * way the browser's own scroll anchoring does for in-flow content (virtualised feeds position
 * cells by script, where native anchoring does not apply). Only our own layout change is
 * compensated, and only while the page settles from it; we never scroll otherwise. */
export function keepPostInView(adapter: PlatformAdapter, change: () => void, layoutChanged: () => boolean): void {
  const placed = postsInView(adapter);
  change();
  if (placed.length === 0 || !layoutChanged()) return;
  // The anchor is the first post in view that we did not collapse or expand ourselves.
  const steady = placed.filter((p) => p.post.isConnected && p.post.hasAttribute('data-humo-muted') === p.collapsed);
  const anchor = steady.find((p) => p.top >= 0) ?? steady[0];
  if (!anchor) return;
  const restore = (): void => {
    if (!anchor.post.isConnected) return;
    const delta = anchor.post.getBoundingClientRect().top - anchor.top;
    if (Math.abs(delta) >= 1) window.scrollBy(0, delta);
  };
  restore();
  for (const ms of SETTLE_CHECKS_MS) setTimeout(() => requestAnimationFrame(restore), ms);
}
