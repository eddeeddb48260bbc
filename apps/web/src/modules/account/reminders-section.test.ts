import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, sessionAnswer, testUser } from '../../testing/mount-app.js';

/** A logged-in user; PATCH /me answers the user with the changes applied, and is recorded. */
function fakeApi() {
  const patches: Record<string, unknown>[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input);
    if (path === '/api/auth/me' && init?.method === 'PATCH') {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      patches.push(body);
      return jsonResponse({ ...testUser(), ...body });
    }
    const session = sessionAnswer(path);
    if (session) return session;
    if (path.startsWith('/api/clock'))
      return jsonResponse({ today: '2026-12-07', now: '2026-12-07T08:00:00.000Z' });
    return problem(404, 'NOT_FOUND');
  };
  return { fetch, patches };
}

const find = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

describe('the reminders section of the account page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the settings and saves a change with PATCH /me', async () => {
    const api = fakeApi();
    const { wrapper } = await mountApp('/account', 'en', { fetch: api.fetch });
    await until(() => find('remind-on-due-date') !== null);
    expect(find('reminder-days-before')!.textContent).toContain('3 days before');
    find('remind-on-due-date')!.querySelector('input')!.click();
    await until(() => api.patches.length === 1);
    expect(api.patches).toEqual([{ remindOnDueDate: false }]);
    await until(() => find('reminders-status')?.textContent?.includes('saved') === true);
    wrapper.unmount();
  });
});
