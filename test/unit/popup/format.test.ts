import { describe, expect, it } from 'vitest';
import { count, dayKey, dayLabel, handleOf, parseAuthorKey, percent, share } from '../../../src/popup/format';
import { listedState, toggleListed } from '../../../src/popup/lists';

describe('formatting', () => {
  it('formats shares as whole percentages in the UI language', () => {
    expect(percent(0.333)).toBe('33%');
    expect(percent(0.5, 'es')).toMatch(/^50\s?%$/);
    expect(percent(Number.NaN)).toBe('0%');
    expect(percent(3)).toBe('100%');
  });

  it('formats counts with the locale grouping', () => {
    expect(count(10000, 'en')).toBe('10,000');
    expect(count(12345, 'es')).toMatch(/^12.345$/);
  });

  it('computes shares safely', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(3, 0)).toBe(0);
  });

  it('labels local days and keys them as YYYY-MM-DD', () => {
    expect(dayKey(new Date(2024, 2, 7))).toBe('2024-03-07');
    expect(dayLabel('2024-03-07', 'en')).toBe('Mar 7');
    expect(dayLabel('2024-03-07', 'es')).toMatch(/^7 mar/);
    expect(dayLabel('not-a-day')).toBe('not-a-day');
  });

  it('shows X ids as @handles and splits author keys', () => {
    expect(handleOf('x', 'ana')).toBe('@ana');
    expect(handleOf('x', '@ana')).toBe('@ana');
    expect(handleOf('linkedin', 'ana-garcia')).toBe('ana-garcia');
    expect(parseAuthorKey('facebook:ana.g:1')).toEqual({ platform: 'facebook', authorId: 'ana.g:1' });
    expect(parseAuthorKey('mastodon:ana')).toEqual({ platform: null, authorId: 'mastodon:ana' });
  });
});

describe('author lists', () => {
  const empty = { alwaysMute: [] as string[], neverMute: [] as string[] };

  it('puts an author on one list and takes them off the other', () => {
    const muted = toggleListed(empty, 'x:ana', 'always');
    expect(muted).toEqual({ alwaysMute: ['x:ana'], neverMute: [] });
    expect(listedState(muted, 'x:ana')).toBe('always');
    const shown = toggleListed(muted, 'x:ana', 'never');
    expect(shown).toEqual({ alwaysMute: [], neverMute: ['x:ana'] });
    expect(listedState(shown, 'x:ana')).toBe('never');
  });

  it('toggles off when pressed again, leaving others alone', () => {
    const both = { alwaysMute: ['x:bob', 'x:ana'], neverMute: ['x:cy'] };
    expect(toggleListed(both, 'x:ana', 'always')).toEqual({ alwaysMute: ['x:bob'], neverMute: ['x:cy'] });
    expect(listedState(null, 'x:ana')).toBeNull();
  });
});
