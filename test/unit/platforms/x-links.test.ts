import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleFromHref } from '../../../src/platforms/x-links';

/** The reading by splitting the path, as handleFromHref first did: the reference for the
 * in-place reading of segments (paths only; the URL parsing in front of both is shared). What
 * makes a segment a handle is the function's own rule, asked of the one segment. */
function bySplitting(path: string, exact: boolean): string | null {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0 || (exact && parts.length !== 1)) return null;
  return handleFromHref(`/${parts[0]}`, true);
}

describe('handleFromHref', () => {
  it('reads the handle of profile links and refuses X sections', () => {
    expect(handleFromHref('/Alice_Dev', true)).toBe('alice_dev');
    expect(handleFromHref('/alice/', true)).toBe('alice');
    expect(handleFromHref('/alice/status/123', true)).toBeNull();
    expect(handleFromHref('/alice/status/123', false)).toBe('alice');
    expect(handleFromHref('https://x.com/bob/status/1', false)).toBe('bob');
    expect(handleFromHref('https://example.com/bob', false)).toBeNull();
    expect(handleFromHref('/home', true)).toBeNull();
    expect(handleFromHref('/Explore', false)).toBeNull();
    expect(handleFromHref('/', false)).toBeNull();
    expect(handleFromHref('/a_name_too_long_for_x', true)).toBeNull();
  });

  // "//host/..." is protocol-relative: URL parsing in front of both readings refuses it.
  it('reads root-relative paths as splitting them did', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_]{0,17}$/);
    const path = fc.array(fc.oneof(segment, fc.constantFrom('', 'home', 'I', 'status', '123')), { maxLength: 5 }).map((parts) => `/${parts.join('/')}`).filter((p) => !p.startsWith('//'));
    fc.assert(
      fc.property(path, fc.boolean(), (p, exact) => {
        expect(handleFromHref(p, exact)).toBe(bySplitting(p, exact));
      }),
      { numRuns: 2_000 },
    );
  });
});
