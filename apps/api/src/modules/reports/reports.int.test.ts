// The supervisor's reports through the real API and database, on a fixture in March 2011 (no other test
// writes there): counts per Belgrade day across midnight and the start of summer time, zero rows for
// quiet days, running totals, the region and channel filters, the CSV byte for byte, the audit of each
// read, and nobody but a supervisor gets an answer.
import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createCustomer, createUser, type TestUser } from '../../testing/customer-data.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let supervisor: TestUser;
let support: TestUser;
let customerUser: TestUser;

const range = 'from=2011-03-25&to=2011-03-29';
const days = ['2011-03-25', '2011-03-26', '2011-03-27', '2011-03-28', '2011-03-29'];
let serial = 0;

async function registered(
  createdAt: string,
  meteringPointIds: string[],
  role: 'CUSTOMER' | 'SUPPORT' = 'CUSTOMER',
) {
  const name = `report.${Date.now()}.${serial++}`;
  const at = new Date(createdAt);
  const user = await prisma.user.create({
    data: {
      personType: 'NATURAL',
      role,
      username: name,
      usernameNormalized: name,
      email: `${name}@example.rs`,
      emailNormalized: `${name}@example.rs`,
      passwordHash: 'not-used',
      termsVersion: '2026-01',
      termsAcceptedAt: at,
      privacyVersion: '2026-01',
      privacyAcceptedAt: at,
      createdAt: at,
    },
  });
  if (meteringPointIds.length > 0)
    await prisma.userMeteringPoint.createMany({
      data: meteringPointIds.map((meteringPointId) => ({ userId: user.id, meteringPointId })),
    });
}

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  supervisor = await createUser(app, prisma, 'NATURAL', 'SUPERVISOR');
  support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  customerUser = await createUser(app, prisma);
  const bg = (await createCustomer(prisma, { regionId: 'BG' })).meteringPointIds[0]!;
  const ns = (await createCustomer(prisma, { regionId: 'NS' })).meteringPointIds[0]!;

  await registered('2011-03-25T22:59:59.999Z', [bg]); // 23:59:59.999 CET, the 25th
  await registered('2011-03-25T23:00:00.000Z', [ns]); // midnight CET: the 26th
  await registered('2011-03-26T10:00:00.000Z', [], 'SUPPORT'); // staff: not a registration
  await registered('2011-03-26T23:30:00.000Z', []); // 00:30 CET on the 27th, no metering point linked
  await registered('2011-03-27T22:30:00.000Z', [bg, ns]); // 00:30 CEST (summer time began) on the 28th
  await registered('2011-03-29T22:00:00.000Z', [bg]); // midnight CEST: the 30th, after the range

  const payment = (
    regionId: string,
    meteringPointId: string,
    paidOn: string,
    channel: string,
    amount: string,
  ) => ({
    regionId,
    meteringPointId,
    sourceId: `report-${Date.now()}-${serial++}`,
    paidOn: new Date(`${paidOn}T00:00:00Z`),
    channel: channel as 'BANK',
    amount,
  });
  const cancelled = await prisma.payment.create({ data: payment('NS', ns, '2011-03-26', 'POST', '300.00') });
  await prisma.payment.createMany({
    data: [
      payment('BG', bg, '2011-03-25', 'BANK', '1000.00'),
      payment('BG', bg, '2011-03-25', 'PORTAL_CARD', '250.50'),
      payment('NS', ns, '2011-03-28', 'PORTAL_IPS', '400.00'),
      { ...payment('NS', ns, '2011-03-29', 'POST', '-300.00'), reversesPaymentId: cancelled.id },
      payment('BG', bg, '2011-03-30', 'BANK', '99.00'),
    ],
  });
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

const get = (url: string, user: TestUser | null = supervisor) =>
  app.inject({ method: 'GET', url, headers: user ? { authorization: user.authorization } : {} });

async function report(url: string) {
  const answer = await get(url);
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json();
}

const counts = (body: { days: { count: number }[] }) => body.days.map((d) => d.count);

describe('registrations', () => {
  it('counts customers per Belgrade day, across midnight and summer time, with zero rows and running totals', async () => {
    const body = await report(`/api/support/reports/registrations?${range}`);
    expect(body).toEqual({
      from: '2011-03-25',
      to: '2011-03-29',
      region: null,
      total: 4,
      days: [
        { date: days[0], count: 1, cumulative: 1 },
        { date: days[1], count: 1, cumulative: 2 },
        { date: days[2], count: 1, cumulative: 3 },
        { date: days[3], count: 1, cumulative: 4 },
        { date: days[4], count: 0, cumulative: 4 },
      ],
    });
  });

  it("puts a user in the regions of the metering points they linked, and one with none in 'none'", async () => {
    expect(counts(await report(`/api/support/reports/registrations?${range}&region=BG`))).toEqual([
      1, 0, 0, 1, 0,
    ]);
    expect(counts(await report(`/api/support/reports/registrations?${range}&region=NS`))).toEqual([
      0, 1, 0, 1, 0,
    ]);
    expect(counts(await report(`/api/support/reports/registrations?${range}&region=none`))).toEqual([
      0, 0, 1, 0, 0,
    ]);
    expect((await report(`/api/support/reports/registrations?${range}&region=KG`)).total).toBe(0);
  });

  it('gives the same as CSV for Excel in Serbia: BOM, semicolons, CRLF', async () => {
    const answer = await get(`/api/support/reports/registrations/export?${range}`);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['content-disposition']).toContain('registracije-2011-03-25-2011-03-29.csv');
    expect(answer.body).toBe(
      '\uFEFFdate;registrations;cumulative\r\n' +
        '2011-03-25;1;1\r\n2011-03-26;1;2\r\n2011-03-27;1;3\r\n2011-03-28;1;4\r\n2011-03-29;0;4\r\n',
    );
  });
});

describe('payments', () => {
  it('counts payments by payment date and channel, a reversal as -1 on its own date', async () => {
    const body = await report(`/api/support/reports/payments?${range}`);
    expect(body).toMatchObject({ region: null, channel: null, total: 3, totalAmount: '1650.50' });
    expect(body.days.map((d: object) => ({ ...d, byChannel: undefined }))).toEqual([
      { date: days[0], count: 2, amount: '1250.50', cumulative: 2, cumulativeAmount: '1250.50' },
      { date: days[1], count: 1, amount: '300.00', cumulative: 3, cumulativeAmount: '1550.50' },
      { date: days[2], count: 0, amount: '0.00', cumulative: 3, cumulativeAmount: '1550.50' },
      { date: days[3], count: 1, amount: '400.00', cumulative: 4, cumulativeAmount: '1950.50' },
      { date: days[4], count: -1, amount: '-300.00', cumulative: 3, cumulativeAmount: '1650.50' },
    ]);
    expect(body.days[0].byChannel).toEqual({
      portal_card: 1,
      portal_ips: 0,
      ips: 0,
      bank: 1,
      post: 0,
      cashier: 0,
      other: 0,
    });
    expect(body.days[4].byChannel.post).toBe(-1);
  });

  it('filters by region and channel', async () => {
    expect(counts(await report(`/api/support/reports/payments?${range}&region=BG`))).toEqual([2, 0, 0, 0, 0]);
    expect(counts(await report(`/api/support/reports/payments?${range}&channel=post`))).toEqual([
      0, 1, 0, 0, -1,
    ]);
    const portal = await report(`/api/support/reports/payments?${range}&region=NS&channel=portal_ips`);
    expect(counts(portal)).toEqual([0, 0, 0, 1, 0]);
    expect(portal).toMatchObject({ region: 'NS', channel: 'portal_ips', totalAmount: '400.00' });
  });

  it('gives the same as CSV, amounts with a decimal comma', async () => {
    const answer = await get(`/api/support/reports/payments/export?from=2011-03-25&to=2011-03-26&region=BG`);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['content-disposition']).toContain('uplate-2011-03-25-2011-03-26-BG.csv');
    expect(answer.body).toBe(
      '\uFEFFdate;payments;amount_rsd;cumulative;cumulative_amount_rsd;' +
        'portal_card;portal_ips;ips;bank;post;cashier;other\r\n' +
        '2011-03-25;2;1250,50;2;1250,50;1;0;0;1;0;0;0\r\n' +
        '2011-03-26;0;0,00;2;1250,50;0;0;0;0;0;0;0\r\n',
    );
  });
});

describe('access and audit', () => {
  it('records each read as support.report.read by the supervisor', async () => {
    await report(`/api/support/reports/payments?from=2011-01-01&to=2011-01-02&channel=bank`);
    const events = await prisma.auditEvent.findMany({
      where: { actorUserId: supervisor.id, action: 'support.report.read' },
      orderBy: { occurredAt: 'desc' },
    });
    expect(events.length).toBeGreaterThanOrEqual(9);
    expect(events.some((e) => (e.details as { channel?: string }).channel === 'bank')).toBe(true);
  });

  it('answers support and customers 403 and anonymous callers 401', async () => {
    for (const path of ['registrations', 'registrations/export', 'payments', 'payments/export']) {
      const url = `/api/support/reports/${path}?${range}`;
      expect((await get(url, support)).statusCode, url).toBe(403);
      expect((await get(url, customerUser)).statusCode, url).toBe(403);
      expect((await get(url, null)).statusCode, url).toBe(401);
    }
  });

  it('refuses a range backwards, over 366 days, a date that does not exist, and unknown filters', async () => {
    for (const query of [
      'from=2011-03-29&to=2011-03-25',
      'from=2011-01-01&to=2012-01-02',
      'from=2011-02-29&to=2011-03-01',
      'from=2011-03-01',
      `${range}&region=bg`,
      `${range}&channel=cash`,
    ]) {
      const answer = await get(`/api/support/reports/payments?${query}`);
      expect(answer.statusCode, query).toBe(400);
      expect(answer.headers['content-type'], query).toContain('application/problem+json');
      expect(answer.json().code, query).toBe('VALIDATION_FAILED');
    }
    const tooLong = await get('/api/support/reports/registrations?from=2011-01-01&to=2012-01-02');
    expect(tooLong.json().errors).toEqual([expect.objectContaining({ path: 'to', code: 'too_big' })]);
    const backwards = await get('/api/support/reports/registrations?from=2011-03-29&to=2011-03-25');
    expect(backwards.json().errors).toEqual([expect.objectContaining({ path: 'to', code: 'too_small' })]);
    const year = await get('/api/support/reports/registrations?from=2012-01-01&to=2012-12-31');
    expect(year.statusCode, year.body).toBe(200);
    expect(year.json().days).toHaveLength(366);
  });
});
