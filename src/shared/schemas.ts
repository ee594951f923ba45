import * as v from 'valibot';
import type { Envelope, MessageType, RequestOf } from './messages';

/** Valibot schemas for every request payload. Everything is bounded so a hostile or buggy
 * sender cannot make the background store huge values, and objects are strict (unknown keys,
 * including "__proto__", are refused). The output types are checked against `Protocol` below. */

export const LIMITS = {
  key: 200,
  authorId: 200,
  authorName: 200,
  signals: 50,
  signal: 64,
  batch: 500,
  query: 200,
  limit: 500,
  offset: 1_000_000,
  summaryAuthors: 500,
  days: 366,
  importChars: 64 * 1024 * 1024,
} as const;

/** Earliest plausible timestamp (2020-01-01): older means a unit mix-up (seconds, not ms). */
export const MIN_TIMESTAMP = Date.UTC(2020, 0, 1);
/** Clocks drift; a day ahead is tolerated, more is not. */
export const MAX_CLOCK_SKEW_MS = 86_400_000;

export const PLATFORM_VALUES = ['x', 'facebook', 'linkedin'] as const;
export const PlatformSchema = v.picklist(PLATFORM_VALUES);
export const PlatformOrAllSchema = v.picklist([...PLATFORM_VALUES, 'all']);
export const VerdictSchema = v.picklist(['promo', 'value']);

export const boundedId = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
export const TimestampSchema = v.pipe(
  v.number(),
  v.finite(),
  v.integer(),
  v.minValue(MIN_TIMESTAMP),
  v.check((n: number) => n <= Date.now() + MAX_CLOCK_SKEW_MS, 'timestamp is in the future'),
);

/** What a judgement of one post says, as the content script reports it and the store keeps it. */
export const JUDGEMENT_ENTRIES = {
  platform: PlatformSchema,
  verdict: VerdictSchema,
  score: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1)),
  signals: v.pipe(v.array(boundedId(LIMITS.signal)), v.maxLength(LIMITS.signals)),
  isAd: v.boolean(),
  repostedBy: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.authorName))),
};

export const JudgedPostSchema = v.strictObject({
  ...JUDGEMENT_ENTRIES,
  key: boundedId(LIMITS.key),
  authorId: boundedId(LIMITS.authorId),
  authorName: v.pipe(v.string(), v.maxLength(LIMITS.authorName)),
  seenAt: TimestampSchema,
});

const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const Empty = v.strictObject({});

export const payloadSchemas = {
  'cs:posts-judged': v.strictObject({
    posts: v.pipe(v.array(JudgedPostSchema), v.maxLength(LIMITS.batch)),
  }),
  'cs:author-summaries': v.strictObject({
    authors: v.pipe(
      v.array(v.strictObject({ platform: PlatformSchema, authorId: boundedId(LIMITS.authorId) })),
      v.maxLength(LIMITS.summaryAuthors),
    ),
  }),
  'ui:leaderboard': v.strictObject({
    tab: v.picklist(['value', 'sells']),
    platform: PlatformOrAllSchema,
    query: v.pipe(v.string(), v.maxLength(LIMITS.query)),
    offset: count(LIMITS.offset),
    limit: v.pipe(count(LIMITS.limit), v.minValue(1)),
  }),
  'ui:daily-shares': v.strictObject({
    platform: PlatformOrAllSchema,
    days: v.pipe(count(LIMITS.days), v.minValue(1)),
  }),
  'ui:status': Empty,
  'ui:export': Empty,
  'ui:import': v.strictObject({
    json: v.pipe(v.string(), v.maxLength(LIMITS.importChars, 'import file is too large')),
    mode: v.picklist(['merge', 'replace']),
  }),
  'ui:clear': v.strictObject({ confirm: v.literal(true) }),
  'ui:forget-author': v.strictObject({ platform: PlatformSchema, authorId: boundedId(LIMITS.authorId) }),
} satisfies { [T in MessageType]: v.GenericSchema<unknown, RequestOf<T>> };

const schemaByType = new Map<string, v.GenericSchema>(Object.entries(payloadSchemas));

export const MESSAGE_TYPES = Object.keys(payloadSchemas) as MessageType[];

export type ParseResult = { ok: true; envelope: Envelope } | { ok: false; error: string };

/** Validates a raw runtime message into a typed envelope. Never throws. */
export function parseEnvelope(raw: unknown): ParseResult {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('message is not an object');
    const keys = Object.keys(raw);
    if (keys.length !== 2 || !keys.includes('type') || !keys.includes('payload')) {
      return fail('message must have exactly "type" and "payload"');
    }
    const { type, payload } = raw as { type: unknown; payload: unknown };
    if (typeof type !== 'string') return fail('message type is not a string');
    if (!isPlainObject(payload)) return fail('payload is not a plain object');
    // A Map, not an object lookup: "__proto__" or "toString" must not resolve to anything.
    const schema = schemaByType.get(type);
    if (!schema) return fail(`unknown message type "${type.slice(0, 40)}"`);
    const result = v.safeParse(schema, payload, { abortEarly: true });
    if (!result.success) return fail(`invalid ${type} payload: ${v.summarize(result.issues).slice(0, 300)}`);
    return { ok: true, envelope: { type, payload: result.output } as Envelope };
  } catch (error) {
    // Getters or proxies in the raw value may throw; treat that as malformed too.
    return fail(`malformed message: ${String(error).slice(0, 100)}`);
  }
}

/** Object literal or JSON object: not an array, Date, Map, boxed value or class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}
