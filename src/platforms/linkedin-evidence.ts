/** Where each selector of LINKEDIN_TABLE (linkedin.ts) comes from, and what it must match. Selectors
 * that exist in only one DOM are 'optional' (a legacy-only selector never matches the new page);
 * the `any*` rows union both DOMs and are what the registry actually holds us to.
 * Only tests import this module (test/unit/platforms), so none of it ships in the content script; the registry test checks that every selector has its note and no note is stale. */
import type { LINKEDIN_TABLE } from './linkedin';
import type { SelectorNotes } from './types';

const SRC = '../shared/platforms.md LinkedIn';
const SRC_LEGACY = `${SRC} legacy DOM`;
const SRC_NEW = `${SRC} new DOM`;
const LINKOFF = 'LinkOff src/constants.js';
const NO_NOISE = 'no-noise-linkedin PR 10';

export const LINKEDIN_EVIDENCE: SelectorNotes<typeof LINKEDIN_TABLE> = {
  anyPost: { evidence: `${SRC_LEGACY} posts; ${SRC_NEW} post path (${LINKOFF})`, expect: 'page' },
  anyProfileLink: { evidence: `${SRC} (profile link /in/<slug> for people, /company/<slug> for pages, in both DOMs)`, expect: 'every-post' },
  anyText: { evidence: `${SRC_LEGACY} text; ${SRC_NEW} text (expandable-text-box)`, expect: 'every-post' },
  anyControlMenu: { evidence: `${SRC_NEW} ("Open control menu for post by <Name>"; the legacy feed has the same label)`, expect: 'every-post' },
  legacyPost: { evidence: `${SRC_LEGACY} (div[data-id^="urn:li:activity:"] / [data-urn], also urn:li:aggregate:)`, expect: 'optional' },
  legacyUpdate: { evidence: `${SRC_LEGACY} (.feed-shared-update-v2 inside every post)`, expect: 'optional' },
  legacyActor: { evidence: `${SRC_LEGACY} (actor block)`, expect: 'optional' },
  legacyActorName: { evidence: `${SRC_LEGACY} (name; a visually-hidden duplicate sits next to it)`, expect: 'optional' },
  legacyActorMeta: { evidence: `${SRC_LEGACY} (actor text column: badge anchor)`, expect: 'optional' },
  legacySubDescription: { evidence: `${SRC_LEGACY} ("Promoted"/"Promocionado" on ads)`, expect: 'optional' },
  legacyHeader: { evidence: `${SRC_LEGACY} ("X reposted this" / "X likes this")`, expect: 'optional' },
  legacyHeaderBlock: { evidence: `${SRC_LEGACY} (header block holding the reposter link)`, expect: 'optional' },
  legacyText: { evidence: `${SRC_LEGACY} (.update-components-text span[dir="ltr"])`, expect: 'optional' },
  legacyTextFallback: { evidence: `${SRC_LEGACY} (text wrapper around the commentary and "…more")`, expect: 'optional' },
  legacySeeMore: { evidence: `${SRC_LEGACY} ("…more" button)`, expect: 'optional' },
  legacyComment: { evidence: `${SRC_LEGACY}; LinkedIn comment markup (comments are not posts)`, expect: 'optional' },
  sponsoredScope: { evidence: `${SRC_LEGACY} (tracking scope JSON on ads)`, expect: 'optional' },
  leadGenForm: { evidence: `${SRC_LEGACY} (lead-gen form link on ads)`, expect: 'optional' },
  reactFeed: { evidence: `${SRC_NEW} feed; ${LINKOFF}`, expect: 'optional' },
  reactPost: { evidence: `${SRC_NEW} post path (${LINKOFF}), often role="listitem"`, expect: 'optional' },
  reactPostAlt: { evidence: `${SRC_NEW} (componentkey of the feed container)`, expect: 'optional' },
  reactText: { evidence: `${SRC_NEW} text`, expect: 'optional' },
  reactSeeMore: { evidence: `${SRC_NEW} ("…more" button)`, expect: 'optional' },
  reactControlMenu: { evidence: `${SRC_NEW} (author name only in this label)`, expect: 'optional' },
  reactHideButton: { evidence: `${SRC_NEW} ("Hide post by <Name>")`, expect: 'optional' },
  reactLabel: { evidence: `${SRC_NEW}; ${NO_NOISE} ("Promoted"/"Suggested" labels and the repost header are plain <p>)`, expect: 'optional' },
  reactComment: { evidence: `${SRC_NEW} (comments under the post; not posts)`, expect: 'optional' },
};
