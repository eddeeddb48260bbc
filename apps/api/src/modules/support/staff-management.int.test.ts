// Staff management through the real API: a supervisor lists the staff and creates a staff account,
// whose one-time initial password opens a session that may only enrol TOTP; nobody else may do either.
import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createUser, nextAddress, type TestUser } from '../../testing/customer-data.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let support: TestUser;
let supervisor: TestUser;
let customer: TestUser;

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  supervisor = await createUser(app, prisma, 'NATURAL', 'SUPERVISOR');
  customer = await createUser(app, prisma);
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

const list = (user: TestUser | null) =>
  app.inject({
    method: 'GET',
    url: '/api/support/staff',
    headers: user ? { authorization: user.authorization } : {},
  });

const create = (user: TestUser | null, payload: object) =>
  app.inject({
    method: 'POST',
    url: '/api/support/staff',
    payload,
    headers: user ? { authorization: user.authorization } : {},
  });

const newMember = () => {
  const username = `staff.${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
  return { role: 'support' as const, username, email: `${username}@eps.rs` };
};

describe('staff list', () => {
  it('lists staff accounts (supervisors first) with role, TOTP and disabled, never customers', async () => {
    const answer = await list(supervisor);
    expect(answer.statusCode, answer.body).toBe(200);
    const staff = answer.json().staff as { id: string; role: string; totp: boolean; disabled: boolean }[];
    expect(staff.find((s) => s.id === supervisor.id)).toMatchObject({
      role: 'supervisor',
      totp: true,
      disabled: false,
    });
    expect(staff.find((s) => s.id === support.id)).toMatchObject({ role: 'support', totp: true });
    expect(staff.some((s) => s.id === customer.id)).toBe(false);
    const roles = staff.map((s) => s.role);
    expect(roles).toEqual([...roles].sort((a, b) => (a === b ? 0 : a === 'supervisor' ? -1 : 1)));
    const audited = await prisma.auditEvent.findFirst({
      where: { action: 'support.staff.list', actorUserId: supervisor.id },
    });
    expect(audited).not.toBeNull();
  });

  it('is for supervisors only', async () => {
    expect((await list(support)).statusCode).toBe(403);
    expect((await list(customer)).statusCode).toBe(403);
    expect((await list(null)).statusCode).toBe(401);
  });
});

describe('creating a staff account', () => {
  it('answers the initial password once; its first login may only enrol TOTP', async () => {
    const member = newMember();
    const answer = await create(supervisor, member);
    expect(answer.statusCode, answer.body).toBe(201);
    const created = answer.json();
    expect(created).toMatchObject({ ...member, totp: false, disabled: false });
    expect(created.initialPassword).toMatch(/^.{20}$/);

    const stored = await prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.role).toBe('SUPPORT');
    expect(stored.passwordHash).not.toContain(created.initialPassword);
    const audit = await prisma.auditEvent.findFirst({
      where: { action: 'staff.account.create', subjectId: created.id },
    });
    expect(audit).toMatchObject({ actorUserId: supervisor.id });
    expect(audit!.details).toMatchObject({ via: 'supervisor', role: 'support', withTotp: false });

    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      payload: { login: member.username, password: created.initialPassword },
    });
    expect(login.statusCode, login.body).toBe(200);
    const lookUp = await app.inject({
      method: 'GET',
      url: '/api/support/customers?q=12345',
      headers: { authorization: `Bearer ${login.json().accessToken}` },
    });
    expect(lookUp.statusCode).toBe(403);
    expect(lookUp.json().code).toBe('MFA_ENROLMENT_REQUIRED');
  });

  it('refuses a username or e-mail already in use (409) and an invalid body (400), creating nothing', async () => {
    const member = newMember();
    expect((await create(supervisor, member)).statusCode).toBe(201);
    const taken = await create(supervisor, { ...member, email: `other.${member.email}` });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('STAFF_ACCOUNT_TAKEN');
    const customerEmail = await create(supervisor, {
      ...newMember(),
      email: `${customer.username}@example.rs`,
    });
    expect(customerEmail.json().code).toBe('STAFF_ACCOUNT_TAKEN');

    const invalid = newMember();
    for (const body of [
      { ...invalid, role: 'customer' },
      { ...invalid, email: 'not-an-address' },
      { ...invalid, username: 'a b' },
      { role: 'support' },
    ]) {
      const answer = await create(supervisor, body);
      expect(answer.statusCode, JSON.stringify(body)).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
    expect(await prisma.user.count({ where: { usernameNormalized: invalid.username } })).toBe(0);
  });

  it('is for supervisors only', async () => {
    for (const [user, status] of [
      [support, 403],
      [customer, 403],
      [null, 401],
    ] as const) {
      const member = newMember();
      expect((await create(user, member)).statusCode).toBe(status);
      expect(await prisma.user.count({ where: { usernameNormalized: member.username } })).toBe(0);
    }
  });
});
