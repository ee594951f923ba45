// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json';
import { DEMO_SITES } from '../../../demo/sites';
import { ADAPTERS } from '../../../src/platforms';
import { SELECTOR_EVIDENCE } from '../../../src/platforms/evidence';

const matches: string[] = manifest.content_scripts.flatMap((cs) => cs.matches);
const hostOf = (pattern: string): string => pattern.replace(/^https:\/\//, '').replace(/\/.*$/, '');

/** Fixtures that show intact markup (breakage drills remove selectors on purpose). */
function intactFixtures(platform: string): string[] {
  const dir = join('test/fixtures', platform);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') && !/broken|malformed|drill/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

describe.each(ADAPTERS.map((a) => [a.platform, a] as const))('adapter %s', (platform, adapter) => {
  const notes = SELECTOR_EVIDENCE[platform];

  it('owns at least one manifest match, and every match of its hosts is https-only', () => {
    const own = matches.filter((m) => adapter.matchesHost(hostOf(m)));
    expect(own.length).toBeGreaterThan(0);
    for (const m of own) expect(m).toMatch(/^https:\/\/[a-z.]+\/\*$/);
  });

  it('has a demo feed served at a URL the manifest matches', () => {
    const sites = DEMO_SITES.filter((s) => s.platform === platform);
    expect(sites.length).toBeGreaterThan(0);
    for (const site of sites) {
      expect(existsSync(join('demo', site.variant, 'index.html')), site.variant).toBe(true);
      expect(existsSync(join('demo', site.variant, 'posts.json')), site.variant).toBe(true);
      expect(adapter.matchesHost(new URL(site.startUrl).hostname)).toBe(true);
    }
  });

  it('has a selector table whose entries name their evidence, with no stale notes', () => {
    const entries = Object.entries(adapter.selectors);
    expect(entries.length).toBeGreaterThan(3);
    expect(Object.keys(notes).toSorted()).toEqual(Object.keys(adapter.selectors).toSorted());
    for (const [name, css] of entries) {
      expect(notes[name]?.evidence.length, name).toBeGreaterThan(5);
      expect(['every-post', 'some-posts', 'page', 'optional']).toContain(notes[name]?.expect);
      expect(() => document.querySelector(css), name).not.toThrow();
    }
  });

  it('meets each selector expectation on its intact fixtures', () => {
    const fixtures = intactFixtures(platform);
    expect(fixtures.length).toBeGreaterThan(0);
    const docs = fixtures.map((html) => new DOMParser().parseFromString(html, 'text/html'));
    // Emptied placeholder units (recycled, not yet refilled) are not posts.
    const posts = docs.flatMap((doc) => adapter.findPosts(doc)).filter((p) => adapter.extract(p) !== null);
    expect(posts.length).toBeGreaterThan(0);
    for (const [name, css] of Object.entries(adapter.selectors)) {
      const hits = docs.reduce((n, doc) => n + doc.querySelectorAll(css).length, 0);
      const expected = notes[name]?.expect;
      if (expected === 'page' || expected === 'some-posts') expect(hits, name).toBeGreaterThan(0);
      if (expected === 'every-post') {
        const without = posts.filter((p) => !p.matches(css) && !p.querySelector(css) && !p.closest(css));
        expect(without.length, `${name}: posts without a match`).toBe(0);
      }
    }
  });
});
