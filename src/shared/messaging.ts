import browser from './browser';
import type { MessageType, Reply, RequestOf, ResponseOf } from './messages';

/** Sends one typed request to the background and unwraps its reply. Rejects when the background
 * refuses (`ok: false`) or cannot be reached (worker restarting, extension reloaded). */
export async function request<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return unwrap(type, await send(type, payload));
}

/** Sends one typed request and resolves with its raw reply, for a caller that unwraps it later. */
export function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<unknown> {
  return browser.runtime.sendMessage({ type, payload });
}

/** The data of a reply to `type`, or the error it carries. */
export function unwrap<T extends MessageType>(type: T, reply: unknown): ResponseOf<T> {
  const r = reply as Reply<T> | undefined;
  if (!r) throw new Error(`no reply to ${type}`);
  if (!r.ok) throw new Error(r.error);
  return r.data;
}
