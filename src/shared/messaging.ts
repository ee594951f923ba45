import browser from 'webextension-polyfill';
import type { MessageType, Reply, RequestOf, ResponseOf } from './messages';

/** Sends one typed request to the background and unwraps its reply. Rejects when the background
 * refuses (`ok: false`) or cannot be reached (worker restarting, extension reloaded). */
export async function request<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
