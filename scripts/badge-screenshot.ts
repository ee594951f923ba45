import type { Page } from 'playwright-core';
import { openBadgeAction } from '../demo/pierce';

/** Scrolls to a selling post near the top, opens its "why" panel, the way a reader would (a click on
 * its pill), and saves the viewport. Returns false when no badge came into view. */
export async function badgeScreenshot(page: Page, path: string): Promise<boolean> {
  let key: string | null = null;
  for (let step = 0; step < 20 && !key; step++) {
    key = await page.evaluate(() => {
      const post = [...document.querySelectorAll('[data-humo="promo"]')].find((p) => {
        const r = p.getBoundingClientRect();
        return r.top >= 60 && r.top < innerHeight / 2;
      });
      return post?.getAttribute('data-humo-key') ?? null;
    });
    if (key) break;
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(250);
  }
  if (!key) return false;
  if (!(await openBadgeAction(page, key, /not selling|no vende/i))) return false;
  await page.waitForTimeout(300); // the author line arrives from the background
  await page.screenshot({ path });
  await page.keyboard.press('Escape');
  return true;
}
