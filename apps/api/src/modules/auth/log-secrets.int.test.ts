// Passwords, codes and tokens never reach the logs, even at the most verbose level.
import { Writable } from 'node:stream';
import type { PrismaClient } from '@portal/db';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions, type App } from '../../app.js';
import { accountHelpers, codeIn, newPerson, testPassword } from '../../testing/accounts.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server.js';
import { buildTestApp, testConfig } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let smtp: TestSmtpServer;
let app: App;
let logs = '';

beforeAll(async () => {
  prisma = testDatabaseClient();
  smtp = await startTestSmtpServer();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs += String(chunk);
      done();
    },
  });
  const config = { smtpUrl: smtp.url, logLevel: 'trace' as const };
  app = await buildTestApp({ prisma, config, loggerInstance: pino(loggerOptions(testConfig(config)), sink) });
});

afterAll(async () => {
  await app?.close();
  await smtp?.stop();
  await prisma?.$disconnect();
});

describe('logs', () => {
  it('hold no password, verification code, access or refresh token of a whole account flow', async () => {
    const helpers = accountHelpers(app, smtp);
    const user = newPerson();
    await helpers.registerUser(user);
    const code = codeIn((await helpers.mailTo(user.email)).text)!;
    await app.inject({ method: 'POST', url: '/api/auth/verify', payload: { login: user.username, code } });
    const session = await helpers.logIn(user);
    await app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers });
    await app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: { 'x-portal-csrf': '1', cookie: `portal_refresh=${session.refresh}` },
    });
    const newPassword = 'Vetar#Plavi77';
    await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: session.headers,
      payload: { currentPassword: testPassword, newPassword },
    });

    expect(logs).toContain('/api/auth/login'); // the requests were logged
    for (const secret of [testPassword, newPassword, code, session.accessToken, session.refresh]) {
      expect(logs).not.toContain(secret);
    }
  });
});
