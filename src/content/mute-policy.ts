import type { Verdict } from '../core/types';
import type { Settings } from '../shared/settings';

export type Presentation = 'plain' | 'badge' | 'collapsed';

/** How a judged post is shown. Never-mute wins over everything; always-mute collapses even value
 * posts (the user asked for it); mute-the-sellers collapses promo posts; a post the user revealed
 * stays revealed. */
export function presentationFor(verdict: Verdict, authorKey: string, settings: Settings, revealed: boolean): Presentation {
  if (settings.neverMute.includes(authorKey)) return verdict === 'promo' ? 'badge' : 'plain';
  const muted = settings.alwaysMute.includes(authorKey) || (settings.muteSellers && verdict === 'promo');
  if (muted && !revealed) return 'collapsed';
  return verdict === 'promo' ? 'badge' : 'plain';
}
