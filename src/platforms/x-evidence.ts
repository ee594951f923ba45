/** Where each selector of X_TABLE (x.ts) comes from, and what it must match.
 * Only tests import this module (test/unit/platforms), so none of it ships in the content script; the registry test checks that every selector has its note and no note is stale. */
import type { X_TABLE } from './x';
import type { SelectorNotes } from './types';

const SRC_PLATFORMS = '../shared/platforms.md X';
const SRC_CPFT = 'Control Panel for Twitter script.js Selectors';
const SRC_UBO = 'uBlock Origin uAssets issue 15835';

export const X_EVIDENCE: SelectorNotes<typeof X_TABLE> = {
  timeline: { evidence: `${SRC_PLATFORMS} (timeline); ${SRC_CPFT} (TIMELINE)`, expect: 'page' },
  cell: { evidence: `${SRC_PLATFORMS} (virtualised cells); ${SRC_CPFT}`, expect: 'page' },
  post: { evidence: `${SRC_PLATFORMS} (post root); ${SRC_CPFT} (TWEET)`, expect: 'page' },
  postFallback: { evidence: `${SRC_PLATFORMS} (role=article inside a cell; used if the tweet testid disappears)`, expect: 'page' },
  userName: { evidence: `${SRC_PLATFORMS} (author block); ${SRC_CPFT}`, expect: 'every-post' },
  authorLink: { evidence: `${SRC_PLATFORMS} (a[href="/<handle>"]: display name, then @handle)`, expect: 'every-post' },
  avatar: { evidence: `${SRC_PLATFORMS} (data-testid="UserAvatar-Container-<handle>")`, expect: 'every-post' },
  permalinkTime: { evidence: `${SRC_PLATFORMS} (a[href="/<handle>/status/<id>"] > time[datetime]; promoted posts show no time)`, expect: 'some-posts' },
  statusLink: { evidence: `${SRC_PLATFORMS} (status links; the analytics link /status/<id>/analytics is there on ads too)`, expect: 'every-post' },
  tweetText: { evidence: `${SRC_PLATFORMS} (text, with lang); ${SRC_CPFT}`, expect: 'every-post' },
  textFallback: { evidence: `${SRC_PLATFORMS} (the text element carries X's lang guess; fallback if the tweetText testid changes)`, expect: 'every-post' },
  showMore: { evidence: 'x.com markup: "Show more" on long posts (expands in place)', expect: 'some-posts' },
  socialContext: { evidence: `${SRC_PLATFORMS} ("Ana reposted", "Pinned"); ${SRC_CPFT}`, expect: 'some-posts' },
  quote: { evidence: 'x.com markup: a quoted post is a div[role=link] with its own User-Name and tweetText', expect: 'some-posts' },
  placementTracking: { evidence: `${SRC_PLATFORMS} (ad ancestor); ${SRC_CPFT}`, expect: 'page' },
  promotedIcon: { evidence: `${SRC_PLATFORMS}; ${SRC_UBO}; CPFT Svgs.PROMOTED_PATH (language-neutral ad marker)`, expect: 'some-posts' },
  headerSpan: { evidence: `${SRC_PLATFORMS} (localised "Ad" label: a span in the header row whose whole text is the label)`, expect: 'some-posts' },
};
