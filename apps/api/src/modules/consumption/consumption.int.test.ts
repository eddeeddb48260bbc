import {
  accountConsumptionResponse,
  consumptionCompareResponse,
  consumptionResponse,
} from '@portal/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createDemoDatabase, demoLogin, type DemoDatabase } from '../../testing/demo-database.js';
import { buildTestApp } from '../../testing/test-app.js';
import { getAccountConsumption, getConsumption, type ConsumptionDeps } from './consumption.service.js';

const asOf = '2026-11-15';
let demo: DemoDatabase;
let app: App;
let household: { authorization: string };
let business: { authorization: string };
let pointId: string;
let userId: string;

beforeAll(async () => {
  demo = await createDemoDatabase({ customers: 3, asOf });
  app = await buildTestApp({ prisma: demo.prisma, clock: demo.clock });
  household = await demoLogin(app, 'demo.household');
  business = await demoLogin(app, 'demo.business');
  const link = await demo.prisma.userMeteringPoint.findFirstOrThrow({
    where: { user: { usernameNormalized: 'demo.household' } },
  });
  pointId = link.meteringPointId;
  userId = link.userId;
});

afterAll(async () => {
  await app?.close();
  await demo?.drop();
});

/** The service's dependencies on the app's statements, counting the SQL statements it sends. */
function countingStatements() {
  let count = 0;
  const deps: ConsumptionDeps = {
    statementRows: (sql, params, name) => {
      count++;
      return app.statementRows(sql, params, name);
    },
    now: () => new Date(`${asOf}T12:00:00Z`),
  };
  return { deps, statements: () => count };
}

const get = (url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });

describe('consumption of a metering point', () => {
  it('gives 36 billing periods by zone and tariff, matching the bills, in one SQL statement', async () => {
    const { deps, statements } = countingStatements();
    const consumption = await getConsumption(deps, { userId, role: 'CUSTOMER' }, pointId, {});
    expect(statements()).toBe(1);
    expect(consumption.periods.length).toBeGreaterThanOrEqual(35);
    const bills = await demo.prisma.bill.findMany({ where: { meteringPointId: pointId } });
    for (const period of consumption.periods) {
      const bill = bills.find((b) => b.id === period.billId)!;
      expect(period.total).toBe(bill.kwhVt + bill.kwhNt + bill.kwhSingle);
      expect(period.kwh.green + period.kwh.blue + period.kwh.red).toBe(period.total);
      expect(period.amount).toBe(bill.monthTotal.toFixed(2));
    }
    // The amount by tariff, from the bill's line items: VT and NT both, and the parts add up.
    const lines = await demo.prisma.billLineItem.findMany({
      where: { billId: consumption.periods.at(-1)!.billId, isSubtotal: false },
    });
    const newest = consumption.periods.at(-1)!.tariffAmounts;
    const para = (text: string) => Math.round(Number(text) * 100);
    const ofRegister = (register: string) =>
      lines.filter((l) => l.register === register).reduce((sum, l) => sum + para(l.amount.toFixed(2)), 0);
    expect(para(newest.vt)).toBe(ofRegister('VT'));
    expect(para(newest.nt)).toBe(ofRegister('NT'));
    expect(para(newest.vt)).toBeGreaterThan(0);
    expect(para(newest.nt)).toBeGreaterThan(0);
    for (const period of consumption.periods)
      expect(Object.values(period.tariffAmounts).reduce((sum, a) => sum + para(a), 0)).toBe(
        para(period.amount),
      );
    // The last year's months compare with the two years before.
    const last = consumption.comparisons.at(-1)!;
    expect(last.previousYears.every((kwh) => kwh !== null)).toBe(true);
  });

  it('answers over HTTP, limited to a range', async () => {
    const response = await get(
      `/api/metering-points/${pointId}/consumption?from=2026-01-01&to=2026-06-30`,
      household,
    );
    expect(response.statusCode).toBe(200);
    const body = consumptionResponse.parse(response.json());
    expect(body.periods.length).toBeGreaterThanOrEqual(6);
    expect(body.periods.every((p) => p.periodEnd >= '2026-01-01' && p.periodStart <= '2026-06-30')).toBe(
      true,
    );
    expect(body.periods[0]!.zoneLimitsPer30Days).toMatchObject({ green: 350 });
    // whatever the range, the months a range can be chosen from: the first bill's to the last bill's
    const all = consumptionResponse.parse(
      (
        await get(`/api/metering-points/${pointId}/consumption?from=2010-01-01&to=2030-12-31`, household)
      ).json(),
    );
    expect(body.billedMonths).toEqual({ first: all.periods[0]!.month, last: all.periods.at(-1)!.month });
    const reversed = await get(
      `/api/metering-points/${pointId}/consumption?from=2026-06-30&to=2026-01-01`,
      household,
    );
    expect(reversed.statusCode).toBe(400);
  });

  it('takes a leap day as either end: the years before have no Feb 29, their Feb 28 counts', async () => {
    const from = await get(`/api/metering-points/${pointId}/consumption?from=2024-02-29`, household);
    expect(from.statusCode, from.body).toBe(200);
    const body = consumptionResponse.parse(from.json());
    expect(body.from).toBe('2024-02-29');
    expect(body.periods[0]!.periodEnd >= '2024-02-29').toBe(true);
    // February 2025 against February 2024, the billing month of the leap day, which the range may
    // leave out (its period can end before Feb 29): the comparison reads the years before anyway
    const february = body.comparisons.find((c) => c.month === '2025-02')!;
    const earlier = consumptionResponse.parse(
      (
        await get(`/api/metering-points/${pointId}/consumption?from=2024-01-01&to=2024-03-31`, household)
      ).json(),
    );
    const leapMonth = earlier.periods.find((p) => p.month === '2024-02');
    expect(leapMonth).toBeDefined();
    expect(february.previousYears[0]).toBe(leapMonth!.total);
    for (const url of [
      `/api/metering-points/${pointId}/consumption/export?to=2024-02-29`,
      '/api/consumption?to=2024-02-29',
      `/api/consumption/compare?ids=${pointId}&from=2024-02-29`,
    ]) {
      expect((await get(url, household)).statusCode, url).toBe(200);
    }
    const account = accountConsumptionResponse.parse(
      (await get('/api/consumption?to=2024-02-29', household)).json(),
    );
    expect(account.from).toBe('2021-02-28');
  });

  it('exports CSV with a BOM whose rows are the periods, and ESPI XML', async () => {
    const api = consumptionResponse.parse(
      (await get(`/api/metering-points/${pointId}/consumption`, household)).json(),
    );
    const csv = await get(`/api/metering-points/${pointId}/consumption/export?format=csv`, household);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1);
    expect(rows).toHaveLength(api.periods.length);
    expect(rows[0]!.split(',')[2]).toBe(api.periods[0]!.periodStart);
    const xml = await get(`/api/metering-points/${pointId}/consumption/export?format=espi`, household);
    expect(xml.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(xml.body.match(/<espi:IntervalBlock>/g)).toHaveLength(api.periods.length);
  });

  it("answers another user's metering point like an unknown one", async () => {
    const foreign = await get(`/api/metering-points/${pointId}/consumption`, business);
    const unknown = await get(
      '/api/metering-points/018c0000-0000-7000-8000-000000000000/consumption',
      business,
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe(unknown.json().code);
    expect((await get(`/api/metering-points/${pointId}/consumption/export`, business)).statusCode).toBe(404);
  });
});

describe('consumption of the whole account', () => {
  it('sums every linked metering point per billing month, in one SQL statement', async () => {
    const businessUser = await demo.prisma.user.findFirstOrThrow({
      where: { usernameNormalized: 'demo.business' },
    });
    const { deps, statements } = countingStatements();
    const account = await getAccountConsumption(
      deps,
      { userId: businessUser.id, role: 'CUSTOMER' },
      { from: '2026-01-01', to: '2026-06-30' },
    );
    expect(statements()).toBe(1);
    const links = await demo.prisma.userMeteringPoint.findMany({ where: { userId: businessUser.id } });
    expect(account.meteringPoints.map((p) => p.id).sort()).toEqual(
      links.map((l) => l.meteringPointId).sort(),
    );
    expect(account.months.length).toBeGreaterThanOrEqual(6);

    // Each month is the sum of that month's bills of all the linked metering points.
    const bills = await demo.prisma.bill.findMany({
      where: {
        meteringPointId: { in: links.map((l) => l.meteringPointId) },
        status: 'ISSUED',
        periodStart: { lte: new Date('2026-06-30') },
        periodEnd: { gte: new Date('2026-01-01') },
      },
    });
    const kwh = bills.reduce((sum, b) => sum + b.kwhVt + b.kwhNt + b.kwhSingle, 0);
    expect(account.months.reduce((sum, m) => sum + m.total, 0)).toBe(kwh);
    const amount = bills.reduce((sum, b) => sum + Math.round(Number(b.monthTotal) * 100), 0);
    expect(account.months.reduce((sum, m) => sum + Math.round(Number(m.amount) * 100), 0)).toBe(amount);
    expect(account.months.every((m) => m.meteringPoints > 1)).toBe(true);
    // a business pays for billing power and reactive energy besides VT and NT, summed like the rest
    const summed = (key: 'power' | 'reactiveVt' | 'vt') =>
      account.months.reduce((sum, m) => sum + Math.round(Number(m.tariffAmounts[key]) * 100), 0);
    expect(summed('vt')).toBeGreaterThan(0);
    expect(summed('power')).toBeGreaterThan(0);
    expect(account.billedMonths!.first <= account.months[0]!.month).toBe(true);
    expect(account.billedMonths!.last >= account.months.at(-1)!.month).toBe(true);
    // compared with the sums of the years before; no savings step on a sum
    expect(account.comparisons.map((c) => c.month)).toEqual(account.months.map((m) => m.month));
    expect(account.comparisons.every((c) => c.previousYears[0] !== null)).toBe(true);
    expect(account.comparisons.every((c) => c.savingsDiscountPercent === null)).toBe(true);
    // the newest month against last year, like for like: every point counted once, in or out
    const against = account.againstLastYear!;
    expect(against.month).toBe(account.months.at(-1)!.month);
    expect(against.points + against.missing).toBeLessThanOrEqual(links.length);
    expect(against.points).toBeGreaterThan(0);
    const newest = account.comparisons.at(-1)!;
    if (against.missing === 0)
      expect([against.kwh, against.lastYear]).toEqual([newest.kwh, newest.previousYears[0]]);
  });

  it("answers over HTTP with only the caller's metering points", async () => {
    const mine = accountConsumptionResponse.parse(
      (await get('/api/consumption?from=2025-11-01&to=2026-10-31', household)).json(),
    );
    expect(mine.meteringPoints.map((p) => p.id)).toEqual([pointId]);
    // one metering point: the sum is that point's consumption
    const single = consumptionResponse.parse(
      (
        await get(`/api/metering-points/${pointId}/consumption?from=2025-11-01&to=2026-10-31`, household)
      ).json(),
    );
    expect(mine.months.map((m) => [m.month, m.total, m.amount])).toEqual(
      single.periods.map((p) => [p.month, p.total, p.amount]),
    );
    const theirs = accountConsumptionResponse.parse((await get('/api/consumption', business)).json());
    expect(theirs.meteringPoints.length).toBeGreaterThan(1);
    expect(theirs.meteringPoints.some((p) => p.id === pointId)).toBe(false);
    expect((await get('/api/consumption?from=2026-06-30&to=2026-01-01', business)).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/consumption' })).statusCode).toBe(401);
  });
});

describe('metering points side by side', () => {
  it('gives the kWh of each chosen metering point per month, in the order asked', async () => {
    const account = accountConsumptionResponse.parse((await get('/api/consumption', business)).json());
    const ids = account.meteringPoints.slice(0, 3).map((p) => p.id);
    const response = await get(
      `/api/consumption/compare?ids=${[...ids].reverse().join(',')}&from=2026-01-01&to=2026-06-30`,
      business,
    );
    expect(response.statusCode).toBe(200);
    const body = consumptionCompareResponse.parse(response.json());
    expect(body.meteringPoints.map((p) => p.id)).toEqual([...ids].reverse());
    expect(body.months.length).toBeGreaterThanOrEqual(6);
    for (const point of body.meteringPoints) {
      expect(point.totals).toHaveLength(body.months.length);
      const single = consumptionResponse.parse(
        (
          await get(`/api/metering-points/${point.id}/consumption?from=2026-01-01&to=2026-06-30`, business)
        ).json(),
      );
      for (const period of single.periods)
        expect(point.totals[body.months.indexOf(period.month)]).toBeGreaterThanOrEqual(period.total);
      expect(point.totals.reduce<number>((sum, t) => sum + (t ?? 0), 0)).toBe(
        single.periods.reduce((sum, p) => sum + p.total, 0),
      );
    }
  });

  it("refuses another user's metering point among the ids like an unknown one, and more than five", async () => {
    const account = accountConsumptionResponse.parse((await get('/api/consumption', business)).json());
    const own = account.meteringPoints[0]!.id;
    const foreign = await get(`/api/consumption/compare?ids=${own},${pointId}`, business);
    const unknown = await get(
      `/api/consumption/compare?ids=${own},018c0000-0000-7000-8000-000000000000`,
      business,
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('NOT_FOUND');
    expect(unknown.json().code).toBe(foreign.json().code);
    expect(foreign.body).not.toContain(pointId);
    const six = account.meteringPoints.slice(0, 6).map((p) => p.id);
    expect((await get(`/api/consumption/compare?ids=${six.join(',')}`, business)).statusCode).toBe(400);
    expect((await get('/api/consumption/compare?ids=not-an-id', business)).statusCode).toBe(400);
    expect((await get('/api/consumption/compare', business)).statusCode).toBe(400);
  });
});
