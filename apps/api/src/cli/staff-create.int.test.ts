// `pnpm staff:create`, run as an operator runs it: the account it creates logs in with the printed
// password and a code of the printed TOTP secret and reaches the staff routes; bad input and a taken
// name are refused with exit 1, a missing flag with exit 2, and nothing is created then.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PrismaClient } from '@portal/db';
import { totpCode } from '@portal/domain';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { App } from '../app.js';
import { buildTestApp, testConfig } from '../testing/test-app.js';
import { testDatabaseClient } from '../testing/test-database.js';

const root = resolve(import.meta.dirname, '../../../..');
let prisma: PrismaClient;
let app: App;
let dataDir: string;

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  dataDir = await mkdtemp(join(tmpdir(), 'portal-staff-create-'));
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
  await rm(dataDir, { recursive: true, force: true });
});

function runCommand(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/cli/staff-create.ts', ...args], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: inject('databaseUrl'),
      // the test app's secret: the TOTP secret is sealed under a key derived from it
      JWT_SECRET: testConfig().jwtSecret,
      DATA_DIR: dataDir,
    },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((done) => child.on('close', (code) => done({ code, out, err })));
}

const name = `staff.${Date.now()}`;

it('creates a supervisor with TOTP who logs in with the printed password and a code', async () => {
  const run = await runCommand(
    '--role',
    'supervisor',
    '--email',
    `${name}@eps.example`,
    '--username',
    name,
    '--with-totp',
    '--json',
  );
  expect(run.code, run.err).toBe(0);
  const created = JSON.parse(run.out) as {
    userId: string;
    password: string;
    totp: { secret: string; uri: string };
  };
  expect(created.totp.uri).toMatch(/^otpauth:\/\/totp\//);
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: created.userId },
    include: { totp: true },
  });
  expect(user.role).toBe('SUPERVISOR');
  expect(user.totp?.confirmedAt).not.toBeNull();
  expect(user.passwordHash).not.toContain(created.password);

  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login: name, password: created.password },
  });
  expect(login.json()).toMatchObject({ mfaRequired: true });
  const second = await app.inject({
    method: 'POST',
    url: '/api/auth/login/mfa',
    payload: { mfaToken: login.json().mfaToken, code: totpCode(created.totp.secret, app.clock.now()) },
  });
  expect(second.statusCode, second.body).toBe(200);
  const lookup = await app.inject({
    method: 'GET',
    url: '/api/support/customers?q=petrovic',
    headers: { authorization: `Bearer ${second.json().accessToken}` },
  });
  expect(lookup.statusCode).toBe(200);
  expect(
    await prisma.auditEvent.count({ where: { action: 'staff.account.create', subjectId: created.userId } }),
  ).toBe(1);
}, 60_000);

it('refuses a taken name, a bad role or e-mail with exit 1, and missing flags with exit 2', async () => {
  const taken = await runCommand(
    '--role',
    'support',
    '--email',
    `other.${name}@eps.example`,
    '--username',
    name,
  );
  expect(taken.code).toBe(1);
  expect(taken.err).toMatch(/already taken/);
  const role = await runCommand(
    '--role',
    'admin',
    '--email',
    `x.${name}@eps.example`,
    '--username',
    `x.${name}`,
  );
  expect(role.code).toBe(1);
  expect(role.err).toMatch(/role/);
  const email = await runCommand('--role', 'support', '--email', 'not-an-address', '--username', `y.${name}`);
  expect(email.code).toBe(1);
  expect(email.err).toMatch(/email/);
  const missing = await runCommand('--role', 'support');
  expect(missing.code).toBe(2);
  const refused = [`other.${name}@eps.example`, `x.${name}@eps.example`, 'not-an-address'];
  expect(await prisma.user.count({ where: { emailNormalized: { in: refused } } })).toBe(0);
}, 120_000);
