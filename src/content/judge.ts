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

export const CORRECTION_SIGNAL = 'user-correction';

/** The user said "not selling": their word wins, and the reasons keep saying why. */
function corrected(judgement: Judgement): Judgement {
  return {
    verdict: 'value',
    score: Math.min(judgement.score, 0.05),
    reasons: [{ signal: CORRECTION_SIGNAL, evidence: '', start: -1, end: -1, weight: -10 }, ...judgement.reasons],
  };
}

/** Judges one post element: reads it through the adapter, classifies it, shows the verdict and
 * reports it. A per-element signature notices when a recycled node now shows another post (or
 * expanded text), so nothing is marked "done" forever. */
export class Judge {
  private readonly last = new WeakMap<Element, { signature: string; snapshot: PostSnapshot; judgement: Judgement }>();
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

  judge(post: Element): void {
    const snapshot = this.adapter.extract(post);
    if (!snapshot) {
      this.last.delete(post);
      this.presenter.clear(post);
      return;
    }
    const id = `${snapshot.platform}:${snapshot.key}`;
    const isCorrected = this.corrections.has(id);
    const signature = `${this.generation}|${snapshot.key}|${snapshot.text.length}|${snapshot.isAd ? 1 : 0}|${isCorrected ? 1 : 0}`;
    const previous = this.last.get(post);
    if (previous?.signature === signature && post.hasAttribute('data-humo')) {
      // Same post as before; the site may have re-rendered the header and dropped our badge.
      if (this.presenter.isDetached(post)) this.presenter.show(post, snapshot, previous.judgement);
      return;
    }
    const settings = this.settings();
    const raw = classify(
      { text: snapshot.text, lang: snapshot.lang, platform: snapshot.platform, links: snapshot.links, isAd: snapshot.isAd },
      settings,
    );
    const judgement = isCorrected ? corrected(raw) : raw;
    this.last.set(post, { signature, snapshot, judgement });
    this.presenter.show(post, snapshot, judgement);
    this.maybeReport(id, snapshot, judgement);
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
      signals: [...new Set(judgement.reasons.filter((r) => r.weight > 0).map((r) => r.signal))].slice(0, 20),
      isAd: snapshot.isAd,
      ...(snapshot.repostedBy ? { repostedBy: snapshot.repostedBy.id.slice(0, MAX_FIELD) } : {}),
      seenAt: Date.now(),
    });
  }
}
