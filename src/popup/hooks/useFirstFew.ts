import { useEffect, useState } from 'preact/hooks';

/** The first `few` items on the first render and all of them from the next one on, once that
 * first frame is painted. The popup shows about a dozen rows above the fold at most, and drawing
 * all 50 of the first page before painting would delay the ones in sight. */
export function useFirstFew<T>(items: T[], few: number): T[] {
  const [all, setAll] = useState(false);
  // Effects run after the paint: the rest of the rows follow one frame behind.
  useEffect(() => {
    if (!all && items.length > few) setAll(true);
  }, [all, items.length, few]);
  return all ? items : items.slice(0, few);
}
