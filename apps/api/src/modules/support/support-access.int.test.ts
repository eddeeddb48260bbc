// Staff's read-only view of a customer's account through the real API and database: opened with a
// reason, it reads every page of that account and nothing of anyone else's, writes nothing, ends, is
// audited request by request, and the customer sees it in their access log without names or reasons.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import {
  createCustomer,
  createUser,
  linkPoints,
  type TestCustomer,
  type TestUser,
} from '../../testing/customer-data.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let support: TestUser;
let otherSupport: TestUser;
let supervisor: TestUser;
let holder: TestUser;
let stranger: TestUser;
let household: TestCustomer;
let strangers: TestCustomer;

const bill = {
  periodStart: '2026-09-01',
  periodEnd: '2026-09-30',
  dueDate: '2026-10-15',
  total: '4321.00',
  paid: '0.00',
};

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  otherSupport = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  supervisor = await createUser(app, prisma, 'NATURAL', 'SUPERVISOR');
  holder = await createUser(app, prisma);
  stranger = await createUser(app, prisma);
  household = await createCustomer(prisma, { points: [{ bills: [bill] }, {}] });
  strangers = await createCustomer(prisma, { points: [{ bills: [bill] }] });
  await linkPoints(prisma, holder.id, household.meteringPointIds);
  await linkPoints(prisma, stranger.id, strangers.meteringPointIds);
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

const reason = 'INC-2026-0042 customer asks about the September bill';

function open(user: TestUser, id: string, payload: object = { reason }) {
  return app.inject({
    method: 'POST',
    url: `/api/support/customers/${id}/access`,
    headers: { authorization: user.authorization },
    payload,
  });
}

async function opened(user = support, id = household.customerId): Promise<string> {
  const answer = await open(user, id);
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.json().accessId as string;
}

const through = (
  user: TestUser,
  accessId: string,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
) =>
  app.inject({
    method,
    url,
    headers: { authorization: user.authorization, 'x-support-access': accessId },
    ...(payload ? { payload } : {}),
  });

const viewEvents = (accessId: string) =>
  prisma.auditEvent.findMany({
    where: { action: 'support.customer.view', details: { path: ['accessId'], equals: accessId } },
    orderBy: { id: 'asc' },
  });

describe('opening an access', () => {
  it("opens the view of the customer's portal account for 30 minutes, with the reason's category", async () => {
    const answer = await open(support, household.customerId);
    expect(answer.statusCode, answer.body).toBe(201);
    const access = answer.json();
    expect(access.category).toBe('other');
    expect(access.viewed.userId).toBe(holder.id);
    expect(access.viewed.email).toContain('•');
    expect(Date.parse(access.expiresAt) - Date.parse(access.openedAt)).toBe(30 * 60_000);
    const ticket = await open(support, household.customerId, { reason: 'INC-2026-0042' });
    expect(ticket.json().category).toBe('ticket');
    const chosen = await open(support, household.customerId, {
      reason: { category: 'complaint', text: 'the customer called' },
    });
    expect(chosen.json().category).toBe('complaint');
    const event = await prisma.auditEvent.findFirst({
      where: { action: 'support.access.open', details: { path: ['accessId'], equals: access.accessId } },
    });
    expect(event).toMatchObject({ actorUserId: support.id, subjectType: 'user', subjectId: holder.id });
  });

  it("opens it by the portal account's id too", async () => {
    const answer = await open(supervisor, holder.id);
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json().viewed.userId).toBe(holder.id);
  });

  it('refuses what it cannot open, and opens nothing then', async () => {
    const before = await prisma.supportAccess.count();
    const alone = await createCustomer(prisma);
    expect((await open(support, alone.customerId)).json().code).toBe('NO_PORTAL_ACCOUNT');
    expect((await open(support, randomUUID())).statusCode).toBe(404);
    expect((await open(support, household.customerId, { reason: 'x' })).json().code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await open(support, household.customerId, {})).json().code).toBe('VALIDATION_FAILED');
    // an account not linked to this customer cannot be chosen
    const wrong = await open(support, household.customerId, { reason, portalUserId: stranger.id });
    expect(wrong.statusCode).toBe(404);
    // staff accounts are no customer's
    expect((await open(support, supervisor.id)).statusCode).toBe(404);
    expect((await open(holder, household.customerId)).statusCode).toBe(403);
    expect(await prisma.supportAccess.count()).toBe(before);
  });
});

describe('reading through an access', () => {
  it("reads the customer's pages and documents, and nothing of anyone else's", async () => {
    const accessId = await opened();
    const list = await through(support, accessId, 'GET', '/api/metering-points');
    expect(list.statusCode, list.body).toBe(200);
    expect(
      list
        .json()
        .items.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual([...household.meteringPointIds].sort());
    const billId = household.billIds[0]!;
    expect((await through(support, accessId, 'GET', `/api/bills/${billId}`)).statusCode).toBe(200);
    const pdf = await through(support, accessId, 'GET', `/api/bills/${billId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((await through(support, accessId, 'GET', `/api/bills/${strangers.billIds[0]}`)).statusCode).toBe(
      404,
    );
    const ledger = await through(
      support,
      accessId,
      'GET',
      `/api/metering-points/${household.meteringPointIds[0]}/ledger`,
    );
    expect(ledger.statusCode, ledger.body).toBe(200);
    expect((await through(support, accessId, 'GET', '/api/contracts')).json().items).toHaveLength(1);
  });

  it('records every request made through it: who, which page, which ids', async () => {
    const accessId = await opened();
    const billId = household.billIds[0]!;
    await through(support, accessId, 'GET', '/api/metering-points');
    await through(support, accessId, 'GET', `/api/bills/${billId}/pdf`);
    const events = await viewEvents(accessId);
    expect(events.map((e) => (e.details as { page: string }).page)).toEqual([
      'meteringPoints.list',
      'bills.pdf',
    ]);
    expect(events[1]).toMatchObject({ actorUserId: support.id, subjectId: holder.id });
    expect((events[1]!.details as { params: object }).params).toEqual({ id: billId });
  });

  it('writes nothing: no change, no payment, no unlinking', async () => {
    const accessId = await opened();
    const point = household.meteringPointIds[0]!;
    const rename = await through(support, accessId, 'PATCH', `/api/metering-points/${point}`, {
      nickname: 'Vikendica',
    });
    expect(rename.json().code).toBe('SUPPORT_ACCESS_READ_ONLY');
    const pay = await through(support, accessId, 'POST', '/api/payments/card', {
      billIds: household.billIds,
    });
    expect(pay.json().code).toBe('SUPPORT_ACCESS_READ_ONLY');
    const unlink = await app.inject({
      method: 'DELETE',
      url: `/api/contracts/${household.billingAccountId}`,
      headers: { authorization: support.authorization, 'x-support-access': accessId },
    });
    expect(unlink.json().code).toBe('SUPPORT_ACCESS_READ_ONLY');
    const link = await prisma.userMeteringPoint.findFirstOrThrow({
      where: { userId: holder.id, meteringPointId: point },
    });
    expect(link.nickname).toBeNull();
    expect(await prisma.paymentOrder.count({ where: { userId: { in: [holder.id, support.id] } } })).toBe(0);
  });

  it("is the opener's only, ends after 30 minutes, and is no customer's to use", async () => {
    const accessId = await opened();
    const others = await through(otherSupport, accessId, 'GET', '/api/metering-points');
    expect(others.json().code).toBe('SUPPORT_ACCESS_INVALID');
    expect((await through(support, 'not-an-id', 'GET', '/api/metering-points')).json().code).toBe(
      'SUPPORT_ACCESS_INVALID',
    );
    expect((await through(holder, accessId, 'GET', '/api/metering-points')).statusCode).toBe(403);
    await prisma.supportAccess.update({ where: { id: accessId }, data: { expiresAt: new Date(0) } });
    expect((await through(support, accessId, 'GET', '/api/metering-points')).json().code).toBe(
      'SUPPORT_ACCESS_INVALID',
    );
    const again = await app.inject({
      method: 'GET',
      url: `/api/support/accesses/${accessId}`,
      headers: { authorization: support.authorization },
    });
    expect(again.json().code).toBe('SUPPORT_ACCESS_INVALID');
  });

  it('without the header staff read no customer data', async () => {
    const answer = await app.inject({
      method: 'GET',
      url: '/api/metering-points',
      headers: { authorization: support.authorization },
    });
    expect(answer.statusCode).toBe(403);
  });
});

describe("the customer's access log", () => {
  const logOf = async (user: TestUser) => {
    const answer = await app.inject({
      method: 'GET',
      url: '/api/auth/me/access-log?pageSize=100',
      headers: { authorization: user.authorization },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer;
  };

  it('shows each view with the staff role and ID, the category and what was read; no names, no reason', async () => {
    await opened();
    const accessId = await opened();
    await through(support, accessId, 'GET', `/api/bills/${household.billIds[0]}/pdf`);
    await through(support, accessId, 'GET', `/api/bills/${household.billIds[0]}`);
    const answer = await logOf(holder);
    const entry = answer.json().items.find((e: { kind: string }) => e.kind === 'view');
    expect(entry).toMatchObject({ staffRole: 'support', staffId: support.id, category: 'other', reads: 2 });
    expect(entry.viewed).toEqual(['bills.get', 'bills.pdf']);
    expect(Date.parse(entry.until) - Date.parse(entry.at)).toBe(30 * 60_000);
    expect(answer.body).not.toContain(support.username);
    expect(answer.body).not.toContain('September');
    expect((await logOf(stranger)).json().items).toEqual([]);
  });

  it("shows support's reads of the account's summary and supervisors' actions, with the reason's category", async () => {
    const summary = await app.inject({
      method: 'GET',
      url: `/api/support/users/${holder.id}`,
      headers: { authorization: support.authorization },
    });
    expect(summary.statusCode, summary.body).toBe(200);
    const lift = await app.inject({
      method: 'POST',
      url: `/api/support/users/${holder.id}/login-throttle/lift`,
      headers: { authorization: supervisor.authorization },
      payload: { reason: { category: 'customer_request', text: 'cannot log in, ticket 7781' } },
    });
    expect(lift.statusCode, lift.body).toBe(200);
    const [latest, before] = (await logOf(holder)).json().items;
    expect(latest).toMatchObject({
      kind: 'accountAction',
      action: 'throttle.lift',
      staffRole: 'supervisor',
      staffId: supervisor.id,
      category: 'customer_request',
    });
    expect(before).toMatchObject({ kind: 'accountRead', staffRole: 'support', category: null });
  });
});

describe("staff's record of accesses", () => {
  const list = (user: TestUser, query = '') =>
    app.inject({
      method: 'GET',
      url: `/api/support/accesses?pageSize=100${query}`,
      headers: { authorization: user.authorization },
    });

  it('support staff see their own; supervisors everyone’s', async () => {
    const mine = await opened(otherSupport);
    const own = await list(otherSupport);
    expect(
      own.json().items.every((a: { staff: { userId: string } }) => a.staff.userId === otherSupport.id),
    ).toBe(true);
    expect(own.json().items.map((a: { accessId: string }) => a.accessId)).toContain(mine);
    expect((await list(otherSupport, `&staffUserId=${support.id}`)).statusCode).toBe(403);
    const all = await list(supervisor, `&viewedUserId=${holder.id}`);
    const staffSeen = new Set(all.json().items.map((a: { staff: { userId: string } }) => a.staff.userId));
    expect(staffSeen).toEqual(new Set([support.id, otherSupport.id, supervisor.id]));
    expect((await list(holder)).statusCode).toBe(403);
  });
});
