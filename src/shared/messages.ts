import type { Platform, Verdict } from '../core/types';

/** The typed protocol between the extension's parts. Message types are named by direction
 * (Dark Reader's convention): `cs:` content script → background, `ui:` popup/options → background.
 * Every payload is validated in the background before it touches the database (schemas.ts). */

/** A judged post, as the content script reports it. */
export interface JudgedPost {
  platform: Platform;
  /** Adapter's stable post key (site id or fallback hash). */
  key: string;
  authorId: string;
  authorName: string;
  verdict: Verdict;
  score: number;
  /** Signal names of the reasons that fired (not the page text). */
  signals: string[];
  isAd: boolean;
  repostedBy?: string;
  /** ms since epoch, when the content script judged it. */
  seenAt: number;
}

export interface AuthorRow {
  platform: Platform | 'all';
  authorId: string;
  displayName: string;
  postsSeen: number;
  promoPosts: number;
  promoShare: number;
  /** Smoothed value score, 0..1 (see src/core/stats.ts). */
  valueScore: number;
  lastSeen: number;
}

export type LeaderboardTab = 'value' | 'sells';

export interface Protocol {
  'cs:posts-judged': { request: { posts: JudgedPost[] }; response: { stored: number } };
  'cs:author-summaries': {
    request: { authors: { platform: Platform; authorId: string }[] };
    response: { summaries: { platform: Platform; authorId: string; postsSeen: number; promoPosts: number }[] };
  };
  'ui:leaderboard': {
    request: { tab: LeaderboardTab; platform: Platform | 'all'; query: string; offset: number; limit: number };
    response: { rows: AuthorRow[]; total: number };
  };
  /** Per-day totals for the popup's chart, oldest first, zero-filled, ending today (local time). */
  'ui:daily-shares': {
    request: { platform: Platform | 'all'; days: number };
    response: { days: DailyShare[] };
  };
  /** Health of the background: the last storage failure is kept so the UI can show it. */
  'ui:status': {
    request: Record<string, never>;
    response: { dbVersion: number; lastStorageError: StorageErrorInfo | null; counts: StoreCounts | null };
  };
  /** Whole database (plus settings/lists when the background was given them) as a JSON string. */
  'ui:export': { request: Record<string, never>; response: { json: string } & StoreCounts };
  /** `json` is the text of an export file. Validated fully before anything is written. */
  'ui:import': {
    request: { json: string; mode: ImportMode };
    response: StoreCounts;
  };
  /** Deletes every author, post and day. `confirm: true` guards against a stray message. */
  'ui:clear': { request: { confirm: true }; response: { cleared: true } };
  /** Deletes one author and their posts, and takes their posts out of the daily totals. */
  'ui:forget-author': {
    request: { platform: Platform; authorId: string };
    response: { removedPosts: number };
  };
}

export interface DailyShare {
  /** Local date, YYYY-MM-DD. */
  day: string;
  seen: number;
  promo: number;
}

export interface StorageErrorInfo {
  error: string;
  /** Message type whose handler failed. */
  type: string;
  at: number;
}

export interface StoreCounts {
  authors: number;
  posts: number;
  days: number;
}

export type ImportMode = 'merge' | 'replace';

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Protocol[T]['request'];
export type ResponseOf<T extends MessageType> = Protocol[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

/** Replies always carry either `ok: true` with data or `ok: false` with a reason. */
export type Reply<T extends MessageType> = { ok: true; data: ResponseOf<T> } | { ok: false; error: string };
