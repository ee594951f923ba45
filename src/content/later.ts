/** Posts already read that wait to be classified and shown, in one batch a moment later.
 *
 * While the feed scrolls, a mutation callback brings ~3 posts, and classifying them right after
 * the browser's own layout cost 60–90 µs a post in the feed against ~10 µs back to back: each
 * batch pays a fixed ~100–150 µs for the state layout leaves the CPU in (README "Why classifying
 * costs ~60 µs a post in the feed"). Waiting DELAY_MS gathers a scroll's posts into one batch.
 * Used only where no post can be collapsed: a badge that comes a moment late hides nothing, a
 * collapse that came late would show the post first and then fold it away. */
import { attempt, runStep } from './attempt';
import { frameScheduler } from './scheduler';

/** How long a read post may wait for its verdict: a badge appears within ~this of its post. */
export const DELAY_MS = 200;
/** Max main-thread time per batch; the rest waits for the next frame (no long task). */
const BUDGET_MS = 6;

/** A post's next step after reading: classify it, which returns its page update. */
type Decide = () => unknown;

export class LaterQueue {
  /** In the order read. A cell read again before its turn has two steps: the first still
   * classifies and reports the post it showed; only the latest updates the page (Judge). */
  private steps: Decide[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly schedule: () => void;

  /** `wrapBatch` wraps each batch (timing in bench builds). */
  constructor(private readonly wrapBatch: (run: () => void) => void = (run) => run()) {
    // The batch runs at a frame: its attributes and badges are styled and laid out with that
    // frame's rendering, not in a pass of their own.
    this.schedule = frameScheduler(() => this.runBatch());
  }

  add(decide: Decide): void {
    this.steps.push(decide);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.schedule();
    }, DELAY_MS);
  }

  /** Classify and show everything queued, now (the page is being left). */
  flush(): void {
    while (this.steps.length) this.take(Infinity);
  }

  private runBatch(): boolean {
    this.wrapBatch(() => this.take(BUDGET_MS));
    return this.steps.length > 0;
  }

  /** Classify queued posts until half the budget is spent, then apply their page updates. */
  private take(budgetMs: number): void {
    const started = performance.now();
    const updates: unknown[] = [];
    let taken = 0;
    while (taken < this.steps.length) {
      updates.push(attempt(this.steps[taken++] as Decide));
      if (performance.now() - started > budgetMs / 2) break;
    }
    this.steps = this.steps.slice(taken);
    for (const update of updates) runStep(update);
  }
}
