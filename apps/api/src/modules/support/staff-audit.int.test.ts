// The staff's audit view through the real API and database: support staff see their own events only,
// supervisors everyone's, with the filters; customers' events never show, and nobody else gets in.
import { randomUUID } from 'node:crypto';
import type { StaffAuditResponse } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createCustomer, createUser, linkPoints, type TestUser } from '../../testing/customer-data.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let support: TestUser;
let otherSupport: TestUser;
let supervisor: TestUser;
let holder: TestUser;
let customerId: string;
let accessId: string;

const reason = { category: 'complaint', text: 'INC-2026-0077 the customer disputes a bill' };

const get = (user: TestUser | null, url: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'GET',
    url,
    headers: { ...(user ? { authorization: user.authorization } : {}), ...headers },
  });

async function audit(user: TestUser, query = ''): Promise<StaffAuditResponse> {
  const answer = await get(user, `/api/support/audit${query}`);
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json();
}

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  otherSupport = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  supervisor = await createUser(app, prisma, 'NATURAL', 'SUPERVISOR');
  holder = await createUser(app, prisma);
  const household = await createCustomer(prisma, { points: [{}] });
  customerId = household.customerId;
  await linkPoints(prisma, holder.id, household.meteringPointIds);

  // support: a look-up, a view opened with a reason and a page read through it
  expect((await get(support, `/api/support/customers?q=${household.billingNumber}`)).statusCode).toBe(200);
  const opened = await app.inject({
    method: 'POST',
    url: `/api/support/customers/${customerId}/access`,
    headers: { authorization: support.authorization },
    payload: { reason },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  accessId = opened.json().accessId;
  expect((await get(support, '/api/metering-points', { 'x-support-access': accessId })).statusCode).toBe(200);
  // another support member reads the account's summary; the supervisor ends its sessions
  expect((await get(otherSupport, `/api/support/users/${holder.id}`)).statusCode).toBe(200);
  const revoked = await app.inject({
    method: 'POST',
    url: `/api/support/users/${holder.id}/sessions/revoke`,
    headers: { authorization: supervisor.authorization },
    payload: { reason },
  });
  expect(revoked.statusCode, revoked.body).toBe(200);
  // a customer's own event, even under a staff action's name, and an old event for the date filter
  await prisma.auditEvent.createMany({
    data: [
      { action: 'support.customers.lookup', actorUserId: holder.id, details: { kind: 'name', total: 1 } },
      {
        action: 'support.quarantine.read',
        actorUserId: otherSupport.id,
        occurredAt: new Date('2026-03-10T10:00:00Z'),
        subjectType: 'import_run',
        subjectId: randomUUID(),
      },
    ],
  });
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

describe('the staff audit view', () => {
  it("shows support their own events, newest first, with the view's page and the reason", async () => {
    const answer = await audit(support);
    expect(answer.total).toBe(3);
    expect(answer.totalCapped).toBe(false);
    expect(answer.items.map((e) => e.action)).toEqual([
      'support.customer.view',
      'support.access.open',
      'support.customers.lookup',
    ]);
    expect(answer.items.every((e) => e.staff.userId === support.id && e.staff.role === 'support')).toBe(true);
    const [view, open, lookup] = answer.items;
    expect(view).toMatchObject({
      group: 'view',
      accessId,
      page: expect.any(String),
      subject: { type: 'user', id: holder.id, username: holder.username },
    });
    expect(open).toMatchObject({ group: 'access', accessId, reason });
    expect(lookup).toMatchObject({
      group: 'lookup',
      lookup: { kind: 'digits', total: 1 },
      subject: null,
    });
    expect(JSON.stringify(lookup)).not.toContain('customerIds');
  });

  it("refuses support another staff member's events", async () => {
    const answer = await get(support, `/api/support/audit?staffUserId=${otherSupport.id}`);
    expect(answer.statusCode).toBe(403);
    expect(answer.json().code).toBe('FORBIDDEN');
    expect((await audit(support, `?staffUserId=${support.id}`)).total).toBe(3);
  });

  it("shows supervisors everyone's events, and filters them", async () => {
    const all = await audit(supervisor, '?pageSize=100');
    const actors = new Set(all.items.map((e) => e.staff.userId));
    expect(actors.has(support.id) && actors.has(otherSupport.id) && actors.has(supervisor.id)).toBe(true);
    const others = await audit(supervisor, `?staffUserId=${otherSupport.id}`);
    expect(others.items.map((e) => e.action)).toEqual(['support.user.read', 'support.quarantine.read']);
    expect(others.items[1]!.subject).toMatchObject({ type: 'import_run', username: null });

    const actions = await audit(supervisor, `?subjectUserId=${holder.id}&action=accountAction`);
    expect(actions.items).toHaveLength(1);
    expect(actions.items[0]).toMatchObject({
      action: 'support.user.sessions.revoke',
      staff: { userId: supervisor.id, role: 'supervisor' },
      reason,
    });
    const about = await audit(supervisor, `?subjectUserId=${holder.id}&pageSize=100`);
    expect(about.items.every((e) => e.subject?.id === holder.id)).toBe(true);
    expect(about.items.map((e) => e.group).sort()).toEqual(
      expect.arrayContaining(['access', 'accountAction', 'accountRead', 'view']),
    );
  });

  it('filters by Europe/Belgrade days, both ends included', async () => {
    const inMarch = `?staffUserId=${otherSupport.id}&from=2026-03-10&to=2026-03-10`;
    expect((await audit(supervisor, inMarch)).items.map((e) => e.action)).toEqual([
      'support.quarantine.read',
    ]);
    const after = `?staffUserId=${otherSupport.id}&from=2026-03-11`;
    expect((await audit(supervisor, after)).items.map((e) => e.action)).toEqual(['support.user.read']);
    expect((await audit(supervisor, `?staffUserId=${otherSupport.id}&to=2026-03-09`)).total).toBe(0);
  });

  it('pages', async () => {
    const first = await audit(support, '?pageSize=2');
    const second = await audit(support, '?pageSize=2&page=2');
    expect(first.items).toHaveLength(2);
    expect(second.items.map((e) => e.action)).toEqual(['support.customers.lookup']);
    expect(second.total).toBe(3);
    // past the count's cap: no page is read
    expect((await audit(support, '?pageSize=20&page=501')).items).toEqual([]);
  });

  it("never shows a customer's events", async () => {
    const all = await audit(supervisor, '?action=lookup&pageSize=100');
    expect(all.items.some((e) => e.staff.userId === holder.id)).toBe(false);
    expect((await audit(supervisor, `?staffUserId=${holder.id}`)).total).toBe(0);
  });

  it('keeps customers and anonymous callers out, and answers a bad query 400', async () => {
    // (the holder's sessions were ended by the supervisor above: another customer)
    const customer = await createUser(app, prisma);
    expect((await get(customer, '/api/support/audit')).statusCode).toBe(403);
    expect((await get(null, '/api/support/audit')).statusCode).toBe(401);
    for (const query of [
      '?action=logins',
      '?from=2026-13-01',
      '?from=2026-03-10&to=2026-03-01',
      '?staffUserId=x',
    ]) {
      const answer = await get(supervisor, `/api/support/audit${query}`);
      expect(answer.statusCode, query).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
  });
});
