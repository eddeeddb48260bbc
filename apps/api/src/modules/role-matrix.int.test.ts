// Who reaches which route, walked over the contract's route table (every route the API declares), for
// each role: anonymous, customer, support, supervisor, and a staff session that has not enrolled TOTP
// yet. The answers checked are the access seam's (modules/access/audience.ts), which come before any
// input is validated or any id looked at, so no route needs a valid body here. A module added to the
// route table fails to compile here until its audience is written down below.
import { randomUUID } from 'node:crypto';
import { routeTable, type Route } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { createUser, type TestUser } from '../testing/customer-data.js';
import { buildTestApp } from '../testing/test-app.js';
import { testDatabaseClient } from '../testing/test-database.js';

/** Whom each module of the contract is for (`supervisor`: staff of that level only). */
const audienceOf: Record<keyof typeof routeTable, 'customer' | 'staff' | 'supervisor' | 'everyone'> = {
  auth: 'everyone',
  account: 'everyone',
  mfa: 'everyone',
  contracts: 'customer',
  meteringPoints: 'customer',
  bills: 'customer',
  consumption: 'customer',
  readings: 'customer',
  notices: 'customer',
  reminders: 'everyone',
  payments: 'customer',
  reference: 'everyone',
  devMailbox: 'everyone',
  health: 'everyone',
  support: 'staff',
  customerLookup: 'staff',
  reports: 'supervisor',
  supportAccess: 'staff',
  accessLog: 'everyone',
  supportUsers: 'staff',
  accountActions: 'supervisor',
  staffAccounts: 'supervisor',
  staffAudit: 'staff',
  complaints: 'customer',
  supportComplaints: 'staff',
  news: 'customer',
  newsAdmin: 'staff',
};

const forStaff = (audience: string) => audience === 'staff' || audience === 'supervisor';

/** What a session that must enrol TOTP first may call. */
const enrolment = ['GET /api/auth/me', 'POST /api/auth/mfa/totp', 'POST /api/auth/mfa/totp/confirm'];

const sessionRoutes = (Object.keys(routeTable) as (keyof typeof routeTable)[]).flatMap((module) =>
  (Object.values(routeTable[module]) as Route[])
    .filter((route) => route.auth === 'session')
    .map((route) => ({ route, audience: audienceOf[module], label: `${route.method} ${route.path}` })),
);

let prisma: PrismaClient;
let app: App;
const users = {} as Record<'customer' | 'support' | 'supervisor' | 'enrolling', TestUser>;

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  users.customer = await createUser(app, prisma);
  users.support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  users.supervisor = await createUser(app, prisma, 'NATURAL', 'SUPERVISOR');
  users.enrolling = await createUser(app, prisma, 'NATURAL', 'SUPPORT', { enrolTotp: false });
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

/** The route called with unknown ids and an empty body: only the access seam's answer matters. */
function call(route: Route, user: TestUser | null) {
  const url = route.path.replace(/:[A-Za-z]+/g, () => randomUUID());
  return app.inject({
    method: route.method,
    url,
    headers: user ? { authorization: user.authorization } : {},
    ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}),
  });
}

describe('role matrix over the route table', () => {
  it('has routes of each audience', () => {
    for (const audience of ['customer', 'staff', 'supervisor', 'everyone'])
      expect(
        sessionRoutes.some((r) => r.audience === audience),
        audience,
      ).toBe(true);
  });

  it('answers anonymous callers 401 on every route that needs a session', async () => {
    for (const { route, label } of sessionRoutes) {
      const answer = await call(route, null);
      expect(answer.statusCode, label).toBe(401);
    }
  });

  it('keeps customers off every staff route', async () => {
    for (const { route, label } of sessionRoutes.filter((r) => forStaff(r.audience))) {
      const answer = await call(route, users.customer);
      expect(answer.statusCode, `${label}: ${answer.body}`).toBe(403);
      expect(answer.json().code, label).toBe('FORBIDDEN');
    }
  });

  it("keeps support and supervisors off every customer's route (their own token gives them nothing)", async () => {
    for (const staff of [users.support, users.supervisor])
      for (const { route, label } of sessionRoutes.filter((r) => r.audience === 'customer')) {
        const answer = await call(route, staff);
        expect(answer.statusCode, `${label}: ${answer.body}`).toBe(403);
        expect(answer.json().code, label).toBe('FORBIDDEN');
      }
  });

  it("keeps support off every supervisor's route", async () => {
    for (const { route, label } of sessionRoutes.filter((r) => r.audience === 'supervisor')) {
      const answer = await call(route, users.support);
      expect(answer.statusCode, `${label}: ${answer.body}`).toBe(403);
      expect(answer.json().code, label).toBe('FORBIDDEN');
    }
  });

  it('lets support and supervisors through to the staff routes, and customers to their own', async () => {
    const passed = (status: number) => ![401, 403].includes(status);
    for (const staff of [users.support, users.supervisor])
      for (const { route, label } of sessionRoutes.filter(
        (r) => r.audience === 'staff' && r.route.method === 'GET',
      )) {
        const answer = await call(route, staff);
        expect(passed(answer.statusCode), `${label}: ${answer.body}`).toBe(true);
      }
    // every supervisor's route, reads and actions: past the seam (unknown ids, empty bodies: 400/404)
    for (const { route, label } of sessionRoutes.filter((r) => r.audience === 'supervisor')) {
      const answer = await call(route, users.supervisor);
      expect(passed(answer.statusCode), `${label}: ${answer.body}`).toBe(true);
    }
    for (const { route, label } of sessionRoutes.filter(
      (r) => r.audience === 'customer' && r.route.method === 'GET' && !r.route.path.includes(':'),
    )) {
      const answer = await call(route, users.customer);
      expect(passed(answer.statusCode), `${label}: ${answer.body}`).toBe(true);
    }
  });

  it('lets a staff session without its second factor reach nothing but its account and the enrolment', async () => {
    for (const { route, label } of sessionRoutes) {
      if (enrolment.includes(label)) continue;
      const answer = await call(route, users.enrolling);
      expect(answer.statusCode, `${label}: ${answer.body}`).toBe(403);
      expect(answer.json().code, label).toBe('MFA_ENROLMENT_REQUIRED');
    }
    const me = await call(routeTable.account.me, users.enrolling);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ role: 'support', mfa: { totp: false } });
  });
});
