/** Where each selector of FACEBOOK_TABLE (facebook.ts) comes from, and what it must match.
 * Only tests import this module (test/unit/platforms), so none of it ships in the content script; the registry test checks that every selector has its note and no note is stale. */
import type { FACEBOOK_TABLE } from './facebook';
import type { SelectorNotes } from './types';

const SRC_PLATFORMS = '../shared/platforms.md Facebook';
const SRC_CMF_NEWS = 'FB Clean My Feeds src/selectors/news.js';
const SRC_CMF_SPONSORED = 'FB Clean My Feeds src/feeds/shared/sponsored.js';

export const FACEBOOK_EVIDENCE: SelectorNotes<typeof FACEBOOK_TABLE> = {
  feed: { evidence: `${SRC_PLATFORMS} (feed inside div[role="main"]); ${SRC_CMF_NEWS}`, expect: 'page' },
  unit: { evidence: `${SRC_PLATFORMS}; ${SRC_CMF_NEWS} (first post candidate)`, expect: 'page' },
  unitDescribed: { evidence: `${SRC_PLATFORMS}; ${SRC_CMF_NEWS} (second post candidate)`, expect: 'optional' },
  article: { evidence: `${SRC_PLATFORMS}; ${SRC_CMF_NEWS} (third candidate; comments are role=article too)`, expect: 'every-post' },
  comment: { evidence: `${SRC_PLATFORMS} (comments are role=article nested inside the post)`, expect: 'some-posts' },
  header: { evidence: `${SRC_PLATFORMS} (post header h4)`, expect: 'every-post' },
  authorLink: { evidence: `${SRC_PLATFORMS} (h4 links to the profile or page)`, expect: 'every-post' },
  authorName: { evidence: `${SRC_PLATFORMS} (name in a strong span)`, expect: 'every-post' },
  permalink: { evidence: `${SRC_PLATFORMS}; FB permalink forms /<page>/posts/<id>, permalink.php?story_fbid=, /groups/<g>/permalink/<id>/`, expect: 'every-post' },
  message: { evidence: `${SRC_PLATFORMS} (on ordinary posts too)`, expect: 'every-post' },
  messagePreview: { evidence: `${SRC_PLATFORMS} (second text selector)`, expect: 'every-post' },
  paragraph: { evidence: `${SRC_PLATFORMS} (message paragraphs; also the last-resort text fallback)`, expect: 'every-post' },
  seeMore: { evidence: `${SRC_PLATFORMS} ("See more" expands in place)`, expect: 'some-posts' },
  adAbout: { evidence: `${SRC_PLATFORMS}; ${SRC_CMF_SPONSORED} (reliable ad signal)`, expect: 'some-posts' },
  paidPartnership: { evidence: `${SRC_PLATFORMS}; ${SRC_CMF_SPONSORED} (paid partnership)`, expect: 'optional' },
  outboundLink: { evidence: 'FB wraps outbound links in l.facebook.com/l.php?u=<target>', expect: 'some-posts' },
};
