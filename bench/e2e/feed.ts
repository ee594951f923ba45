/** The benchmark's feed: the X demo page (its virtualised list and recycled cells unchanged) with
 * a longer posts.json, made at run time from the hand-written demo/x/posts.json so no generated
 * file is committed. Deterministic: the same N gives the same posts every run. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { DemoFeed, DemoPost } from '../../demo/types';

const SOURCE = resolve(import.meta.dirname, '../../demo/x/posts.json');
/** Ids and times of each repetition move this far back, so no id repeats (the demo's own ids
 * span ~1.3e16) and the timeline stays in time order. */
const ID_STEP = 20_000_000_000_000_000n;
const TIME_STEP_MS = 6 * 86_400_000;

/** N posts: the demo's posts over and over, each repetition with new ids and older times. Authors
 * stay the demo's (X handles have at most 15 characters, so they cannot take a suffix). */
export function benchPosts(count: number): DemoPost[] {
  const base = (JSON.parse(readFileSync(SOURCE, 'utf8')) as DemoFeed).posts;
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / base.length);
    const post = structuredClone(base[i % base.length]!);
    if (round === 0) return post;
    delete post.pinned; // only the first post of the feed is pinned
    post.id = String(BigInt(post.id) - BigInt(round) * ID_STEP);
    post.time = new Date(Date.parse(post.time) - round * TIME_STEP_MS).toISOString();
    if (post.quote) post.quote.id = String(BigInt(post.quote.id) - BigInt(round) * ID_STEP);
    return post;
  });
}

/** Writes the feed under bench-results/ (git-ignored; handy to look at) and serves it instead of
 * demo/x/posts.json. Call after launchHumo: a later Playwright route takes precedence. */
export async function serveBenchFeed(context: BrowserContext, file: string): Promise<void> {
  const body = readFileSync(file);
  await context.route('https://x.com/__demo/x/posts.json', (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body }),
  );
}

export function writeBenchFeed(count: number, dir = 'bench-results/e2e'): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `x-posts-${count}.json`);
  const feed: DemoFeed = { variant: 'x', posts: benchPosts(count) };
  writeFileSync(file, JSON.stringify(feed));
  return file;
}
