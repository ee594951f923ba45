import type { Judgement } from '../core/types';
import { signalLabel, t } from '../shared/i18n';
import { placePanel, type PanelPlacement } from './panel-placement';

/** The badge's "why" panel: reasons with their quoted evidence, the author line and the actions.
 * Built when a reader first opens a badge, not for every selling post that scrolls by: building
 * it up front was about a third of a judge call, for panels almost nobody opens. */

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

/** Signal labels repeat across posts; each is looked up in the locale once. */
const labels = new Map<string, string>();

export function reasonLabel(signal: string): string {
  let label = labels.get(signal);
  if (label === undefined) {
    label = signalLabel(signal);
    labels.set(signal, label);
  }
  return label;
}

export function shownReasons(judgement: Judgement): Judgement['reasons'] {
  return judgement.reasons.filter((r) => r.weight > 0).slice(0, MAX_REASONS);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class Panel {
  readonly el: HTMLElement;
  private readonly placement: PanelPlacement;
  /** The content the panel's nodes were built from (the badge may show another post since). */
  private shows: BadgeContent | null = null;

  /** `current` is the badge's content now: recycled post nodes change it under an open panel. */
  constructor(
    pill: HTMLElement,
    private readonly current: () => BadgeContent | null,
  ) {
    this.el = el('div', 'why');
    this.el.id = 'why';
    this.el.setAttribute('role', 'group');
    this.el.hidden = true;
    this.placement = placePanel(this.el, pill);
  }

  /** A popover whose post left the document was hidden by the browser without an event. */
  get isOpen(): boolean {
    return !this.el.hidden && this.el.matches(':popover-open');
  }

  open(): void {
    const wasOpen = this.isOpen;
    this.fill();
    if (!wasOpen) void this.fillAuthorLine();
    this.el.hidden = false;
    this.placement.open();
  }

  close(): void {
    this.el.hidden = true;
    this.placement.close();
  }

  /** The badge now shows other content: an open panel follows at once, a closed one when opened. */
  refresh(): void {
    if (this.el.hidden) return;
    this.fill();
    void this.fillAuthorLine();
  }

  /** Text nodes only: page text (quoted evidence, handles) is never parsed as HTML. */
  private fill(): void {
    const content = this.current();
    if (!content || content === this.shows) return;
    this.shows = content;
    const list = el('ul');
    for (const reason of shownReasons(content.judgement)) {
      const item = el('li');
      if (reason.start >= 0 && reason.evidence) item.append(el('span', 'quote', `“${reason.evidence}”`), ' — ');
      item.append(reasonLabel(reason.signal));
      list.append(item);
    }
    const actions = el('div', 'actions');
    actions.append(
      this.action(t('notSelling', undefined, 'Not selling'), (c) => c.actions.notSelling()),
      this.action(t('alwaysShowAuthor', content.handle, `Always show ${content.handle}`), (c) => c.actions.alwaysShow()),
      this.action(t('alwaysMuteAuthor', content.handle, `Always mute ${content.handle}`), (c) => c.actions.alwaysMute()),
    );
    const title = el('h2', undefined, t('badgeWhyTitle', undefined, 'Why Humo says selling'));
    this.el.replaceChildren(title, list, el('div', 'author'), actions);
  }

  /** Runs against the content shown when clicked, which is the content the buttons were built for. */
  private action(label: string, run: (c: BadgeContent) => void): HTMLButtonElement {
    const button = el('button', 'action', label);
    button.type = 'button';
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      const content = this.current();
      if (content) run(content);
    });
    return button;
  }

  private async fillAuthorLine(): Promise<void> {
    const content = this.current();
    const line = this.el.querySelector('.author');
    if (!content || !line) return;
    const text = await content.authorLine().catch(() => null);
    if (this.current() === content) line.textContent = text ?? '';
  }
}
