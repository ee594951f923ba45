import type { Judgement } from '../core/types';
import type { PlatformAdapter, PostSnapshot } from '../platforms/types';
import { authorKey, type Settings } from '../shared/settings';
import type { AuthorLines } from './author-lines';
import { hasDetachedBadge, removeBadge, showBadge, type BadgeActions } from './badge';
import { collapse, expand, isCollapsed } from './collapse';
import { presentationFor } from './mute-policy';

export interface PresenterHooks {
  settings(): Settings;
  authorLines: AuthorLines;
  /** Badge actions, for the post currently shown in `post`. */
  actionsFor(post: Element, snapshot: PostSnapshot): BadgeActions;
}

/** Setting an attribute to the value it has is still a change: the page's attribute observers
 * get a record and the browser re-checks the post's style. Most re-judged posts keep their
 * verdict and key, so write only what changed. */
function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Shows a verdict in the page. The contract other parts rely on: the post root carries
 * data-humo="promo"|"value" and data-humo-key names the post it was judged as. */
export class Presenter {
  private readonly revealed = new Set<string>();
  /** Set when a collapse or expand changed the page's layout since the last check. */
  layoutChanged = false;

  constructor(
    private readonly adapter: PlatformAdapter,
    private readonly hooks: PresenterHooks,
  ) {}

  /** "show" on a collapsed line: reveal in place, and keep this post revealed if a recycled
   * node shows it again. */
  reveal(post: Element, snapshot: PostSnapshot): void {
    this.revealed.add(`${snapshot.platform}:${snapshot.key}`);
    if (post.getAttribute('data-humo-key') === snapshot.key) expand(post);
  }

  /** The reader just asked to always mute this author: an earlier "show" no longer holds. */
  unreveal(snapshot: PostSnapshot): void {
    this.revealed.delete(`${snapshot.platform}:${snapshot.key}`);
  }

  /** Has this page ever collapsed a post? Until then no layout can change by our hand. */
  get everCollapsed(): boolean {
    return this.collapsedOnce;
  }

  private collapsedOnce = false;

  show(post: Element, snapshot: PostSnapshot, judgement: Judgement): void {
    setIfChanged(post, 'data-humo', judgement.verdict);
    setIfChanged(post, 'data-humo-key', snapshot.key);
    const author = authorKey(snapshot.platform, snapshot.author.id);
    const revealed = this.revealed.has(`${snapshot.platform}:${snapshot.key}`);
    const mode = presentationFor(judgement.verdict, author, this.hooks.settings(), revealed);
    const handle = snapshot.platform === 'x' ? `@${snapshot.author.id}` : snapshot.author.displayName || snapshot.author.id;
    if (mode === 'collapsed') {
      this.collapsedOnce = true;
      if (!isCollapsed(post)) this.layoutChanged = true;
      collapse(post, handle, judgement.verdict === 'promo' ? 'selling' : 'author', () => this.reveal(post, snapshot));
    } else if (isCollapsed(post)) {
      this.layoutChanged = true;
      expand(post);
    }
    if (judgement.verdict !== 'promo') return removeBadge(post);
    showBadge(post, this.adapter.badgeAnchor(post), {
      judgement,
      handle,
      actions: this.hooks.actionsFor(post, snapshot),
      authorLine: () => this.hooks.authorLines.get(snapshot.platform, snapshot.author.id),
    });
  }

  /** The element no longer shows a complete post (emptied recycled cell): no stale verdict. */
  clear(post: Element): void {
    if (!post.hasAttribute('data-humo')) return;
    post.removeAttribute('data-humo');
    post.removeAttribute('data-humo-key');
    removeBadge(post);
    if (isCollapsed(post)) {
      this.layoutChanged = true;
      expand(post);
    }
  }

  /** True when the post should show our badge but the site's re-render removed it. */
  isDetached(post: Element): boolean {
    return post.getAttribute('data-humo') === 'promo' && hasDetachedBadge(post) && !isCollapsed(post);
  }
}
