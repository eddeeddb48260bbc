import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { accountHelpers, codeIn, newPerson, testPassword } from '../../testing/accounts.js';
import { solveCaptcha } from '../../testing/captcha.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server.js';
import { buildTestApp } from '../../testing/test-app.js';
import { refreshCookie } from './auth.routes.js';
import { testClock } from '../../testing/clock.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let smtp: TestSmtpServer;
let app: App;
type Helpers = ReturnType<typeof accountHelpers>;

beforeAll(async () => {
  prisma = testDatabaseClient();
  smtp = await startTestSmtpServer();
  app = await buildTestApp({ prisma, config: { smtpUrl: smtp.url, mailFrom: 'Portal <portal@example.rs>' } });
  ({ registerUser, mailTo, verifiedUser, logIn } = accountHelpers(app, smtp));
});

afterAll(async () => {
  await app?.close();
  await smtp?.stop();
  await prisma?.$disconnect();
});

const password = testPassword;
const person = newPerson;
let registerUser: Helpers['registerUser'];
let mailTo: Helpers['mailTo'];
let verifiedUser: Helpers['verifiedUser'];
let logIn: Helpers['logIn'];

describe('accounts: register, verify, log in, refresh, log out', () => {
  it('runs the whole flow with a real SMTP server', async () => {
    const user = person();
    const registered = await registerUser(user);
    expect(registered.statusCode).toBe(202);
    expect(registered.json()).toEqual({ status: 'verification_sent' });

    const mail = await mailTo(user.email);
    const code = codeIn(mail.text);
    expect(code).toMatch(/^\d{6}$/);
    expect(mail.html).toContain(code);

    const before = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: user.username, password },
    });
    expect(before.statusCode).toBe(403);
    expect(before.json().code).toBe('EMAIL_NOT_VERIFIED');

    const verified = await app.inject({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { login: user.email, code },
    });
    expect(verified.statusCode).toBe(200);

    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: user.email.toUpperCase(), password },
    });
    expect(login.statusCode).toBe(200);
    const { accessToken, expiresIn } = login.json();
    expect(expiresIn).toBe(900);
    const cookie = login.cookies.find((c) => c.name === refreshCookie)!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/auth' });

    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(me.json()).toMatchObject({
      username: user.username,
      email: user.email,
      personType: 'natural',
      role: 'customer',
    });

    const refreshed = await app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: { 'x-portal-csrf': '1' },
      cookies: { [refreshCookie]: cookie.value },
    });
    expect(refreshed.statusCode).toBe(200);
    const rotated = refreshed.cookies.find((c) => c.name === refreshCookie)!;
    expect(rotated.value).not.toBe(cookie.value);

    const logout = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-portal-csrf': '1' },
      cookies: { [refreshCookie]: rotated.value },
    });
    expect(logout.statusCode).toBe(204);
    const after = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(after.json().code).toBe('SESSION_EXPIRED');

    const events = await prisma.auditEvent.findMany({
      where: { subjectId: { not: null } },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['auth.register', 'auth.verify.success', 'auth.login.success', 'auth.logout']),
    );
  });
});

describe('accounts: the rules', () => {
  it('tells a form whether a password is a common one, without a session', async () => {
    const check = (password: unknown) =>
      app.inject({ method: 'POST', url: '/api/auth/password-check', payload: { password } });
    expect((await check('Lozinka123!')).json()).toEqual({ common: true });
    expect((await check('Лозинка1')).json()).toEqual({ common: true });
    expect((await check(password)).json()).toEqual({ common: false });
    expect((await check('')).statusCode).toBe(400);
    expect((await check('x'.repeat(201))).statusCode).toBe(400);
  });

  it('answers an existing e-mail exactly like a new one, and tells the owner', async () => {
    const existing = await verifiedUser();
    const fresh = await registerUser();
    const again = await registerUser({ username: `other.${Date.now()}`, email: existing.email });
    expect(again.statusCode).toBe(fresh.statusCode);
    expect(again.body).toBe(fresh.body);
    const mail = await mailTo(existing.email);
    expect(mail.subject).toBeTruthy();
    expect(codeIn(mail.text)).toBeUndefined();
  });

  it('refuses a missing, a wrong and a reused captcha', async () => {
    const missing = await registerUser(person(), { captcha: '' });
    expect(missing.statusCode).toBe(400);
    const wrong = await registerUser(person(), { captcha: Buffer.from('{"x":1}').toString('base64') });
    expect(wrong.json().code).toBe('CAPTCHA_FAILED');
    const captcha = await solveCaptcha(app);
    expect((await registerUser(person(), { captcha })).statusCode).toBe(202);
    expect((await registerUser(person(), { captcha })).json().code).toBe('CAPTCHA_FAILED');
  });

  it('refuses a common password and a missing consent, changing nothing', async () => {
    const user = person();
    const weak = await registerUser(user, { password: 'Password1!' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([
      expect.objectContaining({ path: 'password', code: 'weak_password' }),
    ]);
    const noConsent = await registerUser(user, { acceptPrivacy: false });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().errors[0]).toMatchObject({ path: 'acceptPrivacy' });
    expect(await prisma.user.count({ where: { email: user.email } })).toBe(0);
  });

  it('invalidates a code after five wrong tries, and an expired code', async () => {
    const user = person();
    await registerUser(user);
    const code = codeIn((await mailTo(user.email)).text)!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/auth/verify',
        payload: { login: user.username, code: wrong },
      });
      expect(r.json().code).toBe('VERIFICATION_FAILED');
    }
    const sixth = await app.inject({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { login: user.username, code },
    });
    expect(sixth.json().code).toBe('VERIFICATION_FAILED');

    const late = person();
    await registerUser(late);
    const lateCode = codeIn((await mailTo(late.email)).text);
    await prisma.verificationCode.updateMany({
      where: { user: { email: late.email } },
      data: { expiresAt: new Date(testClock.now().getTime() - 1000) },
    });
    const expired = await app.inject({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { login: late.email, code: lateCode },
    });
    expect(expired.json().code).toBe('VERIFICATION_FAILED');
  });

  it('throttles resending: not within 60 seconds', async () => {
    const user = person();
    await registerUser(user);
    await app.mail.flush();
    const count = () => prisma.verificationCode.count({ where: { user: { email: user.email } } });
    expect(await count()).toBe(1);
    const resend = await app.inject({
      method: 'POST',
      url: '/api/auth/verify/resend',
      payload: { login: user.username },
    });
    expect(resend.statusCode).toBe(202);
    expect(await count()).toBe(1);
    await prisma.verificationCode.updateMany({
      where: { user: { email: user.email } },
      data: { createdAt: new Date(testClock.now().getTime() - 61_000) },
    });
    await app.inject({ method: 'POST', url: '/api/auth/verify/resend', payload: { login: user.username } });
    expect(await count()).toBe(2);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/verify/resend',
      payload: { login: 'nobody-at-all' },
    });
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(resend.body);
  });

  it('needs the CSRF header on cookie-authenticated endpoints', async () => {
    const user = await verifiedUser();
    const session = await logIn(user);
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      cookies: { [refreshCookie]: session.refresh },
    });
    expect(r.statusCode).toBe(403);
  });

  it("lists sessions and logs out everywhere else; another user's session id is a 404", async () => {
    const user = await verifiedUser();
    const a = await logIn(user);
    const b = await logIn(user);
    const list = await app.inject({
      method: 'GET',
      url: '/api/auth/sessions',
      headers: { authorization: `Bearer ${a.accessToken}` },
    });
    expect(list.json().items).toHaveLength(2);
    expect(list.json().items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    const stranger = await verifiedUser();
    const s = await logIn(stranger);
    const foreign = list.json().items[0].id;
    const refused = await app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${foreign}`,
      headers: { authorization: `Bearer ${s.accessToken}` },
    });
    expect(refused.statusCode).toBe(404);

    const others = await app.inject({
      method: 'DELETE',
      url: '/api/auth/sessions/others',
      headers: { authorization: `Bearer ${a.accessToken}` },
    });
    expect(others.json()).toEqual({ revoked: 1 });
    const bMe = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${b.accessToken}` },
    });
    expect(bMe.json().code).toBe('SESSION_EXPIRED');
  });
});

describe('accounts: password reset', () => {
  const tokenIn = (text: string | undefined) =>
    /reset-password\?token=([A-Za-z0-9_%-]+)/.exec(text ?? '')?.[1];

  it('sets a new password with the e-mailed link once, ends every session and tells the owner', async () => {
    const user = await verifiedUser();
    const session = await logIn(user);
    const requested = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: user.email },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: `nobody.${Date.now()}@example.rs` },
    });
    expect(requested.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(requested.statusCode);
    expect(unknown.body).toBe(requested.body);

    const token = decodeURIComponent(tokenIn((await mailTo(user.email)).text)!);
    const newPassword = 'Plava#Zona2026';
    const weak = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'Password1!' },
    });
    expect(weak.json().errors[0]).toMatchObject({ path: 'password', code: 'weak_password' });

    const done = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: newPassword },
    });
    expect(done.statusCode).toBe(200);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'Crvena#Zona2027' },
    });
    expect(again.json().code).toBe('VERIFICATION_FAILED');

    const old = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(old.json().code).toBe('SESSION_EXPIRED');
    const oldPassword = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: user.username, password },
    });
    expect(oldPassword.statusCode).toBe(401);
    const fresh = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: user.username, password: newPassword },
    });
    expect(fresh.statusCode).toBe(200);
    const changedMail = await mailTo(user.email);
    expect(tokenIn(changedMail.text)).toBeUndefined();
  });

  it('refuses an expired link', async () => {
    const user = await verifiedUser();
    await app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email: user.email } });
    const token = decodeURIComponent(tokenIn((await mailTo(user.email)).text)!);
    await prisma.verificationCode.updateMany({
      where: { user: { email: user.email }, purpose: 'PASSWORD_RESET' },
      data: { expiresAt: new Date(testClock.now().getTime() - 1000) },
    });
    const late = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'Plava#Zona2026' },
    });
    expect(late.json().code).toBe('VERIFICATION_FAILED');
  });
});
