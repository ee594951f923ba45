import type { PlatformAdapter } from '../platforms/types';

/** The first post whose top is inside the viewport: what the reader is looking at. */
function postInView(adapter: PlatformAdapter): Element | null {
  for (const post of adapter.findPosts(document)) {
    const rect = post.getBoundingClientRect();
    if (rect.bottom > 0 && rect.top >= -rect.height / 2 && rect.height > 0) return post;
  }
  return null;
}

/** Runs `change`; if it collapsed or expanded posts, keeps the post in view where it was, the
 * way the browser's own scroll anchoring does for in-flow content (virtualised feeds position
 * cells by script, where native anchoring does not apply). Only our own layout change is
 * compensated; we never scroll otherwise. */
export function keepPostInView(adapter: PlatformAdapter, change: () => void, layoutChanged: () => boolean): void {
  const anchor = postInView(adapter);
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (!anchor || before === undefined || !layoutChanged() || !anchor.isConnected) return;
  const delta = anchor.getBoundingClientRect().top - before;
  if (Math.abs(delta) >= 1) window.scrollBy(0, delta);
}
