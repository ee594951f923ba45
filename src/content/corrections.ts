import browser from '../shared/browser';

const KEY = 'corrections';
const MAX = 2_000;

/** Posts the user said are "not selling", as `platform:key`. Kept in storage.local (they are
 * about posts, not preferences, so they do not sync) and bounded, oldest dropped first. */
export class Corrections {
  private ids: string[] = [];
  private set = new Set<string>();

  async load(): Promise<void> {
    try {
      const stored = (await browser.storage.local.get(KEY))[KEY];
      this.ids = Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string').slice(-MAX) : [];
    } catch {
      this.ids = [];
    }
    this.set = new Set(this.ids);
  }

  has(id: string): boolean {
    return this.set.has(id);
  }

  async add(id: string): Promise<void> {
    if (this.set.has(id)) return;
    this.ids.push(id);
    this.set.add(id);
    if (this.ids.length > MAX) this.set.delete(this.ids.shift() as string);
    await browser.storage.local.set({ [KEY]: this.ids });
  }
}
