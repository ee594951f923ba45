/** Small DOM helpers shared by the adapters. Each degrades to an empty result, never throws. */

const warned = new Set<string>();

/** Log a broken selector once per page, not once per post. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[Humo] ${message}`);
}

/** Forget which warnings were given (tests). */
export function resetWarnings(): void {
  warned.clear();
}

/** The first element matching any of `selectors`, in order of preference. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const css of selectors) {
    const hit = root.querySelector(css);
    if (hit) return hit;
  }
  return null;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Visible-ish text of an element: text nodes plus emoji <img alt>, skipping script/style and
 * our own badge hosts. Uses textContent-level reads only (no layout, unlike innerText).
 * `linkText` may replace a link's text (sites that shorten links show the real URL elsewhere);
 * `skip` leaves out elements such as "See more" controls. */
export interface ReadTextOptions {
  linkText?: (a: Element) => string | null;
  skip?: (e: Element) => boolean;
}

/** Elements the walk treats apart from their text (and links, when `linkText` is given). A
 * subtree without any reads the same as its textContent: one native call instead of a wrapper
 * for every node in the content script's world. */
const SPECIAL = 'img, br, script, style, template, noscript, [data-humo-ui]';
const SPECIAL_OR_LINK = `a, ${SPECIAL}`;

export function readText(el: Element, { linkText, skip }: ReadTextOptions = {}): string {
  if (!skip && el.querySelector(linkText ? SPECIAL_OR_LINK : SPECIAL) === null) return (el.textContent ?? '').trim();
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const e = child as Element;
        const tag = e.tagName; // one DOM call instead of four per element
        if (SKIP_TAGS.has(tag) || e.hasAttribute('data-humo-ui') || skip?.(e)) continue;
        const replaced = tag === 'A' && linkText ? linkText(e) : null;
        if (replaced !== null) out += replaced;
        else if (tag === 'IMG') out += e.getAttribute('alt') ?? '';
        else if (tag === 'BR') out += '\n';
        else walk(e);
      }
    }
  };
  walk(el);
  return out.trim();
}

/** Absolute hrefs of the links below `el`, resolved against the page. */
export function linkTargets(el: Element): string[] {
  const out: string[] = [];
  for (const a of el.querySelectorAll('a[href]')) {
    const href = (a as HTMLAnchorElement).href || a.getAttribute('href') || '';
    if (href) out.push(href);
  }
  return out;
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** el.matches that treats a selector the engine rejects as "no match". */
export function matchesSafe(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

/** querySelectorAll that treats a selector the engine rejects as "no match". */
export function queryAllSafe(root: ParentNode, css: string): Element[] {
  let list: NodeListOf<Element>;
  try {
    list = root.querySelectorAll(css);
  } catch {
    return [];
  }
  // An indexed copy: Array.from goes through the NodeList's iterator, 2–3× slower in Chromium,
  // and adapters call this a few times per post.
  const out: Element[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i] as Element);
  return out;
}
