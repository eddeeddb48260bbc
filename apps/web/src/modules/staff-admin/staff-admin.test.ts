import type { SupportUserSummary } from '@portal/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, settle, testUser } from '../../testing/mount-app.js';
import { actionsFor } from './account-actions.js';

const ids = {
  me: '0196a3c2-7d4e-7f00-8000-000000000001',
  customer: '0196a3c2-7d4e-7f00-8000-0000000000d1',
  contract: '0196a3c2-7d4e-7f00-8000-0000000000e1',
  colleague: '0196a3c2-7d4e-7f00-8000-0000000000f1',
};

const summary = (over: Partial<SupportUserSummary> = {}): SupportUserSummary => ({
  id: ids.customer,
  username: 'jelena',
  email: 'j•••@example.rs',
  role: 'customer',
  createdAt: '2026-11-02T09:00:00.000Z',
  verified: true,
  disabled: null,
  totp: false,
  throttled: false,
  openSessions: 2,
  contracts: [
    { billingAccountId: ids.contract, billingNumber: '100200300', region: 'BG', meteringPoints: 2 },
  ],
  ...over,
});

interface Call {
  method: string;
  path: string;
  body: unknown;
}

/** A staff member of `role` logged in; `routes` answer "METHOD /path"; `calls` are the staff API's. */
function fakeApi(role: 'support' | 'supervisor', routes: Record<string, (body: unknown) => Response>) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input).split('?')[0]!;
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    if (path.startsWith('/api/support')) calls.push({ method, path, body });
    if (path === '/api/auth/refresh') return jsonResponse({ accessToken: 'token-1', expiresIn: 300 });
    if (path === '/api/auth/me')
      return jsonResponse({ ...testUser(), role, mfa: { totp: true, recoveryCodesLeft: 10 } });
    if (path.startsWith('/api/clock'))
      return jsonResponse({ today: '2026-12-07', now: '2026-12-07T08:00:00.000Z' });
    const route = routes[`${method} ${path}`];
    return route ? route(body) : problem(404, 'NOT_FOUND');
  };
  return { fetch, calls };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

const find = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const text = (testid: string) => find(testid)?.textContent ?? '';

function type(testid: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"] input`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('the actions a portal account offers', () => {
  it('offers the verification mail only unverified, enable or disable by state, never disabling oneself', () => {
    expect(actionsFor(summary(), ids.me)).toEqual(['liftThrottle', 'revokeSessions', 'disable']);
    expect(actionsFor(summary({ verified: false, openSessions: 0 }), ids.me)).toEqual([
      'verificationMail',
      'liftThrottle',
      'disable',
    ]);
    const disabled = summary({
      disabled: { at: '2026-12-01T10:00:00.000Z', reason: 'INC-1' },
      openSessions: 0,
    });
    expect(actionsFor(disabled, ids.me)).toEqual(['liftThrottle', 'enable']);
    expect(actionsFor(summary({ id: ids.me }), ids.me)).toEqual(['liftThrottle', 'revokeSessions']);
  });
});

describe('the portal account page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lets a supervisor disable the account with a reason, then shows it disabled', async () => {
    let state = summary();
    const api = fakeApi('supervisor', {
      [`GET /api/support/users/${ids.customer}`]: () => jsonResponse(state),
      [`POST /api/support/users/${ids.customer}/disable`]: () => {
        state = summary({
          disabled: { at: '2026-12-07T08:00:00.000Z', reason: 'INC-4711 fraud report' },
          openSessions: 0,
        });
        return jsonResponse({ disabled: true });
      },
    });
    const { wrapper } = await mountApp(`/support/users/${ids.customer}`, 'en', { fetch: api.fetch });
    await until(() => find('support-user-facts') !== null);
    expect(document.querySelector('h1')!.textContent).toContain('Account jelena');
    expect(text('support-user-email')).toBe('j•••@example.rs');
    expect(text('support-user-contract-100200300')).toContain('metering points: 2');

    find('support-user-action-disable')!.click();
    await until(() => find('support-user-dialog') !== null);
    expect(text('support-user-dialog')).toContain('Disable the account jelena?');
    const dialog = document.querySelector('[role="dialog"][aria-labelledby="support-user-dialog-title"]');
    expect(dialog?.textContent).toContain('Disable the account jelena?');
    expect(text('support-user-dialog')).toContain('cannot be undone');
    // too short a reason: nothing is sent
    type('support-user-dialog-text', 'ab');
    await settle();
    find('support-user-dialog-confirm')!.click();
    await settle();
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    expect(text('support-user-dialog')).toContain('Minimum number of characters: 3.');

    type('support-user-dialog-text', 'INC-4711 fraud report');
    await settle();
    find('support-user-dialog-confirm')!.click();
    await until(() => text('support-user-done').includes('The account is disabled.'));
    const sent = api.calls.find((c) => c.method === 'POST');
    expect(sent).toMatchObject({
      path: `/api/support/users/${ids.customer}/disable`,
      body: { reason: { category: 'ticket', text: 'INC-4711 fraud report' } },
    });
    await until(() => text('support-user-state').includes('Disabled since 07/12/2026'));
    expect(text('support-user-state')).toContain('Reason: INC-4711 fraud report');
    expect(find('support-user-action-enable')).not.toBeNull();
    expect(find('support-user-action-disable')).toBeNull();
    wrapper.unmount();
  });

  it('shows a support agent the account but no actions', async () => {
    const api = fakeApi('support', {
      [`GET /api/support/users/${ids.customer}`]: () => jsonResponse(summary()),
    });
    const { wrapper } = await mountApp(`/support/users/${ids.customer}`, 'en', { fetch: api.fetch });
    await until(() => find('support-user-facts') !== null);
    expect(document.body.textContent).toContain('Account actions are for supervisors.');
    expect(find('support-user-action-revokeSessions')).toBeNull();
    expect(find('support-user-unlink')).toBeNull();
    wrapper.unmount();
  });
});

describe('the staff page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists the staff and creates an account, showing its initial password once', async () => {
    const member = (username: string, role: 'support' | 'supervisor', id: string) => ({
      id,
      username,
      email: `${username}@eps.rs`,
      role,
      totp: role === 'supervisor',
      disabled: false,
      createdAt: '2026-12-01T08:00:00.000Z',
    });
    const staff = [member('ana.supervisor', 'supervisor', ids.me)];
    const api = fakeApi('supervisor', {
      'GET /api/support/staff': () => jsonResponse({ staff }),
      'POST /api/support/staff': (body) => {
        const created = member((body as { username: string }).username, 'support', ids.colleague);
        staff.push(created);
        return jsonResponse({ ...created, initialPassword: 'Xy7#kLm2pQr9sTu4vWz!' }, 201);
      },
    });
    const { wrapper } = await mountApp('/support/staff', 'en', { fetch: api.fetch });
    await until(() => find('staff-ana.supervisor') !== null);
    expect(text('staff-ana.supervisor')).toContain('Supervisor');

    type('staff-create-username', 'petar.support');
    type('staff-create-email', 'petar.support@eps.rs');
    await settle();
    find('staff-create-submit')!.click();
    await until(() => find('staff-created') !== null);
    expect(text('staff-created-password')).toBe('Xy7#kLm2pQr9sTu4vWz!');
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({
      role: 'support',
      username: 'petar.support',
      email: 'petar.support@eps.rs',
    });
    await until(() => find('staff-petar.support') !== null);
    expect(text('staff-petar.support')).toContain('At first login');
    wrapper.unmount();
  });
});
