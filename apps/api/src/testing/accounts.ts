// Registering, verifying and logging in users through the real API, for integration tests.
import type { PrismaClient } from '@portal/db';
import {} from 'vitest';
import type { App } from '../app.js';
import type { Config } from '../config.js';
import { refreshCookie } from '../modules/auth/auth.routes.js';
import { solveCaptcha } from './captcha.js';
import { startTestSmtpServer, type TestSmtpServer } from './smtp-server.js';
import { buildTestApp } from './test-app.js';
import { testDatabaseClient } from './test-database.js';

export const testPassword = 'Struja#Zelena42';

let serial = 0;
let address = 0;

/** A new username and e-mail, unique across the test run. */
export function newPerson() {
  serial++;
  const tag = `${serial}.${Date.now()}`;
  return { username: `marko.${tag}`, email: `marko.${tag}@example.rs` };
}

/** The 6-digit code in a mail's text. */
export const codeIn = (text: string | undefined) => /\b(\d{6})\b/.exec(text ?? '')?.[1];

export function accountHelpers(app: App, smtp: TestSmtpServer) {
  async function registerUser(user = newPerson(), overrides: Record<string, unknown> = {}) {
    // A different client address each time: registration is limited per address.
    address++;
    return app.inject({
      method: 'POST',
      url: '/api/auth/register',
      remoteAddress: `10.0.${Math.floor(address / 250)}.${address % 250}`,
      payload: {
        personType: 'natural',
        ...user,
        password: testPassword,
        acceptTerms: true,
        acceptPrivacy: true,
        captcha: await solveCaptcha(app),
        locale: 'sr-Latn',
        ...overrides,
      },
    });
  }

  /** Delivers the outbox and returns the newest mail to `to`. */
  async function mailTo(to: string) {
    await app.mail.flush();
    const mail = [...smtp.messages].reverse().find((m) => m.to && JSON.stringify(m.to).includes(to));
    if (!mail) throw new Error(`no mail to ${to}`);
    return mail;
  }

  async function verifiedUser(overrides: Record<string, unknown> = {}) {
    const user = newPerson();
    await registerUser(user, overrides);
    const code = codeIn((await mailTo(user.email)).text);
    await app.inject({ method: 'POST', url: '/api/auth/verify', payload: { login: user.username, code } });
    return user;
  }

  async function logIn(user: { username: string }, password = testPassword) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: user.username, password },
    });
    const body = response.json() as { accessToken: string; expiresIn: number };
    return {
      ...body,
      refresh: response.cookies.find((c) => c.name === refreshCookie)!.value,
      headers: { authorization: `Bearer ${body.accessToken}` },
    };
  }

  return { registerUser, mailTo, verifiedUser, logIn };
}

export interface AccountsTestApp {
  prisma: PrismaClient;
  smtp: TestSmtpServer;
  app: App;
  helpers: ReturnType<typeof accountHelpers>;
  close(): Promise<void>;
}

/** The real app on the run's database with a real SMTP server: what the accounts tests start from. */
export async function startAccountsTestApp(config: Partial<Config> = {}): Promise<AccountsTestApp> {
  const prisma = testDatabaseClient();
  const smtp = await startTestSmtpServer();
  const app = await buildTestApp({ prisma, config: { smtpUrl: smtp.url, ...config } });
  return {
    prisma,
    smtp,
    app,
    helpers: accountHelpers(app, smtp),
    async close() {
      await app.close();
      await smtp.stop();
      await prisma.$disconnect();
    },
  };
}
