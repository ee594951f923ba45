import { t } from '../shared/i18n';
import { UI_MARKER } from './feed-watcher';
import { styleShadowRoot } from './shadow-style';
import { siteTheme } from './theme';

const MUTED_ATTR = 'data-humo-muted';
const lines = new WeakMap<Element, HTMLElement>();
/** The reveal action of each line; replaced when a recycled node shows another post. */
const reveals = new WeakMap<HTMLElement, () => void>();
const labels = new WeakMap<HTMLElement, HTMLElement>();
let styleInstalled = false;

/** One page-level rule hides a muted post's own children; only our line stays visible. The
 * post root itself stays in place, so the site's layout code keeps working. */
function installStyle(): void {
  if (styleInstalled) return;
  styleInstalled = true;
  const style = document.createElement('style');
  style.setAttribute(UI_MARKER, 'style');
  style.textContent = `[${MUTED_ATTR}] > :not([${UI_MARKER}]) { display: none !important; }`;
  (document.head ?? document.documentElement).append(style);
}

const LINE_CSS = `
:host { all: initial; display: block; }
.line { display: flex; align-items: center; gap: 6px; padding: 4px 12px; min-height: 24px; box-sizing: border-box;
  font: 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #6b7280; }
button { all: unset; cursor: pointer; color: #2563eb; text-decoration: underline; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; border-radius: 2px; }
:host([data-theme="dark"]) .line { color: #9ca3af; }
:host([data-theme="dark"]) button { color: #93c5fd; }
`;

function createLine(): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute(UI_MARKER, 'collapsed');
  const root = host.attachShadow({ mode: 'closed' });
  styleShadowRoot(root, LINE_CSS);
  const line = document.createElement('div');
  line.className = 'line';
  line.setAttribute('role', 'note');
  const label = document.createElement('span');
  const show = document.createElement('button');
  show.type = 'button';
  show.textContent = t('showPost', undefined, 'show');
  show.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation(); // the site must not open the post underneath
    reveals.get(host)?.();
  });
  line.append(label, show);
  root.append(line);
  labels.set(host, label);
  return host;
}

/** Collapse the post to one thin line "Humo: muted post by @handle — selling (show)".
 * `why` is 'selling' for promo posts, 'author' for value posts of an always-muted author. */
export function collapse(post: Element, handle: string, why: 'selling' | 'author', onReveal: () => void): void {
  installStyle();
  let host = lines.get(post);
  if (!host) {
    host = createLine();
    lines.set(post, host);
  }
  reveals.set(host, onReveal);
  const text =
    why === 'selling'
      ? t('collapsedLine', handle, `Humo: muted post by ${handle} — selling`)
      : t('collapsedLineAuthor', handle, `Humo: muted post by ${handle} — always muted`);
  labels.get(host)!.textContent = `${text} `;
  host.dataset.theme = siteTheme();
  if (host.parentElement !== post) post.prepend(host);
  post.setAttribute(MUTED_ATTR, '');
}

export function expand(post: Element): void {
  if (!post.hasAttribute(MUTED_ATTR)) return;
  post.removeAttribute(MUTED_ATTR);
  lines.get(post)?.remove();
}

export function isCollapsed(post: Element): boolean {
  return post.hasAttribute(MUTED_ATTR);
}
