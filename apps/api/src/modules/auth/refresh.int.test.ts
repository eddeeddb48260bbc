import type { PrismaClient } from '@portal/db';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { buildTestApp } from '../../testing/test-app.js';
import { startAccountsTestApp, type AccountsTestApp } from '../../testing/accounts.js';
import type { TestSmtpServer } from '../../testing/smtp-server.js';
import { refreshCookie } from './auth.routes.js';
import { hashToken } from './secret-tokens.js';

let prisma: PrismaClient;
let smtp: TestSmtpServer;
let app: App;
let helpers: AccountsTestApp['helpers'];
let started: AccountsTestApp | undefined;

beforeAll(async () => {
  started = await startAccountsTestApp();
  ({ prisma, smtp, app, helpers } = started);
});
afterAll(() => started?.close());

const refresh = (token: string) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/refresh',
    headers: { 'x-portal-csrf': '1' },
    cookies: { [refreshCookie]: token },
  });

const newCookie = (response: { cookies: { name: string; value: string }[] }) =>
  response.cookies.find((c) => c.name === refreshCookie)?.value;

async function meStatus(accessToken: string) {
  const me = await app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return me.statusCode;
}

/** As if the token had been rotated `seconds` ago. */
function rotatedAgo(token: string, seconds: number) {
  return prisma.refreshToken.update({
    where: { tokenHash: hashToken(token) },
    data: { usedAt: new Date(Date.now() - seconds * 1000) },
  });
}

describe('refresh tokens', () => {
  it('give two parallel refreshes with the same cookie the same successor (two tabs)', async () => {
    const session = await helpers.logIn(await helpers.verifiedUser());
    const [a, b] = await Promise.all([refresh(session.refresh), refresh(session.refresh)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(newCookie(a)).toBeDefined();
    expect(newCookie(a)).toBe(newCookie(b));
    expect(newCookie(a)).not.toBe(session.refresh);
    expect(await meStatus(a.json().accessToken)).toBe(200);
    expect(await meStatus(b.json().accessToken)).toBe(200);
    // the successor is an ordinary refresh token of the same, still open session
    const next = await refresh(newCookie(a)!);
    expect(next.statusCode).toBe(200);
    expect(await meStatus(next.json().accessToken)).toBe(200);
  });

  it('do the same for two real HTTP requests at once on a listening server', async () => {
    const server = await buildTestApp({ prisma, config: { smtpUrl: smtp.url } });
    try {
      await server.listen({ port: 0, host: '127.0.0.1' });
      const { port } = server.server.address() as AddressInfo;
      const session = await helpers.logIn(await helpers.verifiedUser());
      const post = () =>
        fetch(`http://127.0.0.1:${port}/api/auth/refresh`, {
          method: 'POST',
          headers: { 'x-portal-csrf': '1', cookie: `${refreshCookie}=${session.refresh}` },
        });
      const responses = await Promise.all([post(), post()]);
      expect(responses.map((r) => r.status)).toEqual([200, 200]);
      const cookies = responses.map(
        (r) => /portal_refresh=([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1],
      );
      expect(cookies[0]).toBeDefined();
      expect(cookies[0]).toBe(cookies[1]);
      for (const response of responses) {
        expect(await meStatus(((await response.json()) as { accessToken: string }).accessToken)).toBe(200);
      }
    } finally {
      await server.close();
    }
  });

  it('end the whole session when a rotated token comes back after the grace window', async () => {
    const session = await helpers.logIn(await helpers.verifiedUser());
    const first = await refresh(session.refresh);
    expect(first.statusCode).toBe(200);
    await rotatedAgo(session.refresh, 11);
    const reuse = await refresh(session.refresh);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().code).toBe('SESSION_EXPIRED');
    const afterReuse = await refresh(newCookie(first)!);
    expect(afterReuse.json().code).toBe('SESSION_EXPIRED');
    expect(await meStatus(first.json().accessToken)).toBe(401);
    const events = await prisma.auditEvent.findMany({ where: { action: 'auth.refresh.reuse' } });
    expect(events.length).toBeGreaterThan(0);
  });
});
