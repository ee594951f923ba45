/** Every adapter's selector notes, by platform, for tests and maintainers. The content script
 * never imports this (nothing under src/ does), so the prose stays out of the shipped bundle. */
import type { Platform } from '../core/types';
import { FACEBOOK_EVIDENCE } from './facebook-evidence';
import { LINKEDIN_EVIDENCE } from './linkedin-evidence';
import type { SelectorNotes } from './types';
import { X_EVIDENCE } from './x-evidence';

export const SELECTOR_EVIDENCE: Readonly<Record<Platform, SelectorNotes>> = {
  x: X_EVIDENCE,
  facebook: FACEBOOK_EVIDENCE,
  linkedin: LINKEDIN_EVIDENCE,
};
