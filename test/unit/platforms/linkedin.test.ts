// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fallbackPostKey } from '../../../src/core/hash';
import { resetWarnings } from '../../../src/platforms/dom';
import { LINKEDIN_SELECTORS, linkedinAdapter as li } from '../../../src/platforms/linkedin';
import { LINKEDIN_EVIDENCE } from '../../../src/platforms/linkedin-evidence';
import type { PostSnapshot } from '../../../src/platforms/types';

const FIXTURES = 'test/fixtures/linkedin';
const load = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
const LEGACY = ['legacy-post.html', 'legacy-promoted.html', 'legacy-repost.html', 'legacy-comments.html'];
const NEW = ['new-post.html', 'new-promoted.html', 'new-suggested.html', 'new-comments.html'];

function snapshots(doc: Document): PostSnapshot[] {
  return li.findPosts(doc).map((p) => {
    const s = li.extract(p);
    expect(s, p.outerHTML.slice(0, 200)).not.toBeNull();
    return s as PostSnapshot;
  });
}
const byAuthor = (all: PostSnapshot[], id: string): PostSnapshot => {
  const hit = all.find((s) => s.author.id === id);
  expect(hit, id).toBeDefined();
  return hit as PostSnapshot;
};

/** Hide an ad's "Promoted" label (as if LinkedIn had renamed or localised it). */
function unlabel(post: Element): void {
  for (const sub of post.querySelectorAll('.update-components-actor__sub-description span')) sub.textContent = '2d • ';
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('linkedin adapter: hosts and table', () => {
  it('owns www.linkedin.com and linkedin.com only', () => {
    expect(li.matchesHost('www.linkedin.com')).toBe(true);
    expect(li.matchesHost('linkedin.com')).toBe(true);
    expect(li.matchesHost('WWW.LinkedIn.com')).toBe(true);
    expect(li.matchesHost('x.com')).toBe(false);
    expect(li.matchesHost('evil-linkedin.com')).toBe(false);
  });

  it('names evidence for every selector and keeps one-DOM selectors optional', () => {
    expect(Object.keys(LINKEDIN_EVIDENCE).toSorted()).toEqual(Object.keys(LINKEDIN_SELECTORS).toSorted());
    for (const [name, note] of Object.entries(LINKEDIN_EVIDENCE)) {
      expect(note.evidence.length, name).toBeGreaterThan(10);
      if (/^(legacy|react)/.test(name)) expect(note.expect, name).toBe('optional');
    }
  });

  it('cross-DOM rows hold on every post of every fixture', () => {
    for (const f of [...LEGACY, ...NEW]) {
      for (const post of li.findPosts(load(f))) {
        for (const row of ['anyProfileLink', 'anyText', 'anyControlMenu'] as const) {
          expect(post.querySelector(LINKEDIN_SELECTORS[row]!), `${f} ${row}`).not.toBeNull();
        }
      }
    }
  });
});

describe('linkedin adapter: finding posts', () => {
  it('finds outermost legacy posts only, never the inner update or comments', () => {
    const counts = Object.fromEntries(LEGACY.map((f) => [f, li.findPosts(load(f)).length]));
    expect(counts).toEqual({ 'legacy-post.html': 6, 'legacy-promoted.html': 4, 'legacy-repost.html': 2, 'legacy-comments.html': 2 });
    const doc = load('legacy-comments.html');
    for (const post of li.findPosts(doc)) {
      expect(post.parentElement?.closest('[data-urn]')).toBeNull();
      expect(post.closest('article')).toBeNull();
    }
    const inner = doc.querySelector('.feed-shared-update-v2')!;
    expect(li.findPosts(inner)).toEqual([]);
  });

  it('finds new-DOM list items, never an empty lazy placeholder', () => {
    const counts = Object.fromEntries(NEW.map((f) => [f, li.findPosts(load(f)).length]));
    expect(counts).toEqual({ 'new-post.html': 6, 'new-promoted.html': 3, 'new-suggested.html': 3, 'new-comments.html': 2 });
    const doc = load('new-post.html');
    const wrappers = doc.querySelectorAll('[data-testid="mainFeed"] > div[data-lazy-mount-id]');
    expect(wrappers.length).toBe(7);
    for (const post of li.findPosts(doc)) expect(post.getAttribute('role')).toBe('listitem');
    // A mount adds the display-contents div: findPosts on the added node finds the list item.
    const added = wrappers[0]!.firstElementChild!;
    expect(li.findPosts(added)).toEqual([added.firstElementChild]);
  });

  it('maps any node to its post root', () => {
    const legacy = load('legacy-comments.html');
    const root = li.findPosts(legacy)[0]!;
    const commentText = legacy.querySelector('article.comments-comment-entity .update-components-text')!.firstChild!;
    expect(li.postRootOf(commentText)).toBe(root);
    expect(li.postRootOf(root.querySelector('.feed-shared-update-v2')!)).toBe(root);
    expect(li.postRootOf(legacy.body)).toBeNull();
    const neu = load('new-comments.html');
    const item = li.findPosts(neu)[0]!;
    expect(li.postRootOf(item.querySelector('article a')!)).toBe(item);
    expect(li.postRootOf(neu.querySelector('[data-testid="mainFeed"]')!)).toBeNull();
  });

  it('returns null for placeholders and malformed posts, without throwing', () => {
    const doc = load('new-post.html');
    const feed = doc.querySelector('[data-testid="mainFeed"]')!;
    const skeleton = doc.createElement('div');
    skeleton.setAttribute('data-lazy-mount-id', 'x1');
    skeleton.innerHTML = '<div data-display-contents="true"><div role="listitem"><div><p>Loading…</p></div></div></div>';
    feed.append(skeleton);
    const item = skeleton.querySelector('[role="listitem"]')!;
    expect(li.findPosts(skeleton)).toEqual([item]);
    expect(li.extract(item)).toBeNull();
    expect(li.badgeAnchor(item)).toBe(item);
    const bare = doc.createElement('div');
    bare.setAttribute('data-urn', 'urn:li:activity:1');
    expect(li.extract(bare)).toBeNull();
    expect(li.extract(doc.createElement('div'))).toBeNull();
    bare.innerHTML = '<a href="http://[::1">x</a><a href="/in/%E0%A4%A/">y</a><div class="update-components-text">hi</div>';
    expect(() => li.extract(bare)).not.toThrow();
  });
});

describe('linkedin adapter: legacy DOM', () => {
  it('reads key, author, text and links', () => {
    const doc = load('legacy-post.html');
    const all = snapshots(doc);
    for (const [i, post] of li.findPosts(doc).entries()) {
      expect(all[i]!.key).toBe(/urn:li:activity:(\d+)/.exec(post.getAttribute('data-urn')!)![1]);
      expect(all[i]!.text).not.toMatch(/…more|…ver más|see more/);
      expect(all[i]!.platform).toBe('linkedin');
    }
    const gabriel = byAuthor(all, 'in:gabriel-moss-ghostwriter');
    expect(gabriel.author).toEqual({ id: 'in:gabriel-moss-ghostwriter', displayName: 'Gabriel Moss', kind: 'person' });
    expect(gabriel.text.startsWith("Here's what nobody tells you about LinkedIn:\n\nThe people")).toBe(true);
    const summitly = byAuthor(all, 'company:summitly');
    expect(summitly.author.kind).toBe('page');
    expect(summitly.isAd).toBe(false);
    expect(byAuthor(all, 'in:diego-villarreal-mx').links).toEqual(['https://cobra.mx/demo']);
    expect(all.every((s) => !s.repostedBy)).toBe(true); // "likes this" / "Sugerencia" headers are not reposts
    expect(byAuthor(all, 'in:sara-lindqvist').isAd).toBe(false); // "Promoted to Director…" in the text
  });

  it('re-reads the full text after "…more" expands in place', () => {
    const doc = load('legacy-post.html');
    const post = li.findPosts(doc)[0]!;
    const before = li.extract(post)!;
    const span = post.querySelector('.update-components-text span[dir="ltr"]')!;
    span.append(' and the rest of the story.');
    post.querySelector('.feed-shared-inline-show-more-text__see-more-less-toggle')!.remove();
    const after = li.extract(post)!;
    expect(after.key).toBe(before.key);
    expect(after.text).toBe(`${before.text} and the rest of the story.`);
  });

  it('tells ads by label, tracking scope or lead-gen form, each on its own', () => {
    const doc = load('legacy-promoted.html');
    expect(snapshots(doc).map((s) => s.isAd)).toEqual([true, true, true, true]);
    const [leadGen, scoped, es] = li.findPosts(doc);
    expect(es!.querySelector('.update-components-actor__sub-description')!.textContent).toContain('Promocionado');
    unlabel(leadGen!);
    leadGen!.querySelector('.feed-shared-update-v2')!.setAttribute('data-view-tracking-scope', '[{"isSponsored":false}]');
    expect(li.extract(leadGen!)!.isAd).toBe(true);
    leadGen!.querySelector('a[href*="leadGenForm"]')!.remove();
    expect(li.extract(leadGen!)!.isAd).toBe(false);
    unlabel(scoped!);
    expect(scoped!.querySelector('a[href*="leadGenForm"]')).toBeNull();
    expect(li.extract(scoped!)!.isAd).toBe(true);
  });

  it('credits reposts to the author and records the reposter', () => {
    const doc = load('legacy-repost.html');
    const posts = li.findPosts(doc);
    expect(posts[0]!.getAttribute('data-urn')).toMatch(/^urn:li:aggregate:/);
    const [agg, es] = snapshots(doc);
    expect(agg!.key).toMatch(/^\d+$/);
    expect(agg!.author.id).toBe('company:fundacion-codigo-abierto');
    expect(agg!.repostedBy).toEqual({ id: 'in:sofia-navarro-dev', displayName: 'Sofía Navarro', kind: 'person' });
    expect(es!.author.id).toBe('in:ines-calvo-laboral');
    expect(es!.repostedBy?.id).toBe('in:carlos-medina-rrhh');
  });

  it('ignores comments (text, author, links)', () => {
    const all = snapshots(load('legacy-comments.html'));
    const amara = byAuthor(all, 'in:amara-okafor-careers');
    expect(amara.text).toMatch(/Comment GUIDE below/);
    expect(amara.text).not.toMatch(/keep your email address/);
    expect(byAuthor(all, 'in:sara-lindqvist').text).not.toMatch(/So deserved/);
  });

  it('anchors the badge in the actor block', () => {
    const post = li.findPosts(load('legacy-post.html'))[0]!;
    expect(li.badgeAnchor(post).matches('.update-components-actor__container')).toBe(true);
  });
});

describe('linkedin adapter: new (React) DOM', () => {
  it('keys posts by author + text and reads the name from the control menu label', () => {
    const all = snapshots(load('new-post.html'));
    for (const s of all) expect(s.key).toBe(fallbackPostKey(s.author.id, s.text));
    expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
    const rodrigo = byAuthor(all, 'in:rodrigo-paz-ventas'); // Spanish UI label
    expect(rodrigo.author).toEqual({ id: 'in:rodrigo-paz-ventas', displayName: 'Rodrigo Paz', kind: 'person' });
    expect(rodrigo.text).not.toMatch(/…ver más|…more/);
    expect(rodrigo.links).toEqual(['https://calendly.com/rodrigopaz/diagnostico']);
    const lab = byAuthor(all, 'company:grupo-ia-aplicada-usur');
    expect(lab.author.kind).toBe('page');
    expect(lab.author.displayName).toBe('Grupo de IA Aplicada · Universidad del Sur');
    expect(all.every((s) => !s.isAd)).toBe(true);
  });

  it('keeps the key when "…more" expands the text', () => {
    const doc = load('new-post.html');
    const post = li.findPosts(doc)[0]!;
    const before = li.extract(post)!;
    const box = post.querySelector('[data-testid="expandable-text-box"]')!;
    box.querySelector('[data-testid="expandable-text-button"]')!.remove();
    box.append(' y el resto del texto.');
    const after = li.extract(post)!;
    expect(after.text.length).toBeGreaterThan(before.text.length);
    expect(after.key).toBe(before.key);
  });

  it('tells Promoted / Promocionado from Suggested / Sugerencia', () => {
    expect(snapshots(load('new-promoted.html')).map((s) => s.isAd)).toEqual([true, true, true]);
    const doc = load('new-suggested.html');
    const labels = [...doc.querySelectorAll('p')].map((p) => p.textContent?.trim());
    expect(labels).toContain('Suggested');
    expect(labels).toContain('Sugerencia');
    expect(snapshots(doc).map((s) => s.isAd)).toEqual([false, false, false]);
  });

  it('records reposts from the header <p>', () => {
    const all = snapshots(load('new-post.html'));
    expect(byAuthor(all, 'in:ben-adler').repostedBy).toEqual({ id: 'in:hannah-cole-pm', displayName: 'Hannah Cole', kind: 'person' });
    expect(byAuthor(all, 'company:fundacion-codigo-abierto').repostedBy?.id).toBe('company:grupo-ia-aplicada-usur');
    expect(byAuthor(all, 'in:nora-fitzgerald-sec').repostedBy).toBeUndefined(); // "likes this"
  });

  it('ignores comments, which use the same text box', () => {
    const all = snapshots(load('new-comments.html'));
    const vale = byAuthor(all, 'in:valentina-rios-growth');
    expect(vale.text).toMatch(/Comenta "GUÍA"/);
    expect(vale.text).not.toMatch(/^GUÍA$/m);
    expect(byAuthor(all, 'in:daniel-ortiz-pm').text).not.toMatch(/Felicidades/);
  });

  it('anchors the badge next to the author name', () => {
    const post = li.findPosts(load('new-post.html'))[0]!;
    const anchor = li.badgeAnchor(post);
    expect(anchor).not.toBe(post);
    expect(anchor.querySelector('a[href*="/in/"]')).not.toBeNull();
  });
});

describe('linkedin adapter: breakage drills', () => {
  it('new DOM: without data-testid="expandable-text-box" the text comes from a fallback, with one warning', () => {
    const docs = NEW.map(load);
    const intact = docs.flatMap((doc) => snapshots(doc).map((s) => s.text));
    expect(intact.length).toBeGreaterThanOrEqual(10);
    for (const doc of docs) {
      for (const el of doc.querySelectorAll('[data-testid="expandable-text-box"]')) el.removeAttribute('data-testid');
    }
    resetWarnings();
    warn.mockClear();
    const broken = docs.flatMap((doc) => snapshots(doc));
    expect(broken.map((s) => s.text)).toEqual(intact);
    expect(broken.every((s) => s.key === fallbackPostKey(s.author.id, s.text))).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/expandable-text-box/);
  });

  it('legacy DOM: without .update-components-text the text comes from a fallback, with one warning', () => {
    const docs = LEGACY.map(load);
    const intact = docs.flatMap((doc) => snapshots(doc).map((s) => s.text));
    for (const doc of docs) {
      for (const el of doc.querySelectorAll('.update-components-text')) el.classList.remove('update-components-text');
    }
    resetWarnings();
    warn.mockClear();
    expect(docs.flatMap((doc) => snapshots(doc).map((s) => s.text))).toEqual(intact);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('new DOM: without the control menu label the author still comes from the profile link', () => {
    const doc = load('new-post.html');
    for (const b of doc.querySelectorAll('button[aria-label]')) b.removeAttribute('aria-label');
    resetWarnings();
    warn.mockClear();
    const all = snapshots(doc);
    expect(byAuthor(all, 'in:rodrigo-paz-ventas').author.displayName).toBe('Rodrigo Paz');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
