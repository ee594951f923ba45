/** Facebook message text: the story message paragraphs of the post itself (not its comments),
 * without "See more" controls. Selectors come from FACEBOOK_TABLE (facebook.ts); used only inside
 * functions, so the import cycle is safe. */
import { queryAllSafe as queryAll, readText, warnOnce } from './dom';
import { FACEBOOK_TABLE as TABLE, outermost, ownedBy } from './facebook';

/** Message text: text nodes, <br> and emoji <img alt>, without "See more" controls (role=button)
 * or our own UI. */
export function readMessage(el: Element): { text: string; cut: boolean } {
  let cut = false;
  const isControl = (e: Element): boolean => e.getAttribute('role') === 'button' && (cut = true);
  // Zero-width joiners belong to emoji sequences: message text is kept as written.
  let text = readText(el, { skip: isControl });
  if (cut) text = text.replace(/\s*(?:…|\.\.\.)$/u, '');
  return { text, cut };
}

export function paragraphsText(container: Element, scope: Element): string {
  const paras = outermost(queryAll(container, TABLE.paragraph).filter((p) => ownedBy(p, scope)));
  if (paras.length === 0) return readMessage(container).text;
  return paras
    .map((p) => readMessage(p).text)
    .filter(Boolean)
    .join('\n\n');
}

export function messageText(textScope: Element, scope: Element, headerBoxes: Element[]): string {
  const owned = (css: string): Element[] => outermost(queryAll(textScope, css).filter((e) => ownedBy(e, scope)));
  const primary = owned(TABLE.message);
  if (primary.length) return primary.map((m) => paragraphsText(m, scope)).filter(Boolean).join('\n\n');
  const preview = owned(TABLE.messagePreview);
  if (preview.length) {
    warnOnce('facebook.story_message', `Facebook: ${TABLE.message} matched nothing; reading ${TABLE.messagePreview} instead`);
    return preview.map((m) => paragraphsText(m, scope)).filter(Boolean).join('\n\n');
  }
  // Last resort: the post's own dir=auto paragraphs outside the header, controls and comments.
  const paras = outermost(
    queryAll(textScope, TABLE.paragraph).filter(
      (p) => ownedBy(p, scope) && !p.closest('h4, [role="button"]') && !headerBoxes.some((h) => h.contains(p)),
    ),
  );
  const text = paras
    .map((p) => readMessage(p).text)
    .filter(Boolean)
    .join('\n\n');
  if (text) warnOnce('facebook.message-fallback', 'Facebook: no message container matched; reading div[dir="auto"] paragraphs instead');
  return text;
}

