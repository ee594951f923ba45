// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
/** storage.session: empty unless a test puts the background's cached page there. */
const sessionGet = vi.fn(async (): Promise<Record<string, unknown>> => ({}));
vi.mock('../../../src/shared/browser', () => ({ default: { runtime: { sendMessage }, storage: { session: { get: sessionGet } } } }));

const { afterFirstPage, askFirstPage, FIRST_QUERY, PAGE_SIZE } = await import('../../../src/popup/first-page');

/** Answers the pending question, in the test that holds the answer back. */
let answer: ((reply: unknown) => void) | undefined;

/** early.js and the popup's modules share the page's global slot: each test starts a new page. */
afterEach(() => {
  delete (globalThis as Record<string, unknown>).humoFirstPage;
  sendMessage.mockReset();
  sessionGet.mockClear();
});

describe('the first leaderboard page (early.js, then main.tsx)', () => {
  it("is the background's cached page when there is one, drawn without waiting for the worker", async () => {
    const cached = { ok: true, data: { rows: [], total: 7 } };
    sessionGet.mockResolvedValueOnce({ 'humo:first-page': cached });
    const page = askFirstPage();
    await page.sent;
    expect(sendMessage).not.toHaveBeenCalled();
    expect(page).toMatchObject({ arrived: true, cached: true, reply: cached });
  });

  it('is asked of the background when the cache cannot be read', async () => {
    sessionGet.mockRejectedValueOnce(new Error('no session storage'));
    sendMessage.mockResolvedValue({ ok: true, data: { rows: [], total: 0 } });
    const page = askFirstPage();
    await page.sent;
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(page.cached).toBeUndefined();
  });

  it('is asked once per page, however many times it is asked for', async () => {
    const reply = { ok: true, data: { rows: [], total: 0 } };
    sendMessage.mockResolvedValue(reply);
    const early = askFirstPage();
    const late = askFirstPage();
    expect(late).toBe(early);
    expect(early.arrived).toBe(false);
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalled());
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'ui:leaderboard', payload: { ...FIRST_QUERY, offset: 0, limit: PAGE_SIZE } });
    await early.sent;
    expect(early).toMatchObject({ arrived: true, reply });
  });

  it('keeps a failure for the popup to report instead of leaving it unhandled', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    const page = askFirstPage();
    await page.sent.catch(() => undefined);
    expect(page.arrived).toBe(true);
    expect((page.error as Error).message).toMatch(/establish connection/);
  });

  it('lets the other questions go only after the answer (a frame later)', async () => {
    sendMessage.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    askFirstPage();
    let released = false;
    const waiting = afterFirstPage().then(() => (released = true));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(released).toBe(false);
    answer?.({ ok: true, data: { rows: [], total: 0 } });
    await waiting;
    expect(released).toBe(true);
  });
});
