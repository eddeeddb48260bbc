// Staff must use TOTP, and their sessions are short: through the real API and database, a staff account
// without TOTP gets a session that may only enrol it, the enrolment and a refresh open the full staff
// session, the next login asks for a code, staff access tokens live 5 minutes, and a staff session left
// idle for more than 30 minutes ends at its next refresh. The app runs on a clock of its own (the
// tests' clock plus what `later` adds).
import { csrfHeader } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { totpCode, type Clock } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { staffAccessTokenSeconds } from '../../plugins/auth.js';
import { createUser } from '../../testing/customer-data.js';
import { testClock } from '../../testing/clock.js';
import { buildTestApp } from '../../testing/test-app.js';
import { refreshCookie } from './auth.routes.js';
import { sessionRules } from './auth.deps.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let offsetMs = 0;
const clock: Clock = { now: () => new Date(testClock.now().getTime() + offsetMs) };
const later = (ms: number) => {
  offsetMs += ms;
};

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma, clock });
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

const password = 'Struja#Zelena42';
const get = (url: string, token: string) =>
  app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
const post = (url: string, token: string, payload?: object) =>
  app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });
const refresh = (cookie: string) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/refresh',
    headers: { [csrfHeader]: '1' },
    cookies: { [refreshCookie]: cookie },
  });
const cookieOf = (answer: { cookies: { name: string; value: string }[] }) =>
  answer.cookies.find((c) => c.name === refreshCookie)?.value ?? '';
const logIn = (username: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: username, password } });

/** A staff account without TOTP, and its first login. */
async function newStaff(role: 'SUPPORT' | 'SUPERVISOR') {
  const user = await createUser(app, prisma, 'NATURAL', role, { enrolTotp: false });
  const login = await logIn(user.username);
  expect(login.statusCode, login.body).toBe(200);
  return { user, login, token: login.json().accessToken as string };
}

describe('a staff account without TOTP', () => {
  it('logs in to a session that may only enrol, then a refresh opens the full staff session', async () => {
    const { login, token } = await newStaff('SUPERVISOR');
    expect(login.json()).toMatchObject({ expiresIn: staffAccessTokenSeconds });
    const me = await get('/api/auth/me', token);
    expect(me.json()).toMatchObject({ role: 'supervisor', mfa: { totp: false } });
    for (const url of ['/api/support/customers?q=petrovic', '/api/support/imports', '/api/metering-points']) {
      const refused = await get(url, token);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().code, url).toBe('MFA_ENROLMENT_REQUIRED');
    }
    // a refresh before enrolling gives the same narrow session
    const stillNarrow = await refresh(cookieOf(login));
    expect((await get('/api/support/imports', stillNarrow.json().accessToken)).json().code).toBe(
      'MFA_ENROLMENT_REQUIRED',
    );

    const enrolled = await post('/api/auth/mfa/totp', token);
    expect(enrolled.statusCode, enrolled.body).toBe(200);
    const { secret } = enrolled.json() as { secret: string };
    const confirmed = await post('/api/auth/mfa/totp/confirm', token, {
      code: totpCode(secret, clock.now()),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    // the token in hand stays narrow until it is refreshed
    expect((await get('/api/support/imports', token)).statusCode).toBe(403);
    const full = await refresh(cookieOf(stillNarrow));
    expect(full.statusCode, full.body).toBe(200);
    expect((await get('/api/support/customers?q=petrovic', full.json().accessToken)).statusCode).toBe(200);
  });

  it('is asked for a code at the next login once TOTP is on', async () => {
    const { user, token } = await newStaff('SUPPORT');
    const { secret } = (await post('/api/auth/mfa/totp', token)).json() as { secret: string };
    await post('/api/auth/mfa/totp/confirm', token, { code: totpCode(secret, clock.now()) });
    const next = await logIn(user.username);
    expect(Object.keys(next.json()).sort()).toEqual(['mfaRequired', 'mfaToken']);
    later(30_000);
    const second = await app.inject({
      method: 'POST',
      url: '/api/auth/login/mfa',
      payload: { mfaToken: next.json().mfaToken, code: totpCode(secret, clock.now()) },
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().expiresIn).toBe(staffAccessTokenSeconds);
    expect((await get('/api/support/imports', second.json().accessToken)).statusCode).toBe(200);
  });
});

describe('staff sessions', () => {
  it('end a working day after login, however active', async () => {
    const { user } = await newStaff('SUPPORT');
    const session = await prisma.session.findFirstOrThrow({
      where: { userId: user.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(
      sessionRules.staff.hours * 3_600_000,
    );
  });

  it('end when idle longer than the limit, and a customer session does not', async () => {
    const { user, login } = await newStaff('SUPPORT');
    later((sessionRules.staff.idleMinutes - 1) * 60_000);
    const inTime = await refresh(cookieOf(login));
    expect(inTime.statusCode, inTime.body).toBe(200);
    later((sessionRules.staff.idleMinutes + 1) * 60_000);
    const idle = await refresh(cookieOf(inTime));
    expect(idle.statusCode).toBe(401);
    expect(idle.json().code).toBe('SESSION_EXPIRED');
    expect(await prisma.session.count({ where: { userId: user.id, revokedReason: 'idle' } })).toBe(1);
    expect(
      await prisma.auditEvent.count({ where: { action: 'auth.refresh.idle', actorUserId: user.id } }),
    ).toBe(1);

    const customer = await createUser(app, prisma);
    const customerLogin = await logIn(customer.username);
    later((sessionRules.staff.idleMinutes + 1) * 60_000);
    expect((await refresh(cookieOf(customerLogin))).statusCode).toBe(200);
  });
});
