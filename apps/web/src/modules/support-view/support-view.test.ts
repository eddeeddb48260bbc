import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, sessionAnswer, settle, testUser } from '../../testing/mount-app.js';

const customerId = '0196a3c2-7d4e-7f00-8000-0000000000c1';
const accessId = '0196a3c2-7d4e-7f00-8000-0000000000a1';

const access = {
  accessId,
  openedAt: '2026-12-07T08:00:00.000Z',
  expiresAt: '2099-12-07T08:30:00.000Z',
  category: 'ticket',
  reason: 'INC-2026-0042',
  viewed: {
    userId: '0196a3c2-7d4e-7f00-8000-0000000000b1',
    username: 'jelena',
    email: 'j•••@example.rs',
    customerNames: ['Јелена Петровић'],
  },
};

/** A support agent's portal: opening a view answers `access`; customer routes answer `customerRoutes`. */
function fakeApi(customerRoutes: () => Response = () => problem(404, 'NOT_FOUND')) {
  const calls: { method: string; path: string; view?: string; body?: Record<string, unknown> }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input);
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined;
    calls.push({ method, path, view: headers['x-support-access'], body });
    if (path === '/api/auth/me')
      return jsonResponse({ ...testUser(), role: 'support', mfa: { totp: true, recoveryCodesLeft: 10 } });
    const session = sessionAnswer(path);
    if (session) return session;
    if (path === `/api/support/customers/${customerId}/access`) return jsonResponse(access, 201);
    if (path.startsWith('/api/clock'))
      return jsonResponse({ today: '2026-12-07', now: '2026-12-07T08:00:00.000Z' });
    if (path.startsWith('/api/metering-points') || path.startsWith('/api/payments')) return customerRoutes();
    return problem(404, 'NOT_FOUND');
  };
  return { fetch, calls };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

const find = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

function type(testid: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"] input`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function openView(api: ReturnType<typeof fakeApi>, { framed = true } = {}) {
  const mounted = await mountApp(`/support/customers/${customerId}`, 'en', { fetch: api.fetch });
  await until(() => find('open-view-reason') !== null);
  type('open-view-reason', 'INC-2026-0042');
  await settle();
  find('open-view-submit')!.click();
  await until(() => api.calls.some((c) => c.path.endsWith('/access')));
  if (framed) await until(() => find('staff-view-banner') !== null);
  return mounted;
}

describe("staff's view of a customer's account", () => {
  afterEach(() => {
    document.body.innerHTML = '';
    sessionStorage.clear();
  });

  it("asks why, opens the customer's pages framed, and reads them with the access", async () => {
    const api = fakeApi();
    const { wrapper, router } = await openView(api);
    await until(() => router.currentRoute.value.name === 'overview');
    const opening = api.calls.find((c) => c.path.endsWith('/access'));
    expect(opening).toMatchObject({
      method: 'POST',
      body: { reason: { category: 'ticket', text: 'INC-2026-0042' } },
    });
    expect(opening!.view).toBeUndefined();
    expect(find('staff-view-banner')!.textContent).toContain('Јелена Петровић');
    expect(find('staff-view-banner')!.textContent).toContain('read-only');
    await until(() => api.calls.some((c) => c.path.startsWith('/api/metering-points')));
    const reads = api.calls.filter((c) => c.path.startsWith('/api/metering-points'));
    expect(reads.every((c) => c.view === accessId)).toBe(true);
    expect(sessionStorage.getItem('portal.support.view')).toBe(accessId);
    wrapper.unmount();
  });

  it('offers no way to pay: the pay page stays closed in the view', async () => {
    const api = fakeApi();
    const { wrapper, router } = await openView(api);
    await until(() => router.currentRoute.value.name === 'overview');
    await router.push('/pay');
    await settle();
    expect(router.currentRoute.value.name).toBe('overview');
    expect(find('overview-pay')).toBeNull();
    wrapper.unmount();
  });

  it('ends when staff end it, and sends nothing of it afterwards', async () => {
    const api = fakeApi();
    const { wrapper, router } = await openView(api);
    find('staff-view-end')!.click();
    await until(() => router.currentRoute.value.path === '/support');
    expect(find('staff-view-banner')).toBeNull();
    expect(sessionStorage.getItem('portal.support.view')).toBeNull();
    wrapper.unmount();
  });

  it('ends when the server says the access has ended, and leaves the customer page', async () => {
    const api = fakeApi(() => problem(403, 'SUPPORT_ACCESS_INVALID'));
    const { wrapper, router } = await openView(api, { framed: false });
    await until(() => api.calls.some((c) => c.view === accessId));
    await until(() => router.currentRoute.value.path === '/support');
    expect(sessionStorage.getItem('portal.support.view')).toBeNull();
    expect(find('staff-view-banner')).toBeNull();
    wrapper.unmount();
  });
});
