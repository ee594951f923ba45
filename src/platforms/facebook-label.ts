/** Reads Facebook's obfuscated "Sponsored" label as it is rendered: letters split into spans,
 * reordered with CSS `order`, decoys hidden by class, letters in `data-content` pseudo content,
 * zero-width characters (FB Clean My Feeds src/feeds/shared/sponsored.js does not trust raw
 * textContent either). */
import { isElement } from './dom';

/** The Sponsored label as users see it, in the languages Humo supports. */
const AD_LABELS = new Set(['sponsored', 'patrocinado', 'publicidad', 'ad']);
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

type StyleOf = (el: Element, pseudo?: string) => CSSStyleDeclaration | null;

function styleReader(el: Element): StyleOf {
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return () => null;
  return (e, pseudo) => {
    try {
      return view.getComputedStyle(e, pseudo ?? null);
    } catch {
      return null;
    }
  };
}

/** Does the document lay out (a real browser) or not (happy-dom, jsdom)? */
function hasLayout(el: Element): boolean {
  try {
    const html = el.ownerDocument?.documentElement;
    return !!html && html.getBoundingClientRect().width > 0;
  } catch {
    return false;
  }
}

function px(value: string | undefined): number {
  const n = parseFloat(value ?? '');
  return Number.isFinite(n) ? n : NaN;
}

/** The text a CSS `content` value paints: quoted strings and attr(x), nothing for none/normal. */
function pseudoText(content: string, el: Element): string {
  let out = '';
  for (const m of content.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([\w-]+)\s*\)/g)) {
    if (m[3]) out += el.getAttribute(m[3]) ?? '';
    else out += (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1');
  }
  return out;
}

/** Reconstructs a label as it is rendered: flex children in CSS `order`, hidden decoys skipped
 * (display:none, visibility:hidden, opacity 0, zero font size, far off-screen, zero size),
 * ::before/::after content (data-content) included, zero-width characters removed. Never
 * trusts raw textContent. Works without layout (inline styles and stylesheet rules as far as
 * the DOM implementation computes them); with layout also checks boxes. */
export function readRenderedLabel(el: Element): string {
  const styleOf = styleReader(el);
  const layout = hasLayout(el);
  let origin: DOMRect | null = null;
  if (layout) {
    try {
      origin = el.getBoundingClientRect();
    } catch {
      origin = null;
    }
  }

  const hidden = (e: Element, st: CSSStyleDeclaration | null): boolean => {
    if (e.hasAttribute('hidden')) return true;
    if (st) {
      if (st.display === 'none' || st.visibility === 'hidden' || st.visibility === 'collapse') return true;
      if (st.opacity !== '' && px(st.opacity) === 0) return true;
      if (px(st.fontSize) === 0) return true;
      if (st.position === 'absolute' || st.position === 'fixed') {
        if ([st.left, st.top, st.right].some((v) => px(v) <= -999)) return true;
      }
    }
    if (layout && origin && st?.display !== 'contents') {
      try {
        const r = e.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) return true;
        const far = 1000;
        if (r.right < origin.left - far || r.left > origin.right + far || r.bottom < origin.top - far || r.top > origin.bottom + far) return true;
      } catch {
        /* no box: keep it */
      }
    }
    return false;
  };

  const pseudo = (e: Element, which: '::before' | '::after'): string => {
    const content = styleOf(e, which)?.content ?? '';
    if (content && content !== 'none' && content !== 'normal') {
      const text = pseudoText(content, e);
      if (text) return text;
    }
    // Without pseudo-element support, an empty element carrying data-content is painted by a
    // `::before { content: attr(data-content) }` rule: read the attribute.
    if (which === '::before' && !layout && e.hasAttribute('data-content') && !e.textContent) {
      return e.getAttribute('data-content') ?? '';
    }
    return '';
  };

  const render = (node: Node): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    if (!isElement(node)) return '';
    const tag = node.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template' || node.hasAttribute('data-humo-ui')) return '';
    const st = styleOf(node);
    if (node !== el && hidden(node, st)) return '';
    let kids = Array.from(node.childNodes);
    const display = st?.display ?? '';
    if (display.includes('flex') || display.includes('grid')) {
      const orderOf = (n: Node): number => {
        if (!isElement(n)) return 0;
        const o = px(styleOf(n)?.order);
        return Number.isFinite(o) ? o : 0;
      };
      kids = kids.map((n, i) => ({ n, i, o: orderOf(n) })).toSorted((a, b) => a.o - b.o || a.i - b.i).map((x) => x.n);
    }
    if (tag === 'svg' || tag === 'text' || tag === 'tspan' || tag === 'g') {
      return kids.map(render).join('');
    }
    return pseudo(node, '::before') + kids.map(render).join('') + pseudo(node, '::after');
  };

  try {
    return render(el).replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
  } catch {
    return '';
  }
}

/** Is this rendered text an ad label (alone or as one item of the "·"-separated sub line)? */
export function isAdLabel(rendered: string): boolean {
  const clean = rendered.replace(ZERO_WIDTH, '').toLowerCase();
  if (AD_LABELS.has(clean.replace(/\s+/g, ''))) return true;
  return clean.split(/[\s·•|]+/).some((tok) => AD_LABELS.has(tok));
}

