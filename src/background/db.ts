import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Platform, Verdict } from '../core/types';
import type { AuthorRanks } from './author-ranks';
import type { TallyRecord } from './tallies';
import { migrations as shippedMigrations, type Migration } from './migrations';

export const DB_NAME = 'humo';
/** Bump together with a new entry in migrations.ts. */
export const DB_VERSION = 5;

export interface PostRecord {
  /** `platform:key` */
  id: string;
  platform: Platform;
  key: string;
  /** `platform:authorId`, the author row's id. */
  authorKey: string;
  verdict: Verdict;
  score: number;
  signals: string[];
  isAd: boolean;
  repostedBy?: string;
  firstSeen: number;
  lastSeen: number;
}

/** Since v5, posts are stored packed: the posts one ingest transaction added, up to PACK_POSTS a
 * row (a row per post cost a request per post: in Chromium a put costs ~80 µs of CPU whatever it
 * holds).
 * Ingest's pack ids grow by one per pack, so the newest packs hold the newest posts; a merged
 * import takes ids below the smallest (post-packs.ts). */
export interface PackRecord {
  id: number;
  posts: PostRecord[];
}

/** The ids of a pack's posts, by the pack's id: what a woken worker reads back to know the stored
 * posts (post-packs.ts) without reading the posts themselves (~5x the bytes). */
export interface PackIdsRecord {
  id: number;
  ids: string[];
}

export interface AuthorRecord {
  /** `platform:authorId` */
  id: string;
  platform: Platform;
  authorId: string;
  /** Most recent last; bounded to MAX_DISPLAY_NAMES. */
  displayNames: string[];
  postsSeen: number;
  promoPosts: number;
  lastSeen: number;
  /** Derived rank keys (author-ranks.ts); absent while postsSeen is 0. */
  rank?: AuthorRanks;
}

export interface DayRecord {
  /** `YYYY-MM-DD:platform` (local date of the posts' firstSeen) */
  id: string;
  day: string;
  platform: Platform;
  seen: number;
  promo: number;
}

export const MAX_DISPLAY_NAMES = 5;

export interface HumoSchema extends DBSchema {
  packs: { key: number; value: PackRecord };
  packIds: { key: number; value: PackIdsRecord };
  authors: {
    key: string;
    value: AuthorRecord;
    indexes: {
      'by-platform-value': [string, number, number, number, string];
    };
  };
  tallies: { key: string; value: TallyRecord };
  days: { key: string; value: DayRecord };
}

export type HumoDb = IDBPDatabase<HumoSchema>;
export const STORES = ['packs', 'packIds', 'authors', 'days', 'tallies'] as const;

export interface OpenOptions {
  /** Tests open older versions to seed pre-migration data. */
  version?: number;
  migrations?: readonly (Migration | undefined)[];
}

/** Opens (creating or upgrading) the Humo database. `factory` lets tests pass an isolated
 * fake-indexeddb IDBFactory. This mirrors idb's openDB (which is hard-wired to the global
 * `indexedDB`) with the same `wrap`, and runs numbered migrations in order inside the
 * versionchange transaction: any failure aborts it, leaving the old version intact. */
export async function openHumoDb(factory: IDBFactory = indexedDB, options: OpenOptions = {}): Promise<HumoDb> {
  const version = options.version ?? DB_VERSION;
  const list = options.migrations ?? shippedMigrations;
  const request = factory.open(DB_NAME, version);
  let migrationError: unknown = null;

  request.addEventListener('upgradeneeded', (event) => {
    const raw = request.transaction;
    if (!raw) return;
    const db = wrap(request.result) as IDBPDatabase<unknown>;
    const tx = wrap(raw) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    // The open request reports an abort; the wrapper's own done promise must not go unhandled.
    tx.done.catch(() => undefined);
    runMigrations(db, tx, event.oldVersion, event.newVersion ?? version, list).catch((error: unknown) => {
      migrationError = error;
      try {
        raw.abort();
      } catch {
        // Already finished or aborted: the open request reports the failure.
      }
    });
  });

  let db: IDBPDatabase | undefined;
  try {
    db = await wrap(request);
  } catch (error) {
    if (errorName(error) === 'VersionError') {
      const stored = await storedVersion(factory);
      throw new Error(
        `database "${DB_NAME}" is at version ${stored ?? '(newer)'}, newer than this build's ` +
          `version ${version}; refusing to downgrade. Update Humo (or clear its data) to continue.`,
        { cause: error },
      );
    }
    if (migrationError) {
      // The open request only says "AbortError"; the migration's own error is the real cause.
      throw new Error(`database migration failed: ${describe(migrationError)}`, { cause: error });
    }
    throw error;
  }
  if (!db) throw new Error('database did not open');
  // A newer build opening in another context must not be blocked by this connection.
  db.addEventListener('versionchange', () => db.close());
  return db as unknown as HumoDb;
}

/** A memoised opener for the service worker: one connection shared by all messages; a failed
 * open is retried on the next message (not cached forever), and a connection closed for a newer
 * version (or by the browser) is reopened next time. */
export function createDbGetter(open: () => Promise<HumoDb> = () => openHumoDb()): () => Promise<HumoDb> {
  let pending: Promise<HumoDb> | null = null;
  return () => {
    if (pending) return pending;
    const current = open();
    pending = current;
    const forget = (): void => {
      if (pending === current) pending = null;
    };
    current.then((db) => {
      db.addEventListener('versionchange', forget);
      db.addEventListener('close', forget);
    }, forget);
    return current;
  };
}

async function runMigrations(
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  from: number,
  to: number,
  list: readonly (Migration | undefined)[],
): Promise<void> {
  for (let v = from + 1; v <= to; v++) {
    const step = list[v];
    if (!step) throw new Error(`no migration to version ${v}`);
    await step(db, tx);
  }
}

async function storedVersion(factory: IDBFactory): Promise<number | undefined> {
  try {
    const all = await factory.databases();
    return all.find((d) => d.name === DB_NAME)?.version;
  } catch {
    return undefined;
  }
}

export function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

export function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const name = errorName(error);
    const message = String(error.message);
    return name && name !== 'Error' && !message.startsWith(name) ? `${name}: ${message}` : message;
  }
  return String(error);
}

export function authorKeyOf(platform: Platform, authorId: string): string {
  return `${platform}:${authorId}`;
}

export function postIdOf(platform: Platform, key: string): string {
  return `${platform}:${key}`;
}
