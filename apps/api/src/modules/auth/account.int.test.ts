import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import {
  startAccountsTestApp,
  type AccountsTestApp,
  codeIn,
  newPerson,
  testPassword,
} from '../../testing/accounts.js';
import type { TestSmtpServer } from '../../testing/smtp-server.js';

let prisma: PrismaClient;
let smtp: TestSmtpServer;
let app: App;
let helpers: AccountsTestApp['helpers'];
let started: AccountsTestApp | undefined;

beforeAll(async () => {
  started = await startAccountsTestApp({ mailFrom: 'Portal <portal@example.rs>' });
  ({ prisma, smtp, app, helpers } = started);
});
afterAll(() => started?.close());

const newPassword = 'Vetar#Plavi77';

function post(url: string, headers: Record<string, string>, payload: unknown) {
  return app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });
}

async function me(headers: Record<string, string>) {
  return app.inject({ method: 'GET', url: '/api/auth/me', headers });
}

/** How many mails the SMTP server has received for `to`, once the outbox is delivered. */
async function mailCount(to: string) {
  await app.mail.flush();
  return smtp.messages.filter((m) => JSON.stringify(m.to).includes(to)).length;
}

describe('account settings: password', () => {
  it('needs the current password and a policy-conforming new one, changing nothing otherwise', async () => {
    const user = await helpers.verifiedUser();
    const { headers } = await helpers.logIn(user);
    const wrong = await post('/api/auth/password', headers, { currentPassword: 'Nije#Ta123', newPassword });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([
      expect.objectContaining({ path: 'currentPassword', code: 'wrong_password' }),
    ]);
    const weak = await post('/api/auth/password', headers, {
      currentPassword: testPassword,
      newPassword: 'kratka',
    });
    expect(weak.json().errors).toEqual([
      expect.objectContaining({ path: 'newPassword', code: 'weak_password' }),
    ]);
    const same = await post('/api/auth/password', headers, {
      currentPassword: testPassword,
      newPassword: testPassword,
    });
    expect(same.json().errors).toEqual([
      expect.objectContaining({ path: 'newPassword', code: 'same_as_current' }),
    ]);
    // Still the old password.
    expect((await helpers.logIn(user)).accessToken).toBeTruthy();
  });

  it('changes it, ends every other session, keeps this one and tells the owner', async () => {
    const user = await helpers.verifiedUser();
    const other = await helpers.logIn(user);
    const current = await helpers.logIn(user);
    const changed = await post('/api/auth/password', current.headers, {
      currentPassword: testPassword,
      newPassword,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ status: 'password_changed' });

    expect((await me(current.headers)).statusCode).toBe(200);
    expect((await me(other.headers)).json().code).toBe('SESSION_EXPIRED');
    const mail = await helpers.mailTo(user.email);
    expect(mail.subject).toMatch(/lozink/i); // sr-Latn: "Lozinka je promenjena"
    const old = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: user.username, password: testPassword },
    });
    expect(old.json().code).toBe('INVALID_CREDENTIALS');
    expect((await helpers.logIn(user, newPassword)).accessToken).toBeTruthy();
    const audit = await prisma.auditEvent.findFirst({
      where: { subjectId: (await me(current.headers)).json().id, action: 'auth.password.change' },
    });
    expect(audit).not.toBeNull();
  });

  it('refuses without a session', async () => {
    const response = await post('/api/auth/password', {}, { currentPassword: testPassword, newPassword });
    expect(response.statusCode).toBe(401);
  });
});

describe('account settings: e-mail', () => {
  it('sends a code to the new address, then switches on confirmation and tells the old one', async () => {
    const user = await helpers.verifiedUser();
    const other = await helpers.logIn(user);
    const current = await helpers.logIn(user);
    const next = newPerson().email;

    const wrongPassword = await post('/api/auth/email', current.headers, {
      password: 'Nije#Ta123',
      newEmail: next,
    });
    expect(wrongPassword.json().errors).toEqual([
      expect.objectContaining({ path: 'password', code: 'wrong_password' }),
    ]);
    const same = await post('/api/auth/email', current.headers, {
      password: testPassword,
      newEmail: user.email.toUpperCase(),
    });
    expect(same.json().errors).toEqual([
      expect.objectContaining({ path: 'newEmail', code: 'same_as_current' }),
    ]);

    const requested = await post('/api/auth/email', current.headers, {
      password: testPassword,
      newEmail: next,
    });
    expect(requested.statusCode).toBe(202);
    const code = codeIn((await helpers.mailTo(next)).text)!;
    expect(code).toMatch(/^\d{6}$/);
    // Until confirmed, nothing changes.
    expect((await me(current.headers)).json().email).toBe(user.email);
    const wrongCode = await post('/api/auth/email/confirm', current.headers, {
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrongCode.json().code).toBe('VERIFICATION_FAILED');

    const confirmed = await post('/api/auth/email/confirm', current.headers, { code });
    expect(confirmed.json()).toEqual({ status: 'email_changed', email: next });
    expect((await me(current.headers)).json().email).toBe(next);
    expect((await me(other.headers)).json().code).toBe('SESSION_EXPIRED');
    const toOld = await helpers.mailTo(user.email);
    expect(toOld.text).toContain(`${next.slice(0, 2)}***@example.rs`);
    expect((await helpers.logIn({ username: next })).accessToken).toBeTruthy();
    // A code works once.
    expect((await post('/api/auth/email/confirm', current.headers, { code })).json().code).toBe(
      'VERIFICATION_FAILED',
    );
  });

  it('answers an address of another account like a free one, and sends that address nothing', async () => {
    const owner = await helpers.verifiedUser();
    const user = await helpers.verifiedUser();
    const { headers } = await helpers.logIn(user);
    const before = await mailCount(owner.email);
    const taken = await post('/api/auth/email', headers, { password: testPassword, newEmail: owner.email });
    const free = await post('/api/auth/email', (await helpers.logIn(await helpers.verifiedUser())).headers, {
      password: testPassword,
      newEmail: newPerson().email,
    });
    expect(taken.statusCode).toBe(free.statusCode);
    expect(taken.body).toBe(free.body);
    expect(await mailCount(owner.email)).toBe(before);
  });

  it('throttles codes: not again within 60 seconds', async () => {
    const user = await helpers.verifiedUser();
    const { headers } = await helpers.logIn(user);
    const body = { password: testPassword, newEmail: newPerson().email };
    expect((await post('/api/auth/email', headers, body)).statusCode).toBe(202);
    expect((await post('/api/auth/email', headers, body)).json().code).toBe('RATE_LIMITED');
  });
});

describe('account settings: profile and registration mail', () => {
  it('changes the language of pages and e-mails', async () => {
    const user = await helpers.verifiedUser();
    const { headers } = await helpers.logIn(user);
    const updated = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers,
      payload: { locale: 'en' },
    });
    expect(updated.json()).toMatchObject({ username: user.username, locale: 'en' });
    const invalid = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers,
      payload: { locale: 'de' },
    });
    expect(invalid.statusCode).toBe(400);
    expect((await me(headers)).json().locale).toBe('en');
  });

  it('tells a new address that the username it chose is taken, with the same answer', async () => {
    const owner = await helpers.verifiedUser();
    const email = newPerson().email;
    const fresh = await helpers.registerUser();
    const taken = await helpers.registerUser({ username: owner.username.toUpperCase(), email });
    expect(taken.statusCode).toBe(fresh.statusCode);
    expect(taken.body).toBe(fresh.body);
    const mail = await helpers.mailTo(email);
    expect(mail.text).toContain(owner.username.toUpperCase());
    expect(codeIn(mail.text)).toBeUndefined();
  });
});
