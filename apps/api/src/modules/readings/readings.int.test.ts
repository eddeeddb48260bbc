// Self-readings through the real API and database: the form's facts, refusals, the confirmation step,
// acceptance, and the access seam (another customer's point, staff's read-only view).
import { readingsResponse, selfReadingSchema } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { clockStartingAt } from '@portal/domain';
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
import { addHistory } from './readings.test-helpers.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let holder: TestUser;
let stranger: TestUser;
let support: TestUser;
let household: TestCustomer;
let strangers: TestCustomer;
let point: string;

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma, clock: clockStartingAt(new Date('2026-11-15T10:00:00Z')) });
  holder = await createUser(app, prisma);
  stranger = await createUser(app, prisma);
  support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  household = await createCustomer(prisma);
  strangers = await createCustomer(prisma);
  await linkPoints(prisma, holder.id, household.meteringPointIds);
  await linkPoints(prisma, stranger.id, strangers.meteringPointIds);
  point = household.meteringPointIds[0]!;
  await addHistory(prisma, point);
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

const url = (id: string) => `/api/metering-points/${id}/readings`;
const list = (user: TestUser, id = point, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: url(id), headers: { authorization: user.authorization, ...headers } });
const submit = (payload: object, user: TestUser = holder, id = point, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: url(id),
    payload,
    headers: { authorization: user.authorization, ...headers },
  });

describe('GET /api/metering-points/:id/readings', () => {
  it("gives the meter's registers and the last reading of record", async () => {
    const answer = await list(holder);
    expect(answer.statusCode, answer.body).toBe(200);
    const body = readingsResponse.parse(answer.json());
    expect(body.registers).toEqual(['vt', 'nt']);
    expect(body.meter?.serialNumber).toMatch(/^M/);
    expect(body.lastReading).toEqual({
      readOn: '2026-11-01',
      vt: 11_000,
      nt: 5_500,
      single: null,
      source: 'record',
    });
  });

  it("answers 404 for another customer's metering point", async () => {
    expect((await list(holder, strangers.meteringPointIds[0])).statusCode).toBe(404);
  });
});

describe('POST /api/metering-points/:id/readings', () => {
  it('refuses a register below the last reading, naming it', async () => {
    const answer = await submit({ readOn: '2026-11-14', vt: 11_100, nt: 5_499 });
    expect(answer.statusCode, answer.body).toBe(422);
    expect(answer.json()).toMatchObject({
      code: 'READING_REFUSED',
      plausibility: {
        reason: 'below_last_reading',
        register: 'nt',
        lastValue: 5_500,
        lastReadOn: '2026-11-01',
      },
    });
  });

  it('refuses a date in the future or not after the last reading', async () => {
    const future = await submit({ readOn: '2026-11-16', vt: 11_100, nt: 5_550 });
    expect(future.json()).toMatchObject({
      code: 'READING_REFUSED',
      plausibility: { reason: 'date_in_future' },
    });
    const early = await submit({ readOn: '2026-11-01', vt: 11_100, nt: 5_550 });
    expect(early.json()).toMatchObject({ plausibility: { reason: 'not_after_last_reading' } });
  });

  it("asks for the meter's registers and no others", async () => {
    const missing = await submit({ readOn: '2026-11-14', vt: 11_100 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'nt', code: 'required' })]);
    const single = await submit({ readOn: '2026-11-14', vt: 11_100, nt: 5_550, single: 1 });
    expect(single.json().errors).toEqual([expect.objectContaining({ path: 'single', code: 'invalid' })]);
    const tooBig = await submit({ readOn: '2026-11-14', vt: 1_000_000, nt: 5_550 });
    expect(tooBig.json().errors).toEqual([expect.objectContaining({ path: 'vt', code: 'too_big' })]);
  });

  it('asks to confirm a value far above the season, stores nothing, and takes it confirmed', async () => {
    const reading = { readOn: '2026-11-14', vt: 12_000, nt: 5_500 };
    const asked = await submit(reading);
    expect(asked.statusCode, asked.body).toBe(409);
    // winter average 900 kWh / 61 days; 13 days: 192 expected, 3 x 191.8 + 100 = 675 allowed
    expect(asked.json()).toMatchObject({
      code: 'READING_NEEDS_CONFIRMATION',
      plausibility: {
        reason: 'far_above_expected',
        consumedKwh: 1_000,
        expectedKwh: 192,
        limitKwh: 675,
        days: 13,
      },
    });
    expect(await prisma.selfReading.count({ where: { meteringPointId: point } })).toBe(0);

    const confirmed = await submit({ ...reading, confirm: true });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    expect(selfReadingSchema.parse(confirmed.json())).toMatchObject({
      ...reading,
      confirmed: true,
      status: 'accepted',
    });
    const stored = await prisma.selfReading.findFirstOrThrow({ where: { meteringPointId: point } });
    expect(stored).toMatchObject({ confirmedReason: 'far_above_expected', submittedBy: holder.id });

    const history = readingsResponse.parse((await list(holder)).json());
    expect(history.selfReadings).toHaveLength(1);
    expect(history.lastReading).toMatchObject({ readOn: '2026-11-14', source: 'self' });
    // the next reading compares with the self-reading: same day again is refused
    expect((await submit({ ...reading, confirm: true })).json().code).toBe('READING_REFUSED');
    // and nothing reached the readings of record the bill engine reads
    expect(
      await prisma.meterReading.count({ where: { meteringPointId: point, readOn: new Date('2026-11-14') } }),
    ).toBe(0);
  });

  it('takes a plausible reading without confirmation', async () => {
    const created = await createCustomer(prisma);
    await linkPoints(prisma, holder.id, created.meteringPointIds);
    const fresh = created.meteringPointIds[0]!;
    await addHistory(prisma, fresh);
    const answer = await submit({ readOn: '2026-11-14', vt: 11_100, nt: 5_550 }, holder, fresh);
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json()).toMatchObject({ confirmed: false, status: 'accepted' });
  });

  it("answers 404 for another customer's metering point and stores nothing", async () => {
    const target = strangers.meteringPointIds[0]!;
    const answer = await submit({ readOn: '2026-11-14', vt: 1, nt: 1 }, holder, target);
    expect(answer.statusCode).toBe(404);
    expect(await prisma.selfReading.count({ where: { meteringPointId: target } })).toBe(0);
  });

  it("lets staff read the history through a customer's view, never submit", async () => {
    const opened = await app.inject({
      method: 'POST',
      url: `/api/support/customers/${household.customerId}/access`,
      headers: { authorization: support.authorization },
      payload: { reason: 'INC-2026-0099 customer asks about a self-reading' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const view = { 'x-support-access': opened.json().accessId as string };
    expect((await list(support, point, view)).statusCode).toBe(200);
    const answer = await submit({ readOn: '2026-11-15', vt: 12_100, nt: 5_600 }, support, point, view);
    expect(answer.statusCode).toBe(403);
    expect(answer.json().code).toBe('SUPPORT_ACCESS_READ_ONLY');
  });
});
