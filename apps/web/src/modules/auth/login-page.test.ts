import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, mountApp, problem, settle, testUser } from '../../testing/mount-app.js';

/** A portal whose user has TOTP on: the password step answers an mfaToken; `second` answers the code. */
function fakeApi(second: (code: string) => Response) {
  const calls: { path: string; body?: Record<string, unknown> }[] = [];
  let loggedIn = false;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input);
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined;
    calls.push({ path, body });
    if (path === '/api/auth/login') return jsonResponse({ mfaRequired: true, mfaToken: 'mfa-token-1' });
    if (path === '/api/auth/login/mfa') {
      const answer = second(String(body?.code));
      loggedIn = answer.ok;
      return answer;
    }
    if (path === '/api/auth/me' && loggedIn)
      return jsonResponse({ ...testUser(), mfa: { totp: true, recoveryCodesLeft: 10 } });
    if (path.startsWith('/api/clock'))
      return jsonResponse({ today: '2026-12-07', now: '2026-12-07T08:00:00.000Z' });
    if (path === '/api/auth/refresh') return problem(401, 'SESSION_EXPIRED');
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

async function passwordStep() {
  type('login-login', 'marko');
  type('login-password', 'Secret#2026');
  await settle();
  find('login-submit')!.click();
  await until(() => find('login-mfa-code') !== null);
}

describe('the login page with TOTP on', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('asks for the code after the password, says when it is wrong, then logs in', async () => {
    const api = fakeApi((code) =>
      code === '123456'
        ? jsonResponse({ accessToken: 'token-1', expiresIn: 900 })
        : problem(400, 'MFA_CODE_INVALID'),
    );
    const { wrapper, router } = await mountApp('/login', 'en', { fetch: api.fetch });
    await passwordStep();
    expect(document.querySelector('h1')!.textContent).toBe('Two-factor login');

    type('login-mfa-code', '000000');
    await settle();
    find('login-mfa-submit')!.click();
    await until(() => find('login-mfa-error') !== null);
    expect(find('login-mfa-error')!.textContent).toContain('The code is not correct');

    type('login-mfa-code', '123456');
    await settle();
    find('login-mfa-submit')!.click();
    await until(() => router.currentRoute.value.name === 'overview');
    const sent = api.calls.filter((c) => c.path === '/api/auth/login/mfa').map((c) => c.body);
    expect(sent.at(-1)).toEqual({ mfaToken: 'mfa-token-1', code: '123456' });
    wrapper.unmount();
  });

  it('goes back to the password when the second step has ended', async () => {
    const api = fakeApi(() => problem(401, 'MFA_TOKEN_EXPIRED'));
    const { wrapper } = await mountApp('/login', 'en', { fetch: api.fetch });
    await passwordStep();
    type('login-mfa-code', '123456');
    await settle();
    find('login-mfa-submit')!.click();
    await until(() => find('login-password') !== null);
    expect(find('login-mfa-code')).toBeNull();
    expect(find('login-error')!.textContent).toContain('Log in again');
    wrapper.unmount();
  });
});
