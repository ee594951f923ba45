/** X post scope and author: what belongs to the post itself (not to a quoted post inside it),
 * and who wrote it. Selectors come from X_TABLE (x.ts); used only inside functions, so the
 * import cycle is safe. */
import { queryAllSafe as queryAll, warnOnce } from './dom';
import { X_TABLE as TABLE } from './x';
import { handleFromHref, hrefOf, readTweetText } from './x-links';
import type { AuthorRef } from './types';

/** The quoted-post block (div[role=link] holding a User-Name or tweetText) containing `el`
 * inside `post`, or null. */
export function quoteBlockOf(el: Element, post: Element): Element | null {
  let node: Element | null = el;
  while (node && node !== post) {
    if (node.getAttribute('role') === 'link' && node.tagName === 'DIV' && node.querySelector(`${TABLE.userName.css}, ${TABLE.tweetText.css}, ${TABLE.avatar.css}`)) return node;
    node = node.parentElement;
  }
  return null;
}

/** Elements matching `css` inside `post` that belong to the post itself, not to a quoted post. */
export function own(post: Element, css: string): Element[] {
  return queryAll(post, css).filter((el) => quoteBlockOf(el, post) === null);
}

export function firstOwn(post: Element, css: string): Element | null {
  return own(post, css)[0] ?? null;
}

export function userNameOf(post: Element): Element | null {
  return firstOwn(post, TABLE.userName.css);
}

export function readAuthor(post: Element): AuthorRef | null {
  const userName = userNameOf(post);
  let id: string | null = null;
  let displayName = '';
  if (userName) {
    const links = queryAll(userName, 'a[href^="/"]');
    for (const a of links) {
      const handle = handleFromHref(hrefOf(a), true);
      if (!handle) continue;
      id ??= handle;
      const text = readTweetText(a);
      if (!displayName && text && !text.startsWith('@')) displayName = text;
    }
    if (!id) {
      // Links gone: the visible "@handle" text still names the author.
      const at = /@([A-Za-z0-9_]{1,15})/.exec(userName.textContent ?? '');
      if (at?.[1]) {
        id = at[1].toLowerCase();
        warnOnce('x.author.links', 'X adapter: author links not found in User-Name; using the @handle text.');
      }
    }
  }
  if (!id) {
    const avatar = firstOwn(post, TABLE.avatar.css);
    const m = /^UserAvatar-Container-([A-Za-z0-9_]{1,15})$/.exec(avatar?.getAttribute('data-testid') ?? '');
    if (m?.[1]) {
      id = m[1].toLowerCase();
      warnOnce('x.author.avatar', 'X adapter: User-Name not found; author read from the avatar testid.');
    }
  }
  if (!id) {
    for (const a of own(post, TABLE.statusLink.css)) {
      const handle = handleFromHref(hrefOf(a), false);
      if (handle) {
        id = handle;
        warnOnce('x.author.permalink', 'X adapter: author read from the status permalink.');
        break;
      }
    }
  }
  if (!id) return null;
  if (!displayName && userName) {
    const first = userName.querySelector('span');
    const text = first ? readTweetText(first) : '';
    if (text && !text.startsWith('@')) displayName = text;
  }
  return { id, displayName: displayName || id };
}
