/** Shows the badge's "why" panel in the browser's top layer (a manual popover), placed under
 * its pill. Inside the post it would be painted under whatever the page stacks later: X's
 * virtualised cells (each a stacking context) and sticky sidebars covered it, and a reader's
 * click landed on the page instead of our buttons. The top layer is above all of that. */

const GAP = 4;
const MARGIN = 8;

export interface PanelPlacement {
  open(): void;
  close(): void;
}

export function placePanel(panel: HTMLElement, pill: HTMLElement): PanelPlacement {
  panel.popover = 'manual';
  const place = (): void => {
    const r = pill.getBoundingClientRect();
    const width = panel.offsetWidth;
    const height = panel.offsetHeight;
    const rtl = getComputedStyle(pill).direction === 'rtl';
    const wanted = rtl ? r.right - width : r.left;
    const left = Math.max(MARGIN, Math.min(wanted, innerWidth - width - MARGIN));
    const below = r.bottom + GAP;
    const fitsBelow = below + height <= innerHeight - MARGIN;
    const top = fitsBelow || r.top - GAP - height < MARGIN ? below : r.top - GAP - height;
    panel.style.left = `${Math.round(left)}px`;
    panel.style.top = `${Math.round(top)}px`;
  };
  // While open the panel follows its pill through scrolling (of the page or any scroller),
  // placed once per frame however many scroll events the frame saw.
  let queued = false;
  const follow = (): void => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      place();
    });
  };
  return {
    open() {
      if (!pill.isConnected) return;
      try {
        panel.showPopover();
      } catch {
        // Already open, or the host just left the document: nothing to show.
        if (!panel.matches(':popover-open')) return;
      }
      place();
      addEventListener('scroll', follow, { capture: true, passive: true });
      addEventListener('resize', follow, { passive: true });
    },
    close() {
      removeEventListener('scroll', follow, { capture: true });
      removeEventListener('resize', follow);
      try {
        panel.hidePopover();
      } catch {
        // Not open: nothing to hide.
      }
    },
  };
}
