/** CDP helpers that see inside our closed shadow roots (tests and the demo's screenshots). */
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: string;
}

/** Our badges live in closed shadow roots the page cannot open; the DevTools protocol can.
 * Returns, per badge host, its shadow root type and the element names, text and aria-labels inside. */
export async function readBadges(page: Page): Promise<{ rootType: string; tags: string[]; text: string; labels: string[] }[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: { rootType: string; tags: string[]; text: string; labels: string[] }[] = [];
    const visit = (node: CdpNode): void => {
      if (attr(node, 'data-humo-ui') === 'badge') {
        for (const shadow of node.shadowRoots ?? []) {
          const tags: string[] = [];
          const labels: string[] = [];
          let text = '';
          const walk = (n: CdpNode): void => {
            if (n.nodeType === 1) tags.push(n.nodeName.toLowerCase());
            const label = attr(n, 'aria-label');
            if (label !== undefined) labels.push(label);
            if (n.nodeType === 3 && n.nodeValue) text += n.nodeValue;
            for (const c of n.children ?? []) walk(c);
          };
          for (const c of shadow.children ?? []) walk(c);
          found.push({ rootType: shadow.shadowRootType ?? '', tags, text, labels });
        }
      }
      for (const c of node.children ?? []) visit(c);
      for (const s of node.shadowRoots ?? []) visit(s);
    };
    visit(root);
    return found;
  } finally {
    await cdp.detach();
  }
}

/** The value of attribute `name` of a DevTools node (its attributes come as name, value pairs). */
function attr(n: CdpNode, name: string): string | undefined {
  const a = n.attributes ?? [];
  const i = a.indexOf(name);
  return i >= 0 && i % 2 === 0 ? a[i + 1] : undefined;
}

type Found = CdpNode & { nodeId: number; backendNodeId: number; children?: Found[]; shadowRoots?: Found[] };

/** The first button inside one of our closed shadow roots (host kind `ui`, e.g. 'badge' or
 * 'collapsed') whose text matches, within the post with data-humo-key `postKey`. */
async function findInOurUi(cdp: CDPSession, postKey: string, ui: string, text: RegExp): Promise<Found | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Found };
  const textOf = (n: Found): string => (n.nodeType === 3 ? n.nodeValue ?? '' : (n.children ?? []).map(textOf).join(''));
  let target: Found | null = null;
  const inHost = (n: Found): void => {
    if (target) return;
    if (n.nodeName === 'BUTTON' && text.test(textOf(n))) target = n;
    for (const c of n.children ?? []) inHost(c);
  };
  const visit = (n: Found, inPost: boolean): void => {
    if (target) return;
    const here = inPost || attr(n, 'data-humo-key') === postKey;
    if (here && attr(n, 'data-humo-ui') === ui) for (const s of n.shadowRoots ?? []) inHost(s);
    for (const c of n.children ?? []) visit(c, here);
  };
  visit(root, false);
  return target;
}

/** Centre of that button (see findInOurUi): used to click our own controls the way a reader would. */
export async function pointInOurUi(page: Page, postKey: string, ui: string, text: RegExp): Promise<{ x: number; y: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const target = await findInOurUi(cdp, postKey, ui, text);
    if (!target) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: target.backendNodeId })) as { model: { content: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } finally {
    await cdp.detach();
  }
}

/** Focuses that button (see findInOurUi) without scrolling, the way a keyboard reader reaches it,
 * e.g. to open a badge's "why" panel wherever the post is. False when there is no such button. */
export async function focusOurUi(page: Page, postKey: string, ui: string, text: RegExp): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const target = await findInOurUi(cdp, postKey, ui, text);
    if (!target) return false;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: target.backendNodeId })) as { object: { objectId: string } };
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { this.focus({ preventScroll: true }); }' });
    return true;
  } finally {
    await cdp.detach();
  }
}

/** Opens a post's badge panel with a click on its pill, as a reader would, and returns the centre of
 * the action button matching `label`. The post may be re-rendered just then (it was just revealed
 * or re-judged), which closes a panel; a reader clicks again, and so does this. */
export async function openBadgeAction(page: Page, key: string, label: RegExp): Promise<{ x: number; y: number } | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const pill = await pointInOurUi(page, key, 'badge', /selling|vende/i);
    if (!pill) return null;
    await page.mouse.click(pill.x, pill.y);
    for (let poll = 0; poll < 5; poll++) {
      const action = await pointInOurUi(page, key, 'badge', label);
      if (action) return action;
      await page.waitForTimeout(100);
    }
  }
  return null;
}
