import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fallbackPostKey } from '../src/core/hash';
import type { DemoFeed, DemoPost, DemoVariant } from './types';

const DEMO_DIR = resolve(import.meta.dirname);

export function loadFeed(variant: DemoVariant, file = 'posts.json'): DemoFeed {
  return JSON.parse(readFileSync(join(DEMO_DIR, variant, file), 'utf8')) as DemoFeed;
}

/** The key the adapter must report for a demo post: the site's id where the DOM shows one. */
export function expectedKey(variant: DemoVariant, post: DemoPost): string {
  return variant === 'linkedin-new' ? fallbackPostKey(post.author.id, post.text) : post.id;
}
