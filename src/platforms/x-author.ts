/** X post scope and author: what belongs to the post itself (not to a quoted post inside it),
 * and who wrote it. Selectors come from X_TABLE (x.ts); used only inside functions, so the
 * import cycle is safe. */
import { queryAllSafe as queryAll, warnOnce } from './dom';
import { X_TABLE as TABLE } from './x';
import { handleFromHref, hrefOf, readTweetText } from './x-links';
import type { AuthorRef } from './types';

/** A quoted post: a div[role=link] block holding its own User-Name, text or avatar. */
function isQuoteBlock(el: Element): boolean {
  return el.querySelector(`${TABLE.userName}, ${TABLE.tweetText}, ${TABLE.avatar}`) !== null;
}

/** One read of one post: which elements belong to the post itself. An element outside every
 * div[role=link] of the post is the post's own (one closest() up); only when one is inside such a
 * block are the post's quote blocks looked up, once per read. Walking up from each candidate with
 * a query at every role=link ancestor was the largest part of reading a post. Never kept across
 * reads: cells are recycled. */
export class PostScope {
  private quoteList: Element[] | null = null;
  private userNameEl: Element | null | undefined;

  constructor(readonly post: Element) {}

  private get quotes(): Element[] {
    this.quoteList ??= queryAll(this.post, TABLE.quote).filter(isQuoteBlock);
    return this.quoteList;
  }

  /** `el` belongs to the post itself, not to a quoted post inside it. */
  owns(el: Element): boolean {
    const block = el.closest(TABLE.quote);
    if (!block || !this.post.contains(block)) return true;
    for (const quote of this.quotes) if (quote.contains(el)) return false;
    return true;
  }

  /** Elements matching `css` inside the post that belong to the post itself. */
  all(css: string): Element[] {
    return queryAll(this.post, css).filter((el) => this.owns(el));
  }

  /** The first of the post's own elements matching `css` (and `accept`, when given). Most reads
   * stop at the first match, so that is asked for alone before listing them all. */
  first(css: string, accept?: (el: Element) => boolean): Element | null {
    let list: NodeListOf<Element>;
    try {
      const hit = this.post.querySelector(css);
      if (!hit) return null;
      if (this.owns(hit) && (!accept || accept(hit))) return hit;
      list = this.post.querySelectorAll(css);
    } catch {
      return null;
    }
    for (let i = 0; i < list.length; i++) {
      const el = list[i] as Element;
      if (this.owns(el) && (!accept || accept(el))) return el;
    }
    return null;
  }

  /** The post's own author block (a quoted post has one too). */
  get userName(): Element | null {
    if (this.userNameEl === undefined) this.userNameEl = this.first(TABLE.userName);
    return this.userNameEl;
  }
}

/** Handle and display name from the User-Name block's profile links. */
function fromUserName(userName: Element): { id: string | null; displayName: string } {
  let id: string | null = null;
  let displayName = '';
  // Indexed, not copied: the first link usually answers both, so the others are never touched.
  const links = userName.querySelectorAll('a[href^="/"]');
  for (let i = 0; i < links.length; i++) {
    const a = links[i] as Element;
    const handle = handleFromHref(hrefOf(a), true);
    if (!handle) continue;
    id ??= handle;
    const text = readTweetText(a);
    if (text && !text.startsWith('@')) displayName = text;
    if (displayName) break; // id and name found: later links (@handle, time) change neither
  }
  if (!id) {
    // Links gone: the visible "@handle" text still names the author.
    const at = /@([A-Za-z0-9_]{1,15})/.exec(userName.textContent ?? '');
    if (at?.[1]) {
      id = at[1].toLowerCase();
      warnOnce('x.author.links', 'X adapter: author links not found in User-Name; using the @handle text.');
    }
  }
  return { id, displayName };
}

/** Fallbacks when User-Name names nobody: the avatar's testid, then the status permalink. */
function fromElsewhere(scope: PostScope): string | null {
  const avatar = scope.first(TABLE.avatar);
  const m = /^UserAvatar-Container-([A-Za-z0-9_]{1,15})$/.exec(avatar?.getAttribute('data-testid') ?? '');
  if (m?.[1]) {
    warnOnce('x.author.avatar', 'X adapter: User-Name not found; author read from the avatar testid.');
    return m[1].toLowerCase();
  }
  for (const a of scope.all(TABLE.statusLink)) {
    const handle = handleFromHref(hrefOf(a), false);
    if (handle) {
      warnOnce('x.author.permalink', 'X adapter: author read from the status permalink.');
      return handle;
    }
  }
  return null;
}

export function readAuthor(scope: PostScope): AuthorRef | null {
  const userName = scope.userName;
  let { id, displayName } = userName ? fromUserName(userName) : { id: null, displayName: '' };
  id ??= fromElsewhere(scope);
  if (!id) return null;
  if (!displayName && userName) {
    const first = userName.querySelector('span');
    const text = first ? readTweetText(first) : '';
    if (text && !text.startsWith('@')) displayName = text;
  }
  return { id, displayName: displayName || id };
}
