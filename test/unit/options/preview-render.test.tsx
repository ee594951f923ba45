// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/browser', () => ({
  default: { i18n: { getMessage: () => '', getUILanguage: () => 'en' } },
}));

const { Preview } = await import('../../../src/options/Preview');
const { phraseProblem } = await import('../../../src/options/PhraseList');
const { SAMPLE_POSTS } = await import('../../../src/options/sample-posts');

describe('Preview', () => {
  it('lists every sample with its verdict, reasons and a summary that matches', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Preview settings={{ sensitivity: 'balanced', customPromo: [], customValue: [] }} />, root));
    const items = [...root.querySelectorAll('[data-sample]')];
    expect(items).toHaveLength(SAMPLE_POSTS.length);
    const flagged = items.filter((li) => li.getAttribute('data-flagged') === 'true');
    expect(root.querySelector('[data-testid="preview-summary"]')!.textContent).toBe(
      `Humo would mark ${flagged.length} of these ${SAMPLE_POSTS.length} posts as selling.`,
    );
    for (const li of flagged) {
      expect(li.querySelector('.verdict')!.textContent).toBe('Selling');
      expect(li.querySelectorAll('.reasons li').length).toBeGreaterThan(0);
    }
    expect(items.find((li) => li.getAttribute('lang') === 'es')).toBeDefined();
    // Sample text is shown as text, never parsed.
    expect(root.querySelector('.sample-text')!.children).toHaveLength(0);

    act(() => render(<Preview settings={{ sensitivity: 'balanced', customPromo: ['accessibility audit'], customValue: [] }} />, root));
    const audit = root.querySelector('[data-sample="en-value-thread"]')!;
    expect(audit.textContent).toContain('accessibility audit');
    render(null, root);
  });
});

describe('phraseProblem', () => {
  it('refuses empty, too long and duplicate phrases', () => {
    expect(phraseProblem('  ', [])).toBeTruthy();
    expect(phraseProblem('x'.repeat(81), [])).toBeTruthy();
    expect(phraseProblem('Link en bio', ['link en BIO'])).toBeTruthy();
    expect(phraseProblem('plazas limitadas', ['link en bio'])).toBeNull();
  });
});
