/** Styles for our closed shadow roots. One constructed stylesheet per CSS text is shared by every
 * root that adopts it: a <style> element per badge made the browser hold (and match against) a
 * separate sheet per post. Firefox refuses sheets constructed in a content script (the page's
 * adoptedStyleSheets array cannot hold an object from our compartment), so there each root gets
 * its own <style> element as before. */
const sheets = new Map<string, CSSStyleSheet>();
let adoptable: boolean | undefined;

function sheetFor(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/** Applies `css` to `root`, which must still be empty of other adopted sheets. */
export function styleShadowRoot(root: ShadowRoot, css: string): void {
  if (adoptable !== false) {
    try {
      root.adoptedStyleSheets = [sheetFor(css)];
      // Checked once: a browser that ignored the assignment (no throw, no sheet) falls back too.
      adoptable ??= root.adoptedStyleSheets.length === 1;
      if (adoptable) return;
    } catch {
      adoptable = false;
    }
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.prepend(style);
}
