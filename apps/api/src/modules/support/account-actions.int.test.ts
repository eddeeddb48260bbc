// A supervisor's account actions through the real API and database: each does what it says, is audited
// with its reason, and is a supervisor's only (support, customers and anonymous callers are refused);
// a body without a valid reason changes nothing; a disabled account can neither log in nor refresh
// until it is enabled again.
import { randomUUID } from 'node:crypto';
import { csrfHeader, type SupportReasonBody } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { testPassword } from '../../testing/accounts.js';
import { testClock } from '../../testing/clock.js';
import {
  createCustomer,
  createUser,
  linkPoints,
  nextAddress,
  type TestUser,
} from '../../testing/customer-data.js';
import { buildTestApp } from '../../testing/test-app.js';
import { refreshCookie } from '../auth/auth.routes.js';
import { nameThrottleKey } from '../auth/login-throttle.js';
import { derivedKey } from '../auth/secret-tokens.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let support: TestUser;
let supervisor: TestUser;

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  supervisor = await createUser(app, prisma, 'NATURAL', 'SUPERVISOR');
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

const reason: SupportReasonBody['reason'] = { category: 'ticket', text: 'INC-4711: customer called' };

function post(user: TestUser | null, url: string, payload: unknown = { reason }) {
  return app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: user ? { authorization: user.authorization } : {},
  });
}

function logIn(username: string, password = testPassword) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: nextAddress(),
    payload: { login: username, password },
  });
}

function refresh(login: { cookies: { name: string; value: string }[] }) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/refresh',
    headers: { [csrfHeader]: '1' },
    cookies: { [refreshCookie]: login.cookies.find((c) => c.name === refreshCookie)!.value },
  });
}

const me = (authorization: string) =>
  app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization } });

/** The newest audit event of `action` on the user. */
const auditOf = (action: string, userId: string) =>
  prisma.auditEvent.findFirst({
    where: { action, subjectType: 'user', subjectId: userId },
    orderBy: { id: 'desc' },
  });

async function expectAudited(action: string, userId: string, extra: object = {}) {
  const event = await auditOf(action, userId);
  expect(event, action).not.toBeNull();
  expect(event!.actorUserId).toBe(supervisor.id);
  expect(event!.details).toMatchObject({ reason, ...extra });
}

/** Every action's path on a user, and on a linked contract for the unlink. */
const actionPaths = (userId: string, billingAccountId = randomUUID()) => [
  `/api/support/users/${userId}/verification-mail`,
  `/api/support/users/${userId}/login-throttle/lift`,
  `/api/support/users/${userId}/sessions/revoke`,
  `/api/support/users/${userId}/disable`,
  `/api/support/users/${userId}/enable`,
  `/api/support/users/${userId}/contracts/${billingAccountId}/unlink`,
];

describe("a portal account's summary", () => {
  it('shows support what they need, with the e-mail masked, and audits the read', async () => {
    const customer = await createUser(app, prisma);
    const contract = await createCustomer(prisma, { regionId: 'NS', points: [{}, {}] });
    await linkPoints(prisma, customer.id, contract.meteringPointIds);
    const answer = await app.inject({
      method: 'GET',
      url: `/api/support/users/${customer.id}`,
      headers: { authorization: support.authorization },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({
      id: customer.id,
      username: customer.username,
      email: `${customer.username[0]}•••@example.rs`,
      role: 'customer',
      verified: true,
      disabled: null,
      totp: false,
      throttled: false,
      openSessions: 1,
      contracts: [
        {
          billingAccountId: contract.billingAccountId,
          billingNumber: contract.billingNumber,
          region: 'NS',
          meteringPoints: 2,
        },
      ],
    });
    expect(answer.body).not.toContain(`${customer.username}@example.rs`);
    const read = await auditOf('support.user.read', customer.id);
    expect(read?.actorUserId).toBe(support.id);
  });

  it('answers 404 for an unknown account, 400 for a malformed id, 403 to a customer, 401 to nobody', async () => {
    const customer = await createUser(app, prisma);
    const get = (user: TestUser | null, id: string) =>
      app.inject({
        method: 'GET',
        url: `/api/support/users/${id}`,
        headers: user ? { authorization: user.authorization } : {},
      });
    expect((await get(support, randomUUID())).statusCode).toBe(404);
    expect((await get(support, 'nope')).statusCode).toBe(400);
    expect((await get(customer, customer.id)).statusCode).toBe(403);
    expect((await get(null, customer.id)).statusCode).toBe(401);
  });
});

describe('who may act', () => {
  it('refuses every action to support (403), customers (403) and anonymous callers (401)', async () => {
    const customer = await createUser(app, prisma);
    for (const url of actionPaths(customer.id)) {
      expect((await post(support, url)).statusCode, url).toBe(403);
      expect((await post(customer, url)).statusCode, url).toBe(403);
      expect((await post(null, url)).statusCode, url).toBe(401);
    }
  });

  it('answers 404 for an unknown account on every action', async () => {
    for (const url of actionPaths(randomUUID())) {
      const answer = await post(supervisor, url);
      expect(answer.statusCode, `${url}: ${answer.body}`).toBe(404);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('refuses a missing or invalid reason with a 400 problem, and changes nothing', async () => {
    const customer = await createUser(app, prisma);
    const invalid = [
      {},
      { reason: { category: 'ticket', text: 'ab' } },
      { reason: { category: 'whim', text: 'a good reason' } },
      { reason: { category: 'other', text: 'x'.repeat(301) } },
    ];
    for (const url of actionPaths(customer.id))
      for (const body of invalid) {
        const answer = await post(supervisor, url, body);
        expect(answer.statusCode, `${url} ${JSON.stringify(body)}`).toBe(400);
        expect(answer.headers['content-type']).toContain('application/problem+json');
      }
    const user = await prisma.user.findUniqueOrThrow({ where: { id: customer.id } });
    expect(user.disabledAt).toBeNull();
    expect((await me(customer.authorization)).statusCode).toBe(200);
    const events = await prisma.auditEvent.count({
      where: { subjectId: customer.id, action: { startsWith: 'support.user.' } },
    });
    expect(events).toBe(0);
  });
});

describe("a supervisor's actions", () => {
  it('sends a new verification code to an unverified account, and refuses a verified one', async () => {
    const username = `unverified.${randomUUID().slice(0, 8)}`;
    const user = await prisma.user.create({
      data: {
        personType: 'NATURAL',
        username,
        usernameNormalized: username,
        email: `${username}@example.rs`,
        emailNormalized: `${username}@example.rs`,
        passwordHash: 'x',
        termsVersion: '2026-01',
        termsAcceptedAt: testClock.now(),
        privacyVersion: '2026-01',
        privacyAcceptedAt: testClock.now(),
      },
    });
    const answer = await post(supervisor, `/api/support/users/${user.id}/verification-mail`);
    expect(answer.statusCode, answer.body).toBe(202);
    expect(await prisma.verificationCode.count({ where: { userId: user.id } })).toBe(1);
    const mail = await prisma.mailOutbox.findFirst({ where: { toAddress: user.email } });
    expect(mail?.template).toBe('verificationCode');
    await expectAudited('support.user.verification_mail', user.id);

    const verified = await createUser(app, prisma);
    const again = await post(supervisor, `/api/support/users/${verified.id}/verification-mail`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('EMAIL_ALREADY_VERIFIED');
  });

  it("lifts a login throttle: the owner's next login goes through", async () => {
    const customer = await createUser(app, prisma);
    // as if strangers had guessed for a while: the wait is minutes long
    const key = nameThrottleKey(derivedKey(app.config.jwtSecret!, 'login-throttle-names'), customer.username);
    await prisma.loginThrottle.create({
      data: { key, failures: 12, lastFailureAt: testClock.now() },
    });
    expect((await logIn(customer.username)).json().code).toBe('LOGIN_THROTTLED');
    const summary = await app.inject({
      method: 'GET',
      url: `/api/support/users/${customer.id}`,
      headers: { authorization: supervisor.authorization },
    });
    expect(summary.json().throttled).toBe(true);

    const lifted = await post(supervisor, `/api/support/users/${customer.id}/login-throttle/lift`);
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json()).toEqual({ lifted: 1 });
    expect((await logIn(customer.username)).statusCode).toBe(200);
    await expectAudited('support.user.throttle.lift', customer.id, { lifted: 1 });
  });

  it('ends every session of the account: its access and refresh tokens stop working', async () => {
    const customer = await createUser(app, prisma);
    const second = await logIn(customer.username);
    const revoked = await post(supervisor, `/api/support/users/${customer.id}/sessions/revoke`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toEqual({ revoked: 2 });
    expect((await me(customer.authorization)).statusCode).toBe(401);
    expect((await refresh(second)).statusCode).toBe(401);
    await expectAudited('support.user.sessions.revoke', customer.id, { revoked: 2 });
  });

  it('disables an account (no login, no refresh, sessions ended) and enables it again', async () => {
    const customer = await createUser(app, prisma);
    const session = await logIn(customer.username);
    const disabled = await post(supervisor, `/api/support/users/${customer.id}/disable`);
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json()).toEqual({ disabled: true });
    await expectAudited('support.user.disable', customer.id, { revoked: 2 });

    expect((await me(customer.authorization)).statusCode).toBe(401);
    expect((await refresh(session)).json().code).toBe('SESSION_EXPIRED');
    const refused = await logIn(customer.username);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('ACCOUNT_DISABLED');
    // a wrong password learns nothing of it
    expect((await logIn(customer.username, 'Wrong#Password1')).json().code).toBe('INVALID_CREDENTIALS');
    const summary = await app.inject({
      method: 'GET',
      url: `/api/support/users/${customer.id}`,
      headers: { authorization: support.authorization },
    });
    expect(summary.json().disabled).toMatchObject({ reason: reason.text });

    const enabled = await post(supervisor, `/api/support/users/${customer.id}/enable`);
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json()).toEqual({ disabled: false });
    await expectAudited('support.user.enable', customer.id);
    const back = await logIn(customer.username);
    expect(back.statusCode, back.body).toBe(200);
  });

  it('does not let a supervisor disable their own account', async () => {
    const answer = await post(supervisor, `/api/support/users/${supervisor.id}/disable`);
    expect(answer.statusCode).toBe(409);
    expect(answer.json().code).toBe('OWN_ACCOUNT_NOT_ALLOWED');
    expect((await me(supervisor.authorization)).statusCode).toBe(200);
  });

  it('disables a staff account: its staff session ends', async () => {
    const colleague = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
    expect((await post(supervisor, `/api/support/users/${colleague.id}/disable`)).statusCode).toBe(200);
    const lookUp = await app.inject({
      method: 'GET',
      url: '/api/support/customers?q=12345',
      headers: { authorization: colleague.authorization },
    });
    expect(lookUp.statusCode).toBe(401);
    expect((await logIn(colleague.username)).json().code).toBe('ACCOUNT_DISABLED');
  });

  it('refuses the second step of a login begun before the account was disabled', async () => {
    const colleague = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
    const begun = await logIn(colleague.username);
    expect(begun.json().mfaRequired).toBe(true);
    expect((await post(supervisor, `/api/support/users/${colleague.id}/disable`)).statusCode).toBe(200);
    const second = await app.inject({
      method: 'POST',
      url: '/api/auth/login/mfa',
      remoteAddress: nextAddress(),
      payload: { mfaToken: begun.json().mfaToken, code: '000000' },
    });
    expect(second.statusCode).toBe(403);
    expect(second.json().code).toBe('ACCOUNT_DISABLED');
  });

  it('unlinks a contract from the account, and answers 404 for one that is not linked', async () => {
    const customer = await createUser(app, prisma);
    const contract = await createCustomer(prisma, { points: [{}, {}] });
    await linkPoints(prisma, customer.id, contract.meteringPointIds);
    const url = `/api/support/users/${customer.id}/contracts/${contract.billingAccountId}/unlink`;
    const answer = await post(supervisor, url);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toEqual({ unlinked: 2 });
    expect(await prisma.userMeteringPoint.count({ where: { userId: customer.id } })).toBe(0);
    await expectAudited('support.user.contract.unlink', customer.id, {
      billingAccountId: contract.billingAccountId,
      unlinked: 2,
    });
    expect((await post(supervisor, url)).statusCode).toBe(404);
  });
});
