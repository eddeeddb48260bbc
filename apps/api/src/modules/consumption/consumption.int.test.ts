import { consumptionResponse } from '@portal/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createDemoDatabase, demoLogin, type DemoDatabase } from '../../testing/demo-database.js';
import { buildTestApp } from '../../testing/test-app.js';
import { getConsumption } from './consumption.service.js';

const asOf = '2026-11-15';
let demo: DemoDatabase;
let app: App;
let household: { authorization: string };
let business: { authorization: string };
let pointId: string;
let userId: string;

beforeAll(async () => {
  demo = await createDemoDatabase({ customers: 3, asOf });
  app = await buildTestApp({ prisma: demo.prisma });
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

const get = (url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });

describe('consumption of a metering point', () => {
  it('gives 36 billing periods by zone and tariff, matching the bills, in one SQL statement', async () => {
    let statements = 0;
    const counted = demo.prisma.$extends({
      query: {
        $allOperations: ({ args, query }) => {
          statements++;
          return query(args);
        },
      },
    });
    const consumption = await getConsumption(
      { prisma: counted as unknown as typeof demo.prisma, now: () => new Date(`${asOf}T12:00:00Z`) },
      userId,
      pointId,
      {},
    );
    expect(statements).toBe(1);
    expect(consumption.periods.length).toBeGreaterThanOrEqual(35);
    const bills = await demo.prisma.bill.findMany({ where: { meteringPointId: pointId } });
    for (const period of consumption.periods) {
      const bill = bills.find((b) => b.id === period.billId)!;
      expect(period.total).toBe(bill.kwhVt + bill.kwhNt + bill.kwhSingle);
      expect(period.kwh.green + period.kwh.blue + period.kwh.red).toBe(period.total);
      expect(period.amount).toBe(bill.monthTotal.toFixed(2));
    }
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
    const reversed = await get(
      `/api/metering-points/${pointId}/consumption?from=2026-06-30&to=2026-01-01`,
      household,
    );
    expect(reversed.statusCode).toBe(400);
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
