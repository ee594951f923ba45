import type { Judgement } from '../core/types';
import { signalLabel, t } from '../shared/i18n';
import { BADGE_ACTIONS_CSS, BADGE_CSS } from './badge-style';
import { UI_MARKER } from './feed-watcher';
import { placePanel } from './panel-placement';
import { siteTheme } from './theme';

/** Our badge per post, its closed shadow root (unreachable for the page) and current content. */
const badges = new WeakMap<Element, HTMLElement>();
const roots = new WeakMap<HTMLElement, ShadowRoot>();
const contents = new WeakMap<HTMLElement, BadgeContent>();
const MAX_REASONS = 5;

export interface BadgeActions {
  notSelling(): void;
  alwaysShow(): void;
  alwaysMute(): void;
}

export interface BadgeContent {
  judgement: Judgement;
  handle: string;
  actions: BadgeActions;
  /** "12 of 15 posts selling", fetched only when the reader opens the panel. */
  authorLine(): Promise<string | null>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function actionButton(label: string, run: (c: BadgeContent) => void, host: HTMLElement): HTMLButtonElement {
  const button = el('button', 'action', label);
  button.type = 'button';
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    const content = contents.get(host);
    if (content) run(content);
  });
  return button;
}

function createBadge(): HTMLElement {
  const host = document.createElement('span');
  host.setAttribute(UI_MARKER, 'badge');
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  const style = el('style');
  style.textContent = BADGE_CSS + BADGE_ACTIONS_CSS;
  const pill = el('button', 'pill');
  pill.type = 'button';
  pill.setAttribute('aria-expanded', 'false');
  pill.setAttribute('aria-controls', 'why');
  pill.append(el('span', 'dot'), el('span', 'label', t('badgeSelling', undefined, 'Selling')));
  const why = el('div', 'why');
  why.id = 'why';
  why.setAttribute('role', 'group');
  why.hidden = true;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  // Hover or focus opens the panel; a click pins it open until clicked again or Escape.
  let pinned = false;
  const placement = placePanel(why, pill);
  // A popover whose post left the document was hidden by the browser without an event.
  const isOpen = (): boolean => !why.hidden && why.matches(':popover-open');
  const toggle = (open: boolean): void => {
    clearTimeout(closeTimer);
    if (open && !isOpen()) void fillAuthorLine(host);
    why.hidden = !open;
    pill.setAttribute('aria-expanded', String(open));
    if (open) placement.open();
    else placement.close();
  };

  const closeSoon = (): void => {
    closeTimer = setTimeout(() => {
      if (!pinned && !root.activeElement) toggle(false);
    }, 150);
  };
  pill.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation(); // the site must not open the post underneath
    pinned = !isOpen() || !pinned;
    toggle(pinned);
  });
  root.addEventListener('focusin', () => toggle(true));
  root.addEventListener('focusout', closeSoon);
  host.addEventListener('mouseenter', () => toggle(true));
  host.addEventListener('mouseleave', closeSoon);
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      pinned = false;
      toggle(false);
      pill.focus();
    }
  });
  root.append(style, pill, why);
  return host;
}

async function fillAuthorLine(host: HTMLElement): Promise<void> {
  const content = contents.get(host);
  const line = roots.get(host)?.querySelector('.author');
  if (!content || !line) return;
  const text = await content.authorLine().catch(() => null);
  if (contents.get(host) === content) line.textContent = text ?? '';
}

/** Fills the panel with text nodes only: page text is never parsed as HTML. */
function render(host: HTMLElement, content: BadgeContent): void {
  const root = roots.get(host);
  if (!root) return;
  contents.set(host, content);
  const why = root.querySelector('.why') as HTMLElement;
  const pill = root.querySelector('.pill') as HTMLElement;
  const reasons = content.judgement.reasons.filter((r) => r.weight > 0).slice(0, MAX_REASONS);
  const list = el('ul');
  for (const reason of reasons) {
    const item = el('li');
    if (reason.start >= 0 && reason.evidence) item.append(el('span', 'quote', `“${reason.evidence}”`), ' — ');
    item.append(signalLabel(reason.signal));
    list.append(item);
  }
  const actions = el('div', 'actions');
  actions.append(
    actionButton(t('notSelling', undefined, 'Not selling'), (c) => c.actions.notSelling(), host),
    actionButton(t('alwaysShowAuthor', content.handle, `Always show ${content.handle}`), (c) => c.actions.alwaysShow(), host),
    actionButton(t('alwaysMuteAuthor', content.handle, `Always mute ${content.handle}`), (c) => c.actions.alwaysMute(), host),
  );
  why.replaceChildren(el('h2', undefined, t('badgeWhyTitle', undefined, 'Why Humo says selling')), list, el('div', 'author'), actions);
  if (!why.hidden) void fillAuthorLine(host);
  const summary = reasons.map((r) => signalLabel(r.signal)).join(', ');
  pill.setAttribute('aria-label', t('badgeAriaLabel', summary, `Humo: selling — ${summary}`));
  host.dataset.theme = siteTheme();
}

export function showBadge(post: Element, anchor: Element, content: BadgeContent): void {
  let host = badges.get(post);
  if (!host) {
    host = createBadge();
    badges.set(post, host);
  }
  if (host.parentElement !== anchor) anchor.append(host);
  render(host, content);
}

export function removeBadge(post: Element): void {
  badges.get(post)?.remove();
}

export function hasDetachedBadge(post: Element): boolean {
  const host = badges.get(post);
  return !host || !host.isConnected;
}
