import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from 'vue';
import { createApiClient, type ApiClient } from '../../api/client.js';
import { apiKey } from '../../plugins/api.js';
import { testUser } from '../../testing/mount-app.js';
import { renewDelayMs, useAuthStore } from './auth.store.js';

const me = testUser('sr-Cyrl');

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const problem = (status: number, code: string) => json(status, { title: code, status, code });

interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
}

/** A fake API: `/refresh` hands out token-1, token-2 … while the session lives. */
function fakeServer() {
  const calls: Call[] = [];
  const state = { session: true, issued: 0, validToken: '' as string | null };
  const handlers: Record<string, (call: Call) => Response> = {
    'POST /api/auth/refresh': () => {
      if (!state.session) return problem(401, 'SESSION_EXPIRED');
      state.validToken = `token-${++state.issued}`;
      return json(200, { accessToken: state.validToken, expiresIn: 900 });
    },
    'POST /api/auth/login': () => {
      state.session = true;
      state.validToken = `token-${++state.issued}`;
      return json(200, { accessToken: state.validToken, expiresIn: 900 });
    },
    'POST /api/auth/logout': () => {
      state.session = false;
      return new Response(null, { status: 204 });
    },
    'GET /api/auth/me': (call) =>
      call.headers.Authorization === `Bearer ${state.validToken}`
        ? json(200, me)
        : problem(401, 'UNAUTHORIZED'),
    'GET /api/things': (call) =>
      call.headers.Authorization === `Bearer ${state.validToken}`
        ? json(200, { items: [] })
        : problem(401, 'UNAUTHORIZED'),
  };
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = {
      method: init?.method ?? 'GET',
      path: String(input),
      headers: init?.headers as Call['headers'],
    };
    calls.push(call);
    const handler = handlers[`${call.method} ${call.path}`];
    return handler ? handler(call) : problem(404, 'NOT_FOUND');
  });
  return {
    fetch,
    calls,
    state,
    handlers,
    count: (path: string) => calls.filter((c) => c.path === path).length,
  };
}

function setup() {
  const server = fakeServer();
  const api: ApiClient = createApiClient({ locale: () => 'en', fetch: server.fetch as typeof fetch });
  const app = createApp({});
  const pinia = createPinia();
  app.use(pinia);
  app.provide(apiKey, api);
  setActivePinia(pinia);
  return { server, api, auth: useAuthStore() };
}

describe('the auth store', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('restores the session on start with the CSRF header, then loads the user with the token', async () => {
    const { server, auth } = setup();
    await auth.start();
    expect(auth.isLoggedIn).toBe(true);
    expect(auth.user?.username).toBe('marko');
    const [refresh, meCall] = server.calls;
    expect(refresh).toMatchObject({ method: 'POST', path: '/api/auth/refresh' });
    expect(refresh!.headers['x-portal-csrf']).toBe('1');
    expect(refresh!.headers.Authorization).toBeUndefined();
    expect(meCall!.headers.Authorization).toBe('Bearer token-1');
    // Started once per app: a second start asks nothing.
    await auth.start();
    expect(server.count('/api/auth/refresh')).toBe(1);
  });

  it('starts logged out when there is no session to restore', async () => {
    const { server, auth } = setup();
    server.state.session = false;
    await auth.start();
    expect(auth.isLoggedIn).toBe(false);
    expect(auth.accessToken).toBeNull();
    expect(server.count('/api/auth/me')).toBe(0);
  });

  it('renews the token a minute before it expires', async () => {
    const { server, auth } = setup();
    await auth.start();
    expect(renewDelayMs(900)).toBe(840_000);
    await vi.advanceTimersByTimeAsync(839_000);
    expect(server.count('/api/auth/refresh')).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.count('/api/auth/refresh')).toBe(2);
    expect(auth.accessToken).toBe('token-2');
    // a short-lived token: half-way through its life
    expect(renewDelayMs(60)).toBe(30_000);
  });

  it('answers a 401 by renewing the token once and trying again; concurrent 401s share one renewal', async () => {
    const { server, api, auth } = setup();
    await auth.start();
    server.state.validToken = 'token-from-elsewhere'; // the token in memory no longer works
    const [a, b] = await Promise.all([api.request('GET', '/api/things'), api.request('GET', '/api/things')]);
    expect(a).toEqual({ items: [] });
    expect(b).toEqual({ items: [] });
    expect(server.count('/api/auth/refresh')).toBe(2);
    expect(server.calls.at(-1)!.headers.Authorization).toBe('Bearer token-2');
  });

  it('does not loop: a request still refused after the renewal fails', async () => {
    const { server, api, auth } = setup();
    await auth.start();
    server.handlers['GET /api/things'] = () => problem(401, 'UNAUTHORIZED');
    await expect(api.request('GET', '/api/things')).rejects.toMatchObject({ status: 401 });
    expect(server.count('/api/things')).toBe(2);
    expect(server.count('/api/auth/refresh')).toBe(2);
    expect(auth.isLoggedIn).toBe(true);
  });

  it('logs out and tells the app when the session ended elsewhere', async () => {
    const { server, api, auth } = setup();
    await auth.start();
    const lost = vi.fn();
    auth.onSessionLost(lost);
    server.state.session = false;
    server.state.validToken = null;
    await expect(api.request('GET', '/api/things')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(auth.isLoggedIn).toBe(false);
    expect(lost).toHaveBeenCalledOnce();
    // nothing is renewed any more
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(server.count('/api/auth/refresh')).toBe(2);
  });

  it('logs in and out, keeping the token in memory only', async () => {
    const { server, auth } = setup();
    server.state.session = false;
    await auth.start();
    const user = await auth.login('marko', 'Secret#2026');
    if (!('username' in user)) throw new Error('a login without a second factor answers the user');
    expect(user.username).toBe('marko');
    expect(auth.accessToken).toBe('token-1');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    await auth.logout();
    const logout = server.calls.find((c) => c.path === '/api/auth/logout')!;
    expect(logout.headers['x-portal-csrf']).toBe('1');
    expect(auth.isLoggedIn).toBe(false);
    expect(auth.accessToken).toBeNull();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(server.count('/api/auth/refresh')).toBe(1);
  });

  it('holds a login with TOTP on until its code is given', async () => {
    const { server, auth } = setup();
    server.state.session = false;
    await auth.start();
    const { state } = server;
    server.handlers['POST /api/auth/login'] = () => json(200, { mfaRequired: true, mfaToken: 'mfa-1' });
    server.handlers['POST /api/auth/login/mfa'] = () => {
      state.validToken = `token-${++state.issued}`;
      return json(200, { accessToken: state.validToken, expiresIn: 900 });
    };
    expect(await auth.login('marko', 'Secret#2026')).toEqual({ mfaToken: 'mfa-1' });
    expect(auth.isLoggedIn).toBe(false);
    expect(auth.accessToken).toBeNull();
    const user = await auth.loginMfa('mfa-1', '123456');
    expect(user.username).toBe('marko');
    expect(auth.isLoggedIn).toBe(true);
  });
});
