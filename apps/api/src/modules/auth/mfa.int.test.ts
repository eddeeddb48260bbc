// Two-factor login (TOTP) through the real API and database: enrolment, the login's second step,
// replay, recovery codes, expiry, throttling, turning it off, and that nobody but the owner touches it.
// The app runs on a clock of its own (the tests' clock plus what `later` adds), so that codes are
// computed here for exactly the instant the server checks them.
import type { PrismaClient } from '@portal/db';
import { totpCode, type Clock } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { accountHelpers, testPassword } from '../../testing/accounts.js';
import { testClock } from '../../testing/clock.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server.js';
import { buildTestApp } from '../../testing/test-app.js';
import { refreshCookie } from './auth.routes.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let smtp: TestSmtpServer;
let app: App;
let helpers: ReturnType<typeof accountHelpers>;
let offsetMs = 0;
const clock: Clock = { now: () => new Date(testClock.now().getTime() + offsetMs) };
/** Moves the app's clock on: by one TOTP step unless told otherwise. */
const later = (ms = 30_000) => {
  offsetMs += ms;
};
const codeNow = (secret: string) => totpCode(secret, clock.now());

beforeAll(async () => {
  prisma = testDatabaseClient();
  smtp = await startTestSmtpServer();
  app = await buildTestApp({ prisma, clock, config: { smtpUrl: smtp.url } });
  helpers = accountHelpers(app, smtp);
});
afterAll(async () => {
  await app?.close();
  await smtp?.stop();
  await prisma?.$disconnect();
});

let address = 0;
/** Each user from an address of their own: the per-address limits are not what is tested here. */
function client(headers: Record<string, string> = {}) {
  address++;
  const remoteAddress = `10.16.${Math.floor(address / 250)}.${address % 250}`;
  return (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object, extra: object = {}) =>
    app.inject({ method, url, remoteAddress, headers, ...(payload ? { payload } : {}), ...extra });
}

type Call = ReturnType<typeof client>;

/** The subjects of every mail to `to`, once the outbox is delivered (in no particular order). */
async function subjectsTo(to: string) {
  await app.mail.flush();
  return smtp.messages.filter((m) => JSON.stringify(m.to).includes(to)).map((m) => m.subject);
}

async function passwordStep(call: Call, username: string) {
  return call('POST', '/api/auth/login', { login: username, password: testPassword });
}

/** A verified user with TOTP on: their session's caller, secret and recovery codes. */
async function userWithTotp() {
  const user = await helpers.verifiedUser();
  const session = await helpers.logIn(user);
  const call = client(session.headers);
  const enrolled = await call('POST', '/api/auth/mfa/totp');
  expect(enrolled.statusCode).toBe(200);
  const { secret } = enrolled.json() as { secret: string };
  const confirmed = await call('POST', '/api/auth/mfa/totp/confirm', { code: codeNow(secret) });
  expect(confirmed.statusCode).toBe(200);
  // The confirming code's step is used up: the next login needs the next one.
  later();
  return {
    user,
    call,
    secret,
    recoveryCodes: (confirmed.json() as { recoveryCodes: string[] }).recoveryCodes,
  };
}

describe('enrolment', () => {
  it('shows a secret, URI and QR, is not active until confirmed, then answers recovery codes once', async () => {
    const user = await helpers.verifiedUser();
    const call = client((await helpers.logIn(user)).headers);
    const before = (await call('GET', '/api/auth/me')).json();
    expect(before.mfa).toEqual({ totp: false, recoveryCodesLeft: 0 });

    const enrolled = await call('POST', '/api/auth/mfa/totp');
    expect(enrolled.statusCode).toBe(200);
    const { secret, uri, qrDataUrl } = enrolled.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(new URL(uri).searchParams.get('secret')).toBe(secret);
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    // Kept encrypted, never as typed into the app.
    const row = await prisma.userTotp.findUniqueOrThrow({ where: { userId: before.id } });
    expect(row.secretEncrypted).not.toContain(secret);
    expect(row.confirmedAt).toBeNull();

    // Not active yet: the login still opens a session at once.
    const login = await passwordStep(client(), user.username);
    expect(login.json()).toHaveProperty('accessToken');

    const wrong = await call('POST', '/api/auth/mfa/totp/confirm', {
      code: codeNow(secret) === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('MFA_CODE_INVALID');
    const malformed = await call('POST', '/api/auth/mfa/totp/confirm', { code: '12ab56' });
    expect(malformed.json().code).toBe('VALIDATION_FAILED');

    const confirmed = await call('POST', '/api/auth/mfa/totp/confirm', { code: codeNow(secret) });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await prisma.mfaRecoveryCode.findMany({ where: { userId: before.id } });
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes as string[])
      expect(JSON.stringify(stored)).not.toContain(code.replaceAll('-', ''));
    expect((await call('GET', '/api/auth/me')).json().mfa).toEqual({ totp: true, recoveryCodesLeft: 10 });
    // The owner is told (the test user's language is sr-Latn).
    expect(await subjectsTo(user.email)).toContainEqual(
      expect.stringMatching(/^Dvofaktorska prijava je uključena/),
    );

    expect((await call('POST', '/api/auth/mfa/totp')).json().code).toBe('MFA_ALREADY_ENABLED');
    const again = await call('POST', '/api/auth/mfa/totp/confirm', { code: codeNow(secret) });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('MFA_ENROLMENT_NOT_STARTED');
  });

  it('refuses a confirmation with no enrolment started', async () => {
    const call = client((await helpers.logIn(await helpers.verifiedUser())).headers);
    const answer = await call('POST', '/api/auth/mfa/totp/confirm', { code: '123456' });
    expect(answer.json().code).toBe('MFA_ENROLMENT_NOT_STARTED');
  });
});

describe('login with TOTP on', () => {
  it('answers only an mfaToken, then the code gives what a login gives', async () => {
    const { user, secret } = await userWithTotp();
    const call = client();
    const first = await passwordStep(call, user.username);
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(Object.keys(body).sort()).toEqual(['mfaRequired', 'mfaToken']);
    expect(body.mfaRequired).toBe(true);
    expect(first.cookies.map((c) => c.name)).toEqual([]);

    // The token of the second step is no access token.
    const asBearer = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${body.mfaToken}` },
    });
    expect(asBearer.statusCode).toBe(401);

    const wrong = await call('POST', '/api/auth/login/mfa', {
      mfaToken: body.mfaToken,
      code: codeNow(secret) === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('MFA_CODE_INVALID');

    const code = codeNow(secret);
    const done = await call('POST', '/api/auth/login/mfa', { mfaToken: body.mfaToken, code });
    expect(done.statusCode).toBe(200);
    expect(Object.keys(done.json()).sort()).toEqual(['accessToken', 'expiresIn']);
    expect(done.cookies.find((c) => c.name === refreshCookie)?.httpOnly).toBe(true);
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${done.json().accessToken}` },
    });
    expect(me.json().username).toBe(user.username);

    // The token is spent, and the code too: a replay within its window is refused.
    const sameToken = await call('POST', '/api/auth/login/mfa', { mfaToken: body.mfaToken, code });
    expect(sameToken.json().code).toBe('MFA_TOKEN_EXPIRED');
    const second = (await passwordStep(call, user.username)).json();
    const replay = await call('POST', '/api/auth/login/mfa', { mfaToken: second.mfaToken, code });
    expect(replay.json().code).toBe('MFA_CODE_INVALID');
    later();
    const next = await call('POST', '/api/auth/login/mfa', {
      mfaToken: second.mfaToken,
      code: codeNow(secret),
    });
    expect(next.statusCode).toBe(200);
  });

  it('takes each recovery code once, however it is typed', async () => {
    const { user, call, recoveryCodes } = await userWithTotp();
    const recovery = recoveryCodes[3]!;
    const anonymous = client();
    const token = (await passwordStep(anonymous, user.username)).json().mfaToken;
    const typed = ` ${recovery.toUpperCase().replaceAll('-', ' ')} `;
    const done = await anonymous('POST', '/api/auth/login/mfa', { mfaToken: token, code: typed });
    expect(done.statusCode).toBe(200);
    expect((await call('GET', '/api/auth/me')).json().mfa).toEqual({ totp: true, recoveryCodesLeft: 9 });

    const again = (await passwordStep(anonymous, user.username)).json().mfaToken;
    const reused = await anonymous('POST', '/api/auth/login/mfa', { mfaToken: again, code: recovery });
    expect(reused.json().code).toBe('MFA_CODE_INVALID');
  });

  it('ends the mfaToken after 5 minutes', async () => {
    const { user, secret } = await userWithTotp();
    const call = client();
    const token = (await passwordStep(call, user.username)).json().mfaToken;
    later(5 * 60_000 + 1000);
    const late = await call('POST', '/api/auth/login/mfa', { mfaToken: token, code: codeNow(secret) });
    expect(late.statusCode).toBe(401);
    expect(late.json().code).toBe('MFA_TOKEN_EXPIRED');
    const unknown = await call('POST', '/api/auth/login/mfa', { mfaToken: 'x'.repeat(43), code: '123456' });
    expect(unknown.json().code).toBe('MFA_TOKEN_EXPIRED');
  });

  it('slows wrong codes down like wrong passwords, and ends a token after 5 of them', async () => {
    const { user, secret } = await userWithTotp();
    const call = client();
    const wrongCode = () => (codeNow(secret) === '000000' ? '111111' : '000000');
    const token = (await passwordStep(call, user.username)).json().mfaToken;
    for (let i = 0; i < 5; i++) {
      const wrong = await call('POST', '/api/auth/login/mfa', { mfaToken: token, code: wrongCode() });
      expect(wrong.json().code).toBe('MFA_CODE_INVALID');
    }
    const ended = await call('POST', '/api/auth/login/mfa', { mfaToken: token, code: codeNow(secret) });
    expect(ended.json().code).toBe('MFA_TOKEN_EXPIRED');

    // The account's failures are counted like a login name's; as if more had failed, so the wait
    // lasts minutes however slow this machine is.
    const userId = (await prisma.user.findFirstOrThrow({ where: { username: user.username } })).id;
    const row = await prisma.loginThrottle.findUniqueOrThrow({ where: { key: `mfa:${userId}` } });
    expect(row.failures).toBe(5);
    await prisma.loginThrottle.update({ where: { key: row.key }, data: { failures: 12 } });

    // The password again gives a new token, but the account's code failures still count.
    const fresh = (await passwordStep(call, user.username)).json().mfaToken;
    const throttled = await call('POST', '/api/auth/login/mfa', { mfaToken: fresh, code: codeNow(secret) });
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().code).toBe('LOGIN_THROTTLED');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    later(2 ** 7 * 1000);
    const after = await call('POST', '/api/auth/login/mfa', { mfaToken: fresh, code: codeNow(secret) });
    expect(after.statusCode).toBe(200);
  });
});

describe('turning TOTP off', () => {
  it('needs a current code or the password, then logins are password-only again', async () => {
    const { user, call, secret, recoveryCodes } = await userWithTotp();
    const wrong = await call('DELETE', '/api/auth/mfa/totp', {
      code: codeNow(secret) === '000000' ? '111111' : '000000',
    });
    expect(wrong.json().code).toBe('MFA_CODE_INVALID');
    const badPassword = await call('DELETE', '/api/auth/mfa/totp', { password: 'Nije#Ta123' });
    expect(badPassword.json().errors).toEqual([expect.objectContaining({ path: 'password' })]);
    const neither = await call('DELETE', '/api/auth/mfa/totp', {});
    expect(neither.json().code).toBe('VALIDATION_FAILED');
    expect((await call('GET', '/api/auth/me')).json().mfa.totp).toBe(true);

    const off = await call('DELETE', '/api/auth/mfa/totp', { code: codeNow(secret) });
    expect(off.statusCode).toBe(204);
    const me = (await call('GET', '/api/auth/me')).json();
    expect(me.mfa).toEqual({ totp: false, recoveryCodesLeft: 0 });
    expect(await prisma.mfaRecoveryCode.count({ where: { userId: me.id } })).toBe(0);
    expect((await passwordStep(client(), user.username)).json()).toHaveProperty('accessToken');
    expect(await subjectsTo(user.email)).toContainEqual(
      expect.stringMatching(/^Dvofaktorska prijava je isključena/),
    );
    expect((await call('DELETE', '/api/auth/mfa/totp', { code: recoveryCodes[0] })).json().code).toBe(
      'MFA_NOT_ENABLED',
    );
  });

  it('can be done with the password', async () => {
    const { call } = await userWithTotp();
    expect((await call('DELETE', '/api/auth/mfa/totp', { password: testPassword })).statusCode).toBe(204);
  });
});

describe('authorization', () => {
  it('refuses every TOTP route without a session', async () => {
    const anonymous = client();
    for (const [method, url, payload] of [
      ['POST', '/api/auth/mfa/totp', undefined],
      ['POST', '/api/auth/mfa/totp/confirm', { code: '123456' }],
      ['DELETE', '/api/auth/mfa/totp', { code: '123456' }],
    ] as const) {
      const answer = await anonymous(method, url, payload);
      expect(answer.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("lets no other user touch one's TOTP or finish one's login", async () => {
    const a = await userWithTotp();
    const b = await userWithTotp();
    // B's session with A's valid code acts on B's own account only.
    const offByB = await b.call('DELETE', '/api/auth/mfa/totp', { code: a.recoveryCodes[0] });
    expect(offByB.json().code).toBe('MFA_CODE_INVALID');
    expect((await a.call('GET', '/api/auth/me')).json().mfa).toEqual({ totp: true, recoveryCodesLeft: 10 });
    // A's login cannot be finished with B's codes.
    const anonymous = client();
    const token = (await passwordStep(anonymous, a.user.username)).json().mfaToken;
    for (const code of [codeNow(b.secret), b.recoveryCodes[0]!]) {
      const answer = await anonymous('POST', '/api/auth/login/mfa', { mfaToken: token, code });
      expect(answer.json().code).toBe('MFA_CODE_INVALID');
    }
    // A's login with the mfaToken of A never opens a session of B.
    const done = await anonymous('POST', '/api/auth/login/mfa', {
      mfaToken: token,
      code: a.recoveryCodes[1]!,
    });
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${done.json().accessToken}` },
    });
    expect(me.json().username).toBe(a.user.username);
  });
});
