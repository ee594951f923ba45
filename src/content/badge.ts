import { t } from '../shared/i18n';
import { Panel, reasonLabel, shownReasons, type BadgeActions, type BadgeContent } from './badge-panel';
import { BADGE_ACTIONS_CSS, BADGE_CSS } from './badge-style';
import { UI_MARKER } from './feed-watcher';
import { styleShadowRoot } from './shadow-style';
import { siteTheme } from './theme';

export type { BadgeActions, BadgeContent };

const BADGE_STYLE = BADGE_CSS + BADGE_ACTIONS_CSS;
/** Hover and focus leave the panel open this long, so the pointer can travel from pill to panel. */
const CLOSE_DELAY_MS = 150;

/** The pill, built once and cloned for each badge (one call instead of a dozen per badge). */
let pillTemplate: HTMLButtonElement | null = null;

function newPill(): HTMLButtonElement {
  if (!pillTemplate) {
    pillTemplate = document.createElement('button');
    pillTemplate.className = 'pill';
    pillTemplate.type = 'button';
    pillTemplate.setAttribute('aria-expanded', 'false');
    const dot = document.createElement('span');
    dot.className = 'dot';
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = t('badgeSelling', undefined, 'Selling');
    pillTemplate.append(dot, label);
  }
  return pillTemplate.cloneNode(true) as HTMLButtonElement;
}

/** Where the reason summary goes in the pill's aria-label. The label is asked of the locale once,
 * with this marker as the summary: a locale lookup with a substitution per new summary cost more
 * than the rest of rendering a badge (profiled in the bench feed). */
const SUMMARY_SLOT = '\u0001';
let ariaParts: readonly [before: string, after: string] | string | null = null;

function ariaLabelFor(summary: string): string {
  if (ariaParts === null) {
    const whole = t('badgeAriaLabel', SUMMARY_SLOT, `Humo: selling — ${SUMMARY_SLOT}`);
    const at = whole.indexOf(SUMMARY_SLOT);
    // A translation without the placeholder gives the same label for every summary.
    ariaParts = at < 0 ? whole : [whole.slice(0, at), whole.slice(at + SUMMARY_SLOT.length)];
  }
  return typeof ariaParts === 'string' ? ariaParts : ariaParts[0] + summary + ariaParts[1];
}

/** One badge per post: a pill in a closed shadow root (unreachable for the page), with the
 * verdict's reasons in its aria-label. The "why" panel is built when first opened. */
class Badge {
  readonly host = document.createElement('span');
  private readonly root: ShadowRoot;
  private readonly pill = newPill();
  private panel: Panel | null = null;
  private content: BadgeContent | null = null;
  /** A click pins the panel open until clicked again or Escape; hover and focus only peek. */
  private pinned = false;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.host.setAttribute(UI_MARKER, 'badge');
    this.root = this.host.attachShadow({ mode: 'closed' });
    styleShadowRoot(this.root, BADGE_STYLE);
    this.pill.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation(); // the site must not open the post underneath
      this.pinned = !this.panel?.isOpen || !this.pinned;
      this.toggle(this.pinned);
    });
    this.root.addEventListener('focusin', () => this.toggle(true));
    this.root.addEventListener('focusout', () => this.closeSoon());
    this.host.addEventListener('mouseenter', () => this.toggle(true));
    this.host.addEventListener('mouseleave', () => this.closeSoon());
    this.root.append(this.pill);
  }

  /** Shows `content`: the pill's label and theme now, the panel when open (or when next opened). */
  render(content: BadgeContent): void {
    this.content = content;
    const summary = shownReasons(content.judgement)
      .map((r) => reasonLabel(r.signal))
      .join(', ');
    const aria = ariaLabelFor(summary);
    if (this.pill.getAttribute('aria-label') !== aria) this.pill.setAttribute('aria-label', aria);
    const theme = siteTheme();
    if (this.host.getAttribute('data-theme') !== theme) this.host.setAttribute('data-theme', theme);
    this.panel?.refresh();
  }

  private toggle(open: boolean): void {
    clearTimeout(this.closeTimer);
    if (open) this.openPanel().open();
    else this.panel?.close();
    this.pill.setAttribute('aria-expanded', String(open));
  }

  /** Taken off its post: close the panel (and its scroll listeners) and forget the post. */
  release(): void {
    clearTimeout(this.closeTimer);
    this.pinned = false;
    if (this.panel) this.toggle(false);
    this.content = null;
  }

  private closeSoon(): void {
    this.closeTimer = setTimeout(() => {
      if (!this.pinned && !this.root.activeElement) this.toggle(false);
    }, CLOSE_DELAY_MS);
  }

  private openPanel(): Panel {
    if (this.panel) return this.panel;
    const panel = new Panel(this.pill, () => this.content);
    this.panel = panel;
    this.pill.setAttribute('aria-controls', panel.el.id);
    this.root.append(panel.el);
    this.host.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      this.pinned = false;
      this.toggle(false);
      this.pill.focus();
    });
    return panel;
  }
}

const badges = new WeakMap<Element, Badge>();
/** Badges we took off posts that stopped selling, kept for the next selling post: in a recycling
 * feed cells flip between the two all the time, and a new badge (shadow root, pill, listeners)
 * costs more than showing it. */
const spare: Badge[] = [];
const MAX_SPARE = 16;

export function showBadge(post: Element, anchor: Element, content: BadgeContent): void {
  let badge = badges.get(post);
  if (!badge) {
    badge = spare.pop() ?? new Badge();
    badges.set(post, badge);
  }
  if (badge.host.parentElement !== anchor) anchor.append(badge.host);
  badge.render(content);
}

export function removeBadge(post: Element): void {
  const badge = badges.get(post);
  if (!badge) return;
  badges.delete(post);
  badge.host.remove();
  badge.release();
  if (spare.length < MAX_SPARE) spare.push(badge);
}

export function hasDetachedBadge(post: Element): boolean {
  const badge = badges.get(post);
  return !badge || !badge.host.isConnected;
}
