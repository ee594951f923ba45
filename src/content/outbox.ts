import type { JudgedPost } from '../shared/messages';

/** The largest batch the background takes in one message. */
const MAX_BATCH = 200;
/** Each runtime.sendMessage costs the page's main thread 0.2–9 ms (measured in Chromium: more
 * when the machine is busy), the same for 0 or 100 posts. So few, full batches: at bench speed
 * (70 posts/s) one message per 200 posts; at reading speed one every 2 s, which is also how far
 * the popup's counts may lag behind the feed. */
export const FLUSH_EVERY_MS = 2_000;
export const FLUSH_AT = MAX_BATCH;
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;
/** Unsent posts kept while the background is unreachable; beyond this the oldest go first. */
const MAX_QUEUED = 5_000;

export type Sender = (posts: JudgedPost[]) => Promise<unknown>;

/** Sends judged posts to the background in batches and keeps them until the background
 * confirms: a stopped service worker is woken by the next send, and a failed batch is retried
 * with backoff. The background counts exactly once, so a retried batch never double-counts. */
export class Outbox {
  private queue = new Map<string, JudgedPost>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  private retryMs = RETRY_MIN_MS;

  constructor(private readonly send: Sender) {}

  get pending(): number {
    return this.queue.size;
  }

  add(post: JudgedPost): void {
    const id = `${post.platform}:${post.key}`;
    this.queue.delete(id);
    this.queue.set(id, post);
    if (this.queue.size > MAX_QUEUED) this.queue.delete(this.queue.keys().next().value as string);
    if (this.queue.size >= FLUSH_AT) this.flushSoon(0);
    else this.flushSoon(FLUSH_EVERY_MS);
  }

  private flushSoon(delay: number): void {
    if (this.inFlight) return;
    if (this.timer !== null) {
      if (delay > 0) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  async flush(): Promise<void> {
    this.timer = null;
    if (this.inFlight || this.queue.size === 0) return;
    this.inFlight = true;
    const batch = [...this.queue.entries()].slice(0, MAX_BATCH);
    try {
      await this.send(batch.map(([, post]) => post));
      // Only drop what was sent and not re-judged meanwhile.
      for (const [id, post] of batch) if (this.queue.get(id) === post) this.queue.delete(id);
      this.retryMs = RETRY_MIN_MS;
      this.inFlight = false;
      if (this.queue.size) this.flushSoon(this.queue.size >= FLUSH_AT ? 0 : FLUSH_EVERY_MS);
    } catch (error) {
      this.inFlight = false;
      if (isContextGone(error)) return;
      this.timer = setTimeout(() => void this.flush(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    }
  }
}

/** After the extension is updated or removed this content script is orphaned: stop quietly. */
function isContextGone(error: unknown): boolean {
  return String(error).includes('Extension context invalidated');
}
