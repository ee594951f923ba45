/** Shared vocabulary of the pure core. Nothing here may touch the DOM or a browser API. */

export type Platform = 'x' | 'facebook' | 'linkedin';
export const PLATFORMS: readonly Platform[] = ['x', 'facebook', 'linkedin'];

export type Verdict = 'promo' | 'value';

/** The three user-facing sensitivity levels; thresholds come from the PR curve (see classify.ts). */
export type Sensitivity = 'relaxed' | 'balanced' | 'strict';

/** What the classifier needs to know about a post. Everything but `text` is optional. */
export interface PostInput {
  text: string;
  /** Language hint from the site ("en", "es", "es-MX" ...); the classifier may ignore it. */
  lang?: string;
  platform?: Platform;
  /** Real link targets (already unwrapped by the adapter where the site wraps them). */
  links?: readonly string[];
  /** The site itself marks this post as an ad ("Promoted", "Sponsored", "Ad"). */
  isAd?: boolean;
}

/** One piece of evidence. `evidence` is the exact matched span of the original text when the
 * signal came from the text (`start`/`end` index into the original string), or the link / marker
 * that fired otherwise (then `start`/`end` are -1). */
export interface Reason {
  signal: string;
  evidence: string;
  start: number;
  end: number;
  /** Contribution to the score in logit units; negative for counter-signals. */
  weight: number;
}

export interface Judgement {
  verdict: Verdict;
  /** Calibrated probability that the post is promo, 0..1. */
  score: number;
  /** Strongest first. Counter-signals (weight < 0) included so the UI can say "but ...". */
  reasons: Reason[];
}

export interface ClassifySettings {
  sensitivity: Sensitivity;
  /** User's own phrases, matched after the same normalisation as the built-in lexicons. */
  customPromo: readonly string[];
  customValue: readonly string[];
}

export const DEFAULT_CLASSIFY_SETTINGS: ClassifySettings = {
  sensitivity: 'balanced',
  customPromo: [],
  customValue: [],
};
