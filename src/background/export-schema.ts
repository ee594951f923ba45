import * as v from 'valibot';
import { JUDGEMENT_ENTRIES, LIMITS, PlatformSchema, TimestampSchema, boundedId as id } from '../shared/schemas';
import { MAX_DISPLAY_NAMES } from './db';

/** Shape of an export file, version 1. Records are strict objects with bounded fields, then
 * cross-checked (ids agree with their parts, every post's author is in the file, promo never
 * exceeds seen). The whole file is checked before any write transaction opens. */

export const EXPORT_FORMAT = 'humo-export';
export const EXPORT_VERSION = 1;
const MAX_COUNT = 1_000_000_000;
const MAX_RECORDS = 2_000_000;
const MAX_DEPTH = 32;
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));

const AuthorSchema = v.strictObject({
  id: id(LIMITS.authorId + 20),
  platform: PlatformSchema,
  authorId: id(LIMITS.authorId),
  displayNames: v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.authorName))), v.maxLength(MAX_DISPLAY_NAMES)),
  postsSeen: count,
  promoPosts: count,
  lastSeen: TimestampSchema,
});

const PostSchema = v.strictObject({
  ...JUDGEMENT_ENTRIES,
  id: id(LIMITS.key + 20),
  key: id(LIMITS.key),
  authorKey: id(LIMITS.authorId + 20),
  firstSeen: TimestampSchema,
  lastSeen: TimestampSchema,
});

const DaySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}:(x|facebook|linkedin)$/)),
  day: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)),
  platform: PlatformSchema,
  seen: count,
  promo: count,
});

const ExportSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: TimestampSchema,
  // Owned by other parts (settings store, mute lists); checked for hostile keys only and
  // handed to their own repair functions by the caller.
  settings: v.optional(v.unknown()),
  lists: v.optional(v.unknown()),
  authors: v.pipe(v.array(AuthorSchema), v.maxLength(MAX_RECORDS)),
  posts: v.pipe(v.array(PostSchema), v.maxLength(MAX_RECORDS)),
  days: v.pipe(v.array(DaySchema), v.maxLength(MAX_RECORDS)),
});

export type ExportFile = v.InferOutput<typeof ExportSchema>;

/** Parses and fully validates an export file's text. Returns the file or a clear reason. */
export function parseExportFile(json: string): { ok: true; file: ExportFile } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: 'import: the file is not valid JSON (truncated or damaged?)' };
  }
  const hostile = findHostileKey(raw);
  if (hostile) return { ok: false, error: `import: refused, the file contains ${hostile}` };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: 'import: this is not a Humo export file' };
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) {
    return { ok: false, error: `import: unsupported export version ${JSON.stringify(version)?.slice(0, 20)} (this build reads version ${EXPORT_VERSION})` };
  }
  const result = v.safeParse(ExportSchema, raw, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `import: invalid ${path || 'file'}: ${issue.message.slice(0, 200)}` };
  }
  const problem = crossCheck(result.output);
  return problem ? { ok: false, error: `import: ${problem}` } : { ok: true, file: result.output };
}

function crossCheck(file: ExportFile): string | null {
  const authorIds = new Set<string>();
  for (const a of file.authors) {
    if (a.id !== `${a.platform}:${a.authorId}`) return `author id "${a.id.slice(0, 60)}" does not match its platform and authorId`;
    if (a.promoPosts > a.postsSeen) return `author "${a.id.slice(0, 60)}" has more promo posts than posts`;
    if (authorIds.has(a.id)) return `author "${a.id.slice(0, 60)}" appears twice`;
    authorIds.add(a.id);
  }
  const postIds = new Set<string>();
  for (const p of file.posts) {
    if (p.id !== `${p.platform}:${p.key}`) return `post id "${p.id.slice(0, 60)}" does not match its platform and key`;
    if (!authorIds.has(p.authorKey)) return `post "${p.id.slice(0, 60)}" names an author missing from the file`;
    if (!p.authorKey.startsWith(`${p.platform}:`)) return `post "${p.id.slice(0, 60)}" has an author from another platform`;
    if (p.firstSeen > p.lastSeen) return `post "${p.id.slice(0, 60)}" was last seen before it was first seen`;
    if (postIds.has(p.id)) return `post "${p.id.slice(0, 60)}" appears twice`;
    postIds.add(p.id);
  }
  const dayIds = new Set<string>();
  for (const d of file.days) {
    if (d.id !== `${d.day}:${d.platform}`) return `day id "${d.id}" does not match its day and platform`;
    if (d.promo > d.seen) return `day "${d.id}" has more promo posts than posts`;
    if (dayIds.has(d.id)) return `day "${d.id}" appears twice`;
    dayIds.add(d.id);
  }
  return null;
}

/** Walks the parsed JSON without recursion; JSON.parse turns "__proto__" into an own key, which
 * is harmless until some later spread or merge copies it, so such files are refused outright. */
export function findHostileKey(root: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) return `nesting deeper than ${MAX_DEPTH} levels`;
    for (const key of Object.keys(value)) {
      if (HOSTILE_KEYS.has(key)) return `a forbidden key "${key}"`;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
