import type { Page } from 'playwright-core';
import type { DemoSite } from '../../../demo/sites';

export interface CellState {
  /** Demo post id the page says the cell shows. */
  id: string;
  /** data-humo and data-humo-key of the post root in that cell ('' when missing). */
  verdict: string;
  key: string;
}

/** Page object for one demo feed. Scrolling is what a reader does; the extension never scrolls. */
export class FeedPage {
  constructor(
    readonly page: Page,
    readonly site: DemoSite,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.site.startUrl);
    await this.page.waitForFunction(() => Boolean((window as any).__humoDemo?.current?.().length));
  }

  /** What each live cell shows and what Humo marked on it. */
  cells(): Promise<CellState[]> {
    return this.page.evaluate(() => {
      const demo = (window as any).__humoDemo;
      return demo.current().map((entry: any) => {
        const el: Element = entry.cell ?? entry.unit ?? entry.el;
        const root = el.hasAttribute('data-humo') ? el : el.querySelector('[data-humo]');
        return {
          id: String(entry.id),
          verdict: root?.getAttribute('data-humo') ?? '',
          key: root?.getAttribute('data-humo-key') ?? '',
        };
      });
    });
  }

  /** Waits until every live cell carries the verdict of the post it shows now. */
  async waitForVerdicts(expectedKey: (id: string) => string, timeout = 5_000): Promise<CellState[]> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const cells = await this.cells();
      const wrong = cells.filter((c) => !c.verdict || c.key !== expectedKey(c.id));
      if (wrong.length === 0 || Date.now() > deadline) return cells;
      await this.page.waitForTimeout(50);
    }
  }

  isDone(): Promise<boolean> {
    return this.page.evaluate(() => Boolean((window as any).__humoDemo.done));
  }

  rendered(): Promise<string[]> {
    return this.page.evaluate(() => [...(window as any).__humoDemo.rendered].map(String));
  }

  reused(): Promise<number> {
    return this.page.evaluate(() => Number((window as any).__humoDemo.reused ?? 0));
  }

  async scrollBy(dy: number): Promise<void> {
    await this.page.mouse.wheel(0, dy);
    await this.page.waitForTimeout(60);
  }

  atBottom(): Promise<boolean> {
    return this.page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 4);
  }

  /** Scrolls to the end of the feed, calling `step` after each scroll. */
  async scrollToEnd(step: (n: number) => Promise<void>, maxSteps = 600): Promise<number> {
    let n = 0;
    while (n < maxSteps) {
      await this.scrollBy(700);
      await step(n++);
      if ((await this.isDone()) && (await this.atBottom())) break;
    }
    return n;
  }

  async scrollToTop(step: (n: number) => Promise<void>, maxSteps = 600): Promise<void> {
    for (let n = 0; n < maxSteps; n++) {
      await this.scrollBy(-700);
      await step(n);
      if (await this.page.evaluate(() => scrollY <= 0)) return;
    }
  }
}
