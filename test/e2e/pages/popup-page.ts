import type { Page } from 'playwright-core';
import type { HumoBrowser } from '../../../demo/launch';
import type { AuthorRow, Protocol } from '../../../src/shared/messages';

/** Page object for the toolbar popup, opened as an extension page. */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(humo: HumoBrowser): Promise<PopupPage> {
    const page = await humo.openExtensionPage('src/popup/index.html');
    await page.waitForSelector('[data-testid="author-list"], .empty');
    return new PopupPage(page);
  }

  /** Rows as rendered in the list. */
  rows(): Promise<{ authorId: string; platform: string; posts: number; promo: number }[]> {
    return this.page.$$eval('[data-testid="author-list"] > li', (items) =>
      items.map((li) => ({
        authorId: li.getAttribute('data-author') ?? '',
        platform: li.getAttribute('data-platform') ?? '',
        posts: Number(li.querySelector('[data-posts]')?.getAttribute('data-posts')),
        promo: Number(li.querySelector('[data-promo]')?.getAttribute('data-promo')),
      })),
    );
  }

  /** The full leaderboard straight from the background, as the popup asks for it. */
  leaderboard(payload: Protocol['ui:leaderboard']['request']): Promise<{ rows: AuthorRow[]; total: number }> {
    return this.page.evaluate(async (p) => {
      const reply = await (globalThis as any).chrome.runtime.sendMessage({ type: 'ui:leaderboard', payload: p });
      if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
      return reply.data;
    }, payload);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.waitForSelector('[data-testid="author-list"], .empty');
  }
}
