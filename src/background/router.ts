import type { MessageType, Reply, StorageErrorInfo } from '../shared/messages';
import { parseEnvelope } from '../shared/schemas';
import { describe, errorName, type HumoDb } from './db';
import { UserError, type ExportExtras } from './export';
import type { FirstPageCache } from './first-page-cache';
import { handlers as defaultHandlers, type Handler, type HandlerContext, type HandlerTable } from './handlers';

export interface RouterDeps {
  /** browser.runtime.id */
  extensionId: string;
  /** browser.runtime.getURL('') ('chrome-extension://<id>/' or 'moz-extension://<uuid>/').
   * When given, own pages must start with it exactly; Firefox's uuid differs from the id. */
  extensionOrigin?: string;
  getDb(): Promise<HumoDb>;
  now?(): number;
  extras?: ExportExtras;
  /** The popup's cached first page (first-page-cache.ts). */
  firstPage?: FirstPageCache | undefined;
  /** Called after each storage failure is recorded (e.g. to set a warning badge). */
  onStorageError?(info: StorageErrorInfo): void;
  /** Tests swap handlers in. */
  handlers?: HandlerTable;
}

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** Hosts our content scripts run on (manifest "matches", plus m.facebook.com). */
export const CONTENT_HOSTS: ReadonlySet<string> = new Set([
  'x.com',
  'twitter.com',
  'www.facebook.com',
  'web.facebook.com',
  'm.facebook.com',
  'www.linkedin.com',
]);

/** DOMException names IndexedDB fails with; these replies start with "storage:". */
const STORAGE_ERRORS = new Set([
  'QuotaExceededError', 'AbortError', 'TransactionInactiveError', 'InvalidStateError', 'DataCloneError',
  'UnknownError', 'ConstraintError', 'DataError', 'ReadOnlyError', 'VersionError', 'NotFoundError',
  'InvalidAccessError', 'TimeoutError',
]);

export interface Router {
  /** Never throws or rejects: every outcome is a Reply. */
  handle(message: unknown, sender: MessageSender): Promise<Reply<MessageType>>;
  lastStorageError(): StorageErrorInfo | null;
}

/** Order matters: who is asking (sender id, then page URL per message family), then what
 * (schema), then dispatch. Nothing reaches a handler unless all checks pass. */
export function createRouter(deps: RouterDeps): Router {
  const table = deps.handlers ?? defaultHandlers;
  const now = deps.now ?? Date.now;
  let lastError: StorageErrorInfo | null = null;

  const record = (error: unknown, type: string): string => {
    const name = errorName(error);
    const text = `${STORAGE_ERRORS.has(name) || /database|transaction|migrat|downgrade/i.test(describe(error)) ? 'storage' : 'internal'}: ${describe(error)}`;
    lastError = { error: text.slice(0, 500), type, at: now() };
    console.warn('[Humo] background error', type, error);
    try {
      deps.onStorageError?.(lastError);
    } catch {
      // A failing observer must not hide the original error.
    }
    return lastError.error;
  };

  async function handle(message: unknown, sender: MessageSender): Promise<Reply<MessageType>> {
    let type = '?';
    try {
      const refusal = checkSender(deps, message, sender);
      if (refusal) return { ok: false, error: refusal };
      const parsed = parseEnvelope(message);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      type = parsed.envelope.type;
      const ctx: HandlerContext = {
        getDb: async () => {
          try {
            return await deps.getDb();
          } catch (error) {
            record(error, type);
            throw new Recorded(lastError?.error ?? 'storage: database unavailable');
          }
        },
        now,
        lastStorageError: () => lastError,
      };
      if (deps.extras) ctx.extras = deps.extras;
      if (deps.firstPage) ctx.firstPage = deps.firstPage;
      const handler = table[parsed.envelope.type] as Handler<MessageType>;
      const data = await handler(ctx, parsed.envelope.payload);
      return { ok: true, data } as Reply<MessageType>;
    } catch (error) {
      if (error instanceof UserError) return { ok: false, error: error.message };
      if (error instanceof Recorded) return { ok: false, error: error.message };
      // Before dispatch nothing touched storage: a throwing message is just malformed.
      if (type === '?') return { ok: false, error: 'refused: malformed message' };
      return { ok: false, error: record(error, type) };
    }
  }

  return { handle, lastStorageError: () => lastError };
}

/** Marks an error already recorded (so it is not recorded twice). */
class Recorded extends Error {}

/** Returns a refusal reason, or null when this sender may send this message. */
export function checkSender(deps: Pick<RouterDeps, 'extensionId' | 'extensionOrigin'>, message: unknown, sender: MessageSender): string | null {
  if (typeof sender !== 'object' || sender === null) return 'refused: no sender';
  if (!deps.extensionId || sender.id !== deps.extensionId) return 'refused: message from another extension';
  if (typeof sender.url !== 'string') return 'refused: sender has no URL';
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') return 'refused: message has no type';
  if (isOwnPage(deps, sender.url)) return null;
  if (type.startsWith('cs:') && isContentPage(sender.url)) return null;
  return type.startsWith('cs:') ? 'refused: content message from an unexpected page' : 'refused: ui message from outside the extension';
}

function isOwnPage(deps: Pick<RouterDeps, 'extensionId' | 'extensionOrigin'>, url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (deps.extensionOrigin) {
    const origin = parseUrl(deps.extensionOrigin);
    return !!origin && parsed.protocol === origin.protocol && parsed.host === origin.host;
  }
  if (parsed.protocol === 'chrome-extension:') return parsed.host === deps.extensionId;
  // Firefox's moz-extension host is a per-install uuid, not the id; sender.id was checked.
  return parsed.protocol === 'moz-extension:' && parsed.host.length > 0;
}

function isContentPage(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    !!parsed &&
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    CONTENT_HOSTS.has(parsed.hostname)
  );
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
