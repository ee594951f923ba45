// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Judgement } from '../../../src/core/types';
import type { Corrections } from '../../../src/content/corrections';
import { Judge } from '../../../src/content/judge';
import type { Presenter } from '../../../src/content/presenter';
import type { PlatformAdapter, PostSnapshot } from '../../../src/platforms/types';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

const classified = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../../../src/core/classify', () => ({
  classify: (input: { text: string }): Judgement => {
    classified.texts.push(input.text);
    return { verdict: input.text.includes('course') ? 'promo' : 'value', score: 0.5, reasons: [] };
  },
}));

/** A toy site: <article data-key> with the text in <p>; the fingerprint is key + text length. */
function adapter(reads: Element[]): PlatformAdapter {
  return {
    platform: 'x',
    selectors: {},
    matchesHost: () => true,
    findPosts: () => [],
    postRootOf: () => null,
    extract: (post): PostSnapshot | null => {
      reads.push(post);
      const key = post.getAttribute('data-key');
      const text = post.querySelector('p')?.textContent ?? '';
      return key ? { platform: 'x', key, author: { id: 'ana', displayName: 'Ana' }, text, links: [], isAd: false } : null;
    },
    badgeAnchor: (post) => post,
    fingerprint: (post) => {
      const key = post.getAttribute('data-key');
      return key ? `${key}|${post.querySelector('p')?.textContent?.length ?? -1}` : null;
    },
  };
}

function presenter(): Presenter & { shown: string[] } {
  const shown: string[] = [];
  return {
    shown,
    show: (post: Element, snapshot: PostSnapshot, judgement: Judgement) => {
      post.setAttribute('data-humo', judgement.verdict);
      shown.push(`${snapshot.key}:${judgement.verdict}`);
    },
    clear: (post: Element) => post.removeAttribute('data-humo'),
    isDetached: () => false,
  } as unknown as Presenter & { shown: string[] };
}

const corrections = { has: () => false } as unknown as Corrections;

function article(key: string, text: string): Element {
  const el = document.createElement('article');
  el.setAttribute('data-key', key);
  el.innerHTML = '<p></p><span class="views">1</span>';
  el.querySelector('p')!.textContent = text;
  document.body.append(el);
  return el;
}

describe('Judge', () => {
  let reads: Element[];
  let shows: Presenter & { shown: string[] };
  let judge: Judge;
  beforeEach(() => {
    document.body.replaceChildren();
    classified.texts.length = 0;
    reads = [];
    shows = presenter();
    judge = new Judge(adapter(reads), shows, () => DEFAULT_SETTINGS, corrections, () => {});
  });

  it('skips the full read of a post whose text-only change left its fingerprint alone', () => {
    const post = article('1', 'my course, link in bio');
    judge.judge(post);
    const tick = (n: string): void => {
      post.querySelector('.views')!.textContent = n;
      judge.read(post, true)()();
    };
    tick('2'); // the first text-only change takes the fingerprint (and reads in full)
    tick('3');
    tick('4');
    expect(reads).toHaveLength(2);
    expect(shows.shown).toEqual(['1:promo']);
    post.querySelector('p')!.textContent = 'my course, link in bio, now 50% off';
    judge.read(post, true)()();
    expect(reads).toHaveLength(3);
  });

  it('reads again when the element shows another post or longer text, or settings changed', () => {
    const post = article('1', 'my course');
    judge.judge(post);
    post.setAttribute('data-key', '2');
    post.querySelector('p')!.textContent = 'a thread about birds';
    judge.judge(post);
    post.querySelector('p')!.textContent = 'a thread about birds, expanded';
    judge.judge(post);
    judge.invalidate();
    judge.judge(post);
    expect(reads).toHaveLength(4);
    expect(shows.shown).toEqual(['1:promo', '2:value', '2:value', '2:value']);
  });

  it('does not classify again a post seen before in another element', () => {
    judge.judge(article('1', 'my course'));
    judge.judge(article('1', 'my course'));
    expect(classified.texts).toEqual(['my course']);
    expect(shows.shown).toEqual(['1:promo', '1:promo']);
  });

  it('classifies only in the step after reading, updates the page only in the last, and clears an emptied element', () => {
    const post = article('1', 'my course');
    const decide = judge.read(post);
    expect(classified.texts).toEqual([]);
    const update = decide();
    expect(classified.texts).toEqual(['my course']);
    expect(post.hasAttribute('data-humo')).toBe(false);
    update();
    expect(post.getAttribute('data-humo')).toBe('promo');
    post.removeAttribute('data-key');
    judge.judge(post);
    expect(post.hasAttribute('data-humo')).toBe(false);
  });
});
