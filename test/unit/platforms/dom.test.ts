// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/platforms/dom';

/** Random markup from pieces readText treats alike or apart: text, nesting, links, emoji, breaks,
 * scripts, our own UI. */
const piece: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('hello', ' world ', 'ñandú', '\n', '😀', '&amp;'),
    fc.constantFrom('<img alt="🔥">', '<br>', '<script>x()</script>', '<span data-humo-ui="badge">Selling</span>', '<!-- note -->'),
    fc.tuple(fc.constantFrom('span', 'a href="https://t.co/x"', 'div', 'b'), fc.array(tie('node'), { maxLength: 3 })).map(
      ([tag, kids]) => `<${tag}>${kids.join('')}</${tag.split(' ')[0]}>`,
    ),
  ),
})).node;

function render(html: string): Element {
  const el = document.createElement('div');
  el.innerHTML = html; // test-only markup built above, never page text
  return el;
}

/** The walk alone: a skip that never skips turns the textContent shortcut off. */
const walked = (el: Element, linkText?: (a: Element) => string | null): string => readText(el, { skip: () => false, ...(linkText ? { linkText } : {}) });

const linkText = (a: Element): string => `<${a.getAttribute('href')}>`;

describe('readText', () => {
  it('reads the same text with or without its textContent shortcut', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const el = render(pieces.join(''));
        expect(readText(el)).toBe(walked(el));
        expect(readText(el, { linkText })).toBe(walked(el, linkText));
      }),
      { numRuns: 500 },
    );
  });

  it('takes emoji from alt text, breaks as new lines, and leaves out scripts and our badge', () => {
    const el = render('Big <b>news</b><img alt="🔥"><br>today<script>track()</script><span data-humo-ui="badge">Selling</span>');
    expect(readText(el)).toBe('Big news🔥\ntoday');
    expect(readText(render('  plain <span>nested <i>text</i></span>  '))).toBe('plain nested text');
  });
});
