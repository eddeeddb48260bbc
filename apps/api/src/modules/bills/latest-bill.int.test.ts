// The rule of latest-bill.ts as its readers see it: the overview (one SQL statement), a metering point's
// page and its notices (supplierOfMeteringPoint) all name the currency of the point's latest issued bill,
// and dinars (EPS) once it has none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createDemoDatabase, demoLogin, type DemoDatabase } from '../../testing/demo-database.js';
import { buildTestApp } from '../../testing/test-app.js';
import { supplierOfMeteringPoint } from './latest-bill.js';

let demo: DemoDatabase;
let app: App;
let user: { authorization: string };
let pointId: string;

beforeAll(async () => {
  demo = await createDemoDatabase({ customers: 1 });
  app = await buildTestApp({ prisma: demo.prisma });
  await app.ready();
  user = await demoLogin(app, 'demo.household');
  pointId = (
    await demo.prisma.userMeteringPoint.findFirstOrThrow({
      where: { user: { usernameNormalized: 'demo.household' } },
      orderBy: { meteringPointId: 'asc' },
    })
  ).meteringPointId;
});

afterAll(async () => {
  await app?.close();
  await demo?.drop();
});

async function currencies(): Promise<string[]> {
  const get = (url: string) => app.inject({ method: 'GET', url, headers: user });
  const list = (await get('/api/metering-points?pageSize=100')).json<{
    items: { id: string; currency: string }[];
  }>();
  const detail = (await get(`/api/metering-points/${pointId}`)).json<{ currency: string }>();
  const notices = (await get(`/api/metering-points/${pointId}/notices`)).json<{ currency: string }>();
  return [list.items.find((item) => item.id === pointId)?.currency ?? '', detail.currency, notices.currency];
}

const issuedBills = () =>
  demo.prisma.bill.findMany({
    where: { meteringPointId: pointId, status: 'ISSUED' },
    orderBy: { periodStart: 'desc' },
  });

describe('the supplier and currency of a metering point', () => {
  it('are those of its latest issued bill, the same on the overview, its page and its notices', async () => {
    const [latest, earlier] = await issuedBills();
    expect(latest && earlier).toBeTruthy();
    await demo.prisma.bill.update({ where: { id: latest!.id }, data: { layout: 'EPCG', currency: 'EUR' } });
    await demo.prisma.bill.update({
      where: { id: earlier!.id },
      data: { layout: 'ERS_BANDS', currency: 'BAM' },
    });
    expect((await supplierOfMeteringPoint(demo.prisma, pointId)).currency).toBe('EUR');
    expect(await currencies()).toEqual(['EUR', 'EUR', 'EUR']);

    // a cancelled bill is not the latest issued one
    await demo.prisma.bill.update({ where: { id: latest!.id }, data: { status: 'CANCELLED' } });
    expect((await supplierOfMeteringPoint(demo.prisma, pointId)).currency).toBe('BAM');
    expect(await currencies()).toEqual(['BAM', 'BAM', 'BAM']);
  });

  it('are EPS in dinars for a point with no issued bill', async () => {
    await demo.prisma.bill.updateMany({ where: { meteringPointId: pointId }, data: { status: 'CANCELLED' } });
    expect(await supplierOfMeteringPoint(demo.prisma, pointId)).toMatchObject({ currency: 'RSD' });
    expect(await currencies()).toEqual(['RSD', 'RSD', 'RSD']);
  });
});
