import { describe, expect, it } from 'vitest';
import type { Example } from '../../../scripts/lib/data';
import { audit, isFlagged } from '../../../scripts/audit-lexicon';

/** Posts written for this test. */
function post(label: 'promo' | 'value', text: string): Example {
  return { id: text.slice(0, 12), text, label, lang: 'en', hard: false, source: 'test' };
}

describe('lexicon audit', () => {
  it('counts a phrase on posts of its own label and of the other, once per post', () => {
    const posts = [
      post('promo', 'Link in bio for the full guide. Link in bio!'),
      post('value', 'She asked what "link in bio" means, so I explained it to her.'),
      post('value', 'Grandma learned what link in bio means today and laughed.'),
    ];
    const row = audit('promo', posts).find((r) => r.phrase === 'link in bio');
    // Reported speech inside quotes does not count, as in detect(); repeats count once.
    expect(row).toMatchObject({ own: 1, other: 1 });
  });

  it('flags a phrase only with two posts of the other label and under half its own', () => {
    const row = { signal: 's', phrase: 'p', placeholders: true };
    expect(isFlagged({ ...row, own: 1, other: 2 })).toBe(true);
    expect(isFlagged({ ...row, own: 2, other: 2 })).toBe(false);
    expect(isFlagged({ ...row, own: 0, other: 1 })).toBe(false);
  });

  it('audits counter phrases against pitches', () => {
    const posts = [post('promo', 'Lost dog? No. Lost sales? Book a call with me.'), post('value', 'Lost dog near the park, brown collar.')];
    const rows = audit('counter', posts).filter((r) => r.signal.startsWith('counter-'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.signal.startsWith('counter-'))).toBe(true);
    expect(rows.reduce((n, r) => n + r.own, 0)).toBeGreaterThan(0);
  });
});
