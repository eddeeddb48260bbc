// The demo's staff get TOTP with their fixed secrets at the first start (startup.ts): the account then
// logs in with the password and a code of that secret, and one that has TOTP already keeps its own.
import type { PrismaClient } from '@portal/db';
import { totpCode } from '@portal/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createUser } from '../../testing/customer-data.js';
import { buildTestApp, testConfig } from '../../testing/test-app.js';
import { totpKeyFor } from '../auth/totp-secrets.js';
import { enrolDemoStaff } from './staff-accounts.service.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

const secret = 'DEMOSUPPORTTOTPSECRETFORREVIEW22';

it('enrols the demo staff with their fixed secrets, so the login asks for their codes', async () => {
  const staff = await createUser(app, prisma, 'NATURAL', 'SUPERVISOR', { enrolTotp: false });
  const customer = await createUser(app, prisma);
  const deps = { prisma, totpKey: totpKeyFor(testConfig().jwtSecret!), now: () => app.clock.now() };
  await enrolDemoStaff(deps, [
    { username: staff.username, totpSecret: secret },
    { username: customer.username, totpSecret: secret },
    { username: 'nobody.here', totpSecret: secret },
  ]);
  expect(await prisma.userTotp.count({ where: { userId: customer.id } })).toBe(0);

  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login: staff.username, password: 'Struja#Zelena42' },
  });
  expect(login.json()).toMatchObject({ mfaRequired: true });
  const second = await app.inject({
    method: 'POST',
    url: '/api/auth/login/mfa',
    payload: { mfaToken: login.json().mfaToken, code: totpCode(secret, app.clock.now()) },
  });
  expect(second.statusCode, second.body).toBe(200);

  // a second start leaves an enrolled secret as it is
  const before = await prisma.userTotp.findUniqueOrThrow({ where: { userId: staff.id } });
  await enrolDemoStaff(deps, [{ username: staff.username, totpSecret: 'DEMOSUPERVISORTOTPSECRETREVIEW22' }]);
  const after = await prisma.userTotp.findUniqueOrThrow({ where: { userId: staff.id } });
  expect(after.secretEncrypted).toBe(before.secretEncrypted);
});
