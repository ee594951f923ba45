import { classify } from '../core/classify';
import type { Judgement } from '../core/types';
import type { PlatformAdapter, PostSnapshot } from '../platforms/types';
import type { JudgedPost } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { Corrections } from './corrections';
import type { Presenter } from './presenter';

/** Posts reported to the background recently, with the verdict reported; bounded so a long
 * session does not grow it forever (the background dedupes anyway, this only saves messages). */
const MAX_REPORTED = 20_000;

/** The background refuses longer fields (src/shared/schemas.ts); trim rather than lose a batch. */
const MAX_FIELD = 200;

/** A report names at most this many signals (the schema allows more): the stats need a few. */
const MAX_SIGNALS = 20;

/** The signals that pushed toward promo, each once, strongest first (reasons are sorted). */
function promoSignals(judgement: Judgement): string[] {
  const out: string[] = [];
  for (const r of judgement.reasons) {
    if (r.weight > 0 && !out.includes(r.signal)) out.push(r.signal);
    if (out.length === MAX_SIGNALS) break;
  }
  return out;
}

export const CORRECTION_SIGNAL = 'user-correction';

/** The user said "not selling": their word wins, and the reasons keep saying why. */
function corrected(judgement: Judgement): Judgement {
  return {
    verdict: 'value',
    score: Math.min(judgement.score, 0.05),
    reasons: [{ signal: CORRECTION_SIGNAL, evidence: '', start: -1, end: -1, weight: -10 }, ...judgement.reasons],
  };
}

interface Judged {
  /** The adapter's cheap fingerprint of what it read, taken only when a text-only change led to
   * this read (null otherwise, or when the adapter has none). */
  fingerprint: string | null;
  signature: string;
  generation: number;
  isCorrected: boolean;
  snapshot: PostSnapshot;
  judgement: Judgement;
}

/** The page update for one post. */
export type PageUpdate = () => void;
/** The step after reading a post: classify it and report it; returns its page update. */
export type Decide = () => PageUpdate;

function decided(update: PageUpdate): Decide {
  return () => update;
}

/** Judgements of recently seen posts by post id: scrolling back up shows them again in other
 * (recycled) elements, and their text need not be classified again. */
const MAX_RECENT = 1_000;

/** Judges one post element: reads it through the adapter, classifies it, shows the verdict and
 * reports it. A per-element signature notices when a recycled node now shows another post (or
 * expanded text), so nothing is marked "done" forever. */
export class Judge {
  private readonly last = new WeakMap<Element, Judged>();
  private readonly recent = new Map<string, { signature: string; judgement: Judgement }>();
  private readonly reported = new Map<string, string>();
  private generation = 0;

  constructor(
    private readonly adapter: PlatformAdapter,
    private readonly presenter: Presenter,
    private readonly settings: () => Settings,
    private readonly corrections: Corrections,
    private readonly report: (post: JudgedPost) => void,
  ) {}

  /** Settings changed: every post must be judged again. */
  invalidate(): void {
    this.generation++;
  }

  /** Reads, classifies and shows one post. */
  judge(post: Element): void {
    this.read(post)()();
  }

  /** Reads one post through the adapter and returns its next step: classifying it (and queueing
   * its report), which returns the page update (verdict attributes, badge, collapse). A batch runs
   * each phase for all its posts before the next (see FeedWatcher.drain).
   * `textOnly`: only text in the post changed (see JudgePost). */
  read(post: Element, textOnly = false): Decide {
    const previous = this.last.get(post);
    // Text-only changes to a post already judged are mostly live counters and timestamps: the
    // adapter's fingerprint (a few queries) tells whether the full read (~10× more) is needed.
    const fingerprint = textOnly && previous ? (this.adapter.fingerprint?.(post) ?? null) : null;
    if (previous && fingerprint !== null && this.unchanged(post, previous, fingerprint)) return decided(this.keep(post, previous));
    const snapshot = this.adapter.extract(post);
    if (!snapshot) {
      this.last.delete(post);
      return decided(() => this.presenter.clear(post));
    }
    const id = `${snapshot.platform}:${snapshot.key}`;
    const isCorrected = this.corrections.has(id);
    const signature = `${this.generation}|${snapshot.key}|${snapshot.text.length}|${snapshot.isAd ? 1 : 0}|${isCorrected ? 1 : 0}`;
    if (previous?.signature === signature && post.hasAttribute('data-humo')) {
      previous.fingerprint = fingerprint; // as of this read
      return decided(this.keep(post, previous));
    }
    return () => {
      const judgement = this.judgementFor(id, signature, snapshot, isCorrected);
      this.last.set(post, { fingerprint, signature, generation: this.generation, isCorrected, snapshot, judgement });
      this.maybeReport(id, snapshot, judgement);
      return () => this.presenter.show(post, snapshot, judgement);
    };
  }

  private unchanged(post: Element, previous: Judged, fingerprint: string): boolean {
    const { snapshot } = previous;
    return (
      previous.fingerprint === fingerprint &&
      previous.generation === this.generation &&
      previous.isCorrected === this.corrections.has(`${snapshot.platform}:${snapshot.key}`) &&
      post.hasAttribute('data-humo')
    );
  }

  /** Same post as before; the site may have re-rendered the header and dropped our badge. */
  private keep(post: Element, previous: Judged): PageUpdate {
    return () => {
      if (this.presenter.isDetached(post)) this.presenter.show(post, previous.snapshot, previous.judgement);
    };
  }

  private judgementFor(id: string, signature: string, snapshot: PostSnapshot, isCorrected: boolean): Judgement {
    const known = this.recent.get(id);
    if (known?.signature === signature) return known.judgement;
    const raw = classify(
      { text: snapshot.text, lang: snapshot.lang, platform: snapshot.platform, links: snapshot.links, isAd: snapshot.isAd },
      this.settings(),
    );
    const judgement = isCorrected ? corrected(raw) : raw;
    this.recent.delete(id);
    if (this.recent.size >= MAX_RECENT) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(id, { signature, judgement });
    return judgement;
  }

  private maybeReport(id: string, snapshot: PostSnapshot, judgement: Judgement): void {
    if (this.reported.get(id) === judgement.verdict) return;
    if (this.reported.size >= MAX_REPORTED) this.reported.clear();
    this.reported.set(id, judgement.verdict);
    this.report({
      platform: snapshot.platform,
      key: snapshot.key.slice(0, MAX_FIELD),
      authorId: snapshot.author.id,
      authorName: snapshot.author.displayName.slice(0, MAX_FIELD),
      verdict: judgement.verdict,
      score: Math.round(judgement.score * 1000) / 1000,
      signals: promoSignals(judgement),
      isAd: snapshot.isAd,
      ...(snapshot.repostedBy ? { repostedBy: snapshot.repostedBy.id.slice(0, MAX_FIELD) } : {}),
      seenAt: Date.now(),
    });
  }
}
