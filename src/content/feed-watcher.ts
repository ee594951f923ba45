import type { PlatformAdapter } from '../platforms/types';
import { frameScheduler } from './scheduler';

/** Max main-thread time per frame spent judging; the rest waits for the next frame so the
 * extension never causes a long task. */
const FRAME_BUDGET_MS = 6;

export const UI_MARKER = 'data-humo-ui';

function isOurUi(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(UI_MARKER);
}

/** A childList mutation that only adds our own badge/collapse nodes says nothing about the post.
 * (A removal is looked at: the site may have dropped our badge while re-rendering, and it must
 * come back.) */
function onlyOurUi(record: MutationRecord): boolean {
  const added = record.addedNodes;
  if (record.removedNodes.length > 0 || added.length === 0) return false;
  for (let i = 0; i < added.length; i++) if (!isOurUi(added[i] as Node)) return false;
  return true;
}

/** A childList mutation that takes our badge off a post that does not sell (any more): the
 * presenter did that itself, so there is nothing to restore. Judging the post again for it cost
 * one more adapter read for every recycled cell that went from a selling post to one that is not
 * (~1 in 5 judge calls). */
function onlyOurBadgeGone(record: MutationRecord, post: Element | null): boolean {
  if (record.addedNodes.length > 0 || record.removedNodes.length === 0) return false;
  if (post?.getAttribute('data-humo') === 'promo') return false;
  for (const node of record.removedNodes) if (!isOurUi(node) || (node as Element).getAttribute(UI_MARKER) !== 'badge') return false;
  return true;
}

/** Reads one post. `textOnly`: only text nodes in it changed since it was last queued (a live
 * counter, a timestamp), so it most likely still shows the same post. It may return the post's
 * next step, a function (classify it), which may return the last, another function (update the
 * page: badge, attributes). A batch runs each step for all its posts before the next one: no DOM
 * write falls between two layout-dependent reads (Facebook's rendered label), and the
 * classifier's tables stay warm in the CPU caches from one post to the next instead of being
 * evicted by the reads in between (a cold classify cost ~2.5× a warm one in Chromium). */
export type JudgePost = (post: Element, textOnly: boolean) => unknown;

/** Watches the page for posts appearing or changing and hands each touched post root to
 * `judge`, batched per animation frame (per observer callback when eager). Only added/changed
 * subtrees are looked at; nothing re-walks the whole feed on a mutation. One observer on the
 * document survives SPA route changes and timeline swaps, which replace the feed root. */
export class FeedWatcher {
  /** Queued posts; true while only text nodes in them changed. */
  private readonly dirty = new Map<Element, boolean>();
  private readonly observer: MutationObserver;
  private readonly schedule: () => void;

  constructor(
    private readonly adapter: PlatformAdapter,
    private readonly judge: JudgePost,
    private readonly root: Node = document,
    /** Wraps each batch, e.g. to keep the reader's post in place when collapsing. */
    private readonly wrapBatch: (run: () => void) => void = (run) => run(),
    /** Judge posts in the observer callback itself, not at the next frame. The callback runs
     * right after the site changed the posts and before the browser renders them, so our marks
     * and badges are styled and laid out with the site's own change, instead of making the next
     * frame render again just for them. Only when no read needs layout: there a layout read
     * would force the site's fresh changes through layout at once. */
    private readonly eager: () => boolean = () => false,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.schedule = frameScheduler(() => this.runBatch());
  }

  /** One batch now; true when posts remain for the next frame (the batch's time ran out). */
  private runBatch(): boolean {
    let more = false;
    this.wrapBatch(() => {
      more = this.drain();
    });
    return more;
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
    for (const post of this.adapter.findPosts(this.root as ParentNode)) this.dirty.set(post, false);
    this.schedule();
  }

  /** Queue one post again (the user corrected or revealed it). */
  requeue(post: Element): void {
    this.dirty.set(post, false);
    this.schedule();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      // Most records (~4 in 5 while X recycles cells) are text edits: only their post matters.
      if (record.type === 'characterData') this.touch(record.target);
      else this.onChildList(record);
    }
    if (!this.dirty.size) return;
    if (!this.eager() || this.runBatch()) this.schedule();
  }

  private touch(node: Node): void {
    const owner = this.adapter.postRootOf(node);
    if (owner && !this.dirty.has(owner)) this.dirty.set(owner, true);
  }

  private onChildList(record: MutationRecord): void {
    if (onlyOurUi(record)) return;
    const owner = this.adapter.postRootOf(record.target);
    if (onlyOurBadgeGone(record, owner)) return;
    if (owner) {
      // Nodes added inside a post hold no other post: a post within a post is its quote, its
      // shared original or a comment, which every adapter maps to the outer post.
      this.dirty.set(owner, false);
      return;
    }
    const added = record.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const node = added[i] as Node;
      if (node.nodeType !== 1 || isOurUi(node)) continue;
      for (const post of this.adapter.findPosts(node as Element)) this.dirty.set(post, false);
    }
  }

  /** Judge queued posts until the frame budget is spent, then apply their page updates; true when
   * more remain. */
  private drain(): boolean {
    const started = performance.now();
    const decisions: unknown[] = [];
    for (const [post, textOnly] of this.dirty) {
      this.dirty.delete(post);
      decisions.push(attempt(() => this.judge(post, textOnly)));
      // Reading is about half of a post's work; the other half (classify, update) follows.
      if (performance.now() - started > FRAME_BUDGET_MS / 2) break;
    }
    const updates = decisions.map(runStep);
    for (const update of updates) runStep(update);
    return this.dirty.size > 0;
  }
}

function runStep(step: unknown): unknown {
  return typeof step === 'function' ? attempt(step as () => unknown) : undefined;
}

/** One post's failure must not stop the batch. */
function attempt(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    console.warn('[Humo] could not judge a post', error);
    return undefined;
  }
}
