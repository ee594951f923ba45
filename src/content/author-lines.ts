import type { Platform } from '../core/types';
import { t } from '../shared/i18n';
import { request } from '../shared/messaging';

const TTL_MS = 30_000;

/** "12 of 15 posts selling" for the badge panel, asked of the background only when a reader
 * opens a panel, and cached briefly. */
export class AuthorLines {
  private cache = new Map<string, { at: number; line: Promise<string | null> }>();

  get(platform: Platform, authorId: string): Promise<string | null> {
    const id = `${platform}:${authorId}`;
    const hit = this.cache.get(id);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.line;
    const line = request('cs:author-summaries', { authors: [{ platform, authorId }] }).then(({ summaries }) => {
      const s = summaries[0];
      if (!s || s.postsSeen === 0) return null;
      const promo = String(s.promoPosts);
      const seen = String(s.postsSeen);
      return t('authorSummary', [promo, seen], `${promo} of ${seen} posts selling`);
    });
    this.cache.set(id, { at: Date.now(), line });
    line.catch(() => this.cache.delete(id));
    return line;
  }
}
