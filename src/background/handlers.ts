import type { MessageType, RequestOf, ResponseOf, StorageErrorInfo } from '../shared/messages';
import { DB_VERSION, type HumoDb } from './db';
import { exportAll, importFile, type ExportExtras } from './export';
import type { FirstPageCache } from './first-page-cache';
import { ingestBatch } from './ingest';
import { authorSummaries, dailyShares, leaderboard } from './leaderboard';
import { clearAll, forgetAuthor, storeCounts } from './maintenance';

/** What a handler may use. The database is opened lazily so 'ui:status' can still answer
 * (with the open error recorded) when opening failed, e.g. on a refused downgrade. */
export interface HandlerContext {
  getDb(): Promise<HumoDb>;
  now(): number;
  lastStorageError(): StorageErrorInfo | null;
  extras?: ExportExtras;
  /** The popup's cached first page, told when the stats change (absent in tests and old browsers). */
  firstPage?: FirstPageCache;
}

export type Handler<T extends MessageType> = (ctx: HandlerContext, payload: RequestOf<T>) => Promise<ResponseOf<T>>;
export type HandlerTable = { [T in MessageType]: Handler<T> };

export const handlers: HandlerTable = {
  'cs:posts-judged': async (ctx, { posts }) => {
    const stored = await ingestBatch(await ctx.getDb(), posts);
    ctx.firstPage?.changed();
    return { stored };
  },
  'cs:author-summaries': async (ctx, payload) => authorSummaries(await ctx.getDb(), payload),
  'ui:leaderboard': async (ctx, payload) => leaderboard(await ctx.getDb(), payload),
  'ui:daily-shares': async (ctx, payload) => dailyShares(await ctx.getDb(), payload, ctx.now()),
  'ui:status': async (ctx) => {
    let counts = null;
    try {
      counts = await storeCounts(await ctx.getDb());
    } catch {
      // The failure is already in lastStorageError (the router records open failures).
    }
    return { dbVersion: DB_VERSION, lastStorageError: ctx.lastStorageError(), counts };
  },
  'ui:export': async (ctx) => exportAll(await ctx.getDb(), ctx.extras),
  'ui:import': async (ctx, { json, mode }) => {
    // A replacing import removes authors: the cached page must go before they do.
    await ctx.firstPage?.drop();
    const result = await importFile(await ctx.getDb(), json, mode, ctx.extras);
    ctx.firstPage?.changed();
    return result;
  },
  'ui:clear': async (ctx) => {
    await ctx.firstPage?.drop();
    await clearAll(await ctx.getDb());
    return { cleared: true };
  },
  'ui:forget-author': async (ctx, { platform, authorId }) => {
    await ctx.firstPage?.drop();
    const removedPosts = await forgetAuthor(await ctx.getDb(), platform, authorId);
    ctx.firstPage?.changed();
    return { removedPosts };
  },
};
