import type { PlatformAdapter } from '../platforms/types';
import { frameScheduler } from './scheduler';

/** Max main-thread time per frame spent judging; the rest waits for the next frame so the
 * extension never causes a long task. */
const FRAME_BUDGET_MS = 6;

export const UI_MARKER = 'data-humo-ui';

function isOurUi(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(UI_MARKER);
}

/** Mutations that only add our own badge/collapse nodes say nothing about the post. (A removal
 * is looked at: the site may have dropped our badge while re-rendering, and it must come back.) */
function onlyOurUi(record: MutationRecord): boolean {
  if (record.type !== 'childList' || record.removedNodes.length > 0) return false;
  return record.addedNodes.length > 0 && [...record.addedNodes].every(isOurUi);
}

/** Watches the page for posts appearing or changing and hands each touched post root to
 * `judge`, batched per animation frame. Only added/changed subtrees are looked at; nothing
 * re-walks the whole feed on a mutation. One observer on the document survives SPA route
 * changes and timeline swaps, which replace the feed root. */
export class FeedWatcher {
  private readonly dirty = new Set<Element>();
  private readonly observer: MutationObserver;
  private readonly schedule: () => void;

  constructor(
    private readonly adapter: PlatformAdapter,
    private readonly judge: (post: Element) => void,
    private readonly root: Node = document,
    /** Wraps each batch, e.g. to keep the reader's post in place when collapsing. */
    private readonly wrapBatch: (run: () => void) => void = (run) => run(),
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.schedule = frameScheduler(() => {
      let more = false;
      this.wrapBatch(() => {
        more = this.drain();
      });
      return more;
    });
  }

  start(): void {
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
    this.rescanAll();
  }

  stop(): void {
    this.observer.disconnect();
    this.dirty.clear();
  }

  /** Queue every post currently in the page (start, settings change). */
  rescanAll(): void {
    for (const post of this.adapter.findPosts(this.root as ParentNode)) this.dirty.add(post);
    this.schedule();
  }

  /** Queue one post again (the user corrected or revealed it). */
  requeue(post: Element): void {
    this.dirty.add(post);
    this.schedule();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (onlyOurUi(record)) continue;
      const owner = this.adapter.postRootOf(record.target);
      if (owner) this.dirty.add(owner);
      if (record.type !== 'childList') continue;
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || isOurUi(node)) continue;
        for (const post of this.adapter.findPosts(node as Element)) this.dirty.add(post);
      }
    }
    if (this.dirty.size) this.schedule();
  }

  /** Judge queued posts until the frame budget is spent; true when more remain. */
  private drain(): boolean {
    const started = performance.now();
    for (const post of this.dirty) {
      this.dirty.delete(post);
      try {
        this.judge(post);
      } catch (error) {
        console.warn('[Humo] could not judge a post', error);
      }
      if (performance.now() - started > FRAME_BUDGET_MS) break;
    }
    return this.dirty.size > 0;
  }
}
