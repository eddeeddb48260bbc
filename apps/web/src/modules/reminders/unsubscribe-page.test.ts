import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, settle } from '../../testing/mount-app.js';

const token = `0196a3c2-7d4e-7f00-8000-000000000001.${'a'.repeat(43)}`;

/** A visitor without a session; the unsubscribe call answers `answer`. */
function fakeApi(answer: () => Response) {
  const calls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input);
    if (path.startsWith('/api/reminders/')) {
      calls.push(`${init?.method ?? 'GET'} ${path}`);
      return answer();
    }
    if (path.startsWith('/api/clock'))
      return jsonResponse({ today: '2026-12-07', now: '2026-12-07T08:00:00.000Z' });
    return problem(path === '/api/auth/refresh' ? 401 : 404, 'SESSION_EXPIRED');
  };
  return { fetch, calls };
}

const find = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

describe('the reminders unsubscribe page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('turns reminders off only when asked, without a login', async () => {
    const api = fakeApi(() => jsonResponse({ status: 'unsubscribed' }));
    const { wrapper } = await mountApp(`/reminders/unsubscribe?token=${token}`, 'en', { fetch: api.fetch });
    await settle();
    await until(() => find('unsubscribe-confirm') !== null);
    // opening the link (a mail scanner does) changes nothing
    expect(api.calls).toEqual([]);
    find('unsubscribe-confirm')!.click();
    await until(() => find('unsubscribe-done') !== null);
    expect(api.calls).toEqual([`POST /api/reminders/unsubscribe?token=${encodeURIComponent(token)}`]);
    expect(find('unsubscribe-done')!.textContent).toContain('Reminders are off');
    wrapper.unmount();
  });

  it('says so when the link is not valid', async () => {
    const api = fakeApi(() => problem(400, 'UNSUBSCRIBE_LINK_INVALID'));
    const { wrapper } = await mountApp(`/reminders/unsubscribe?token=${token}`, 'en', { fetch: api.fetch });
    await until(() => find('unsubscribe-confirm') !== null);
    find('unsubscribe-confirm')!.click();
    await until(() => document.body.textContent!.includes('The unsubscribe link is not valid'));
    expect(find('unsubscribe-done')).toBeNull();
    wrapper.unmount();
  });
});
