import { clockResponse, regionListResponse } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { fixedClock } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { belgradeDateOf } from '../../lib/belgrade-date.js';
import { testClock } from '../../testing/clock.js';
import { createUser, type TestUser } from '../../testing/customer-data.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let user: TestUser;

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  user = await createUser(app, prisma);
});

afterAll(async () => {
  await prisma?.region.deleteMany({ where: { id: 'SU' } });
  await app?.close();
  await prisma?.$disconnect();
});

describe('GET /api/regions', () => {
  it('needs a login', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/regions' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBeDefined();
  });

  it('lists every region by code with its Cyrillic and Latin name, and nothing else of it', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/regions',
      headers: { authorization: user.authorization },
    });
    expect(response.statusCode).toBe(200);
    const body = regionListResponse.parse(response.json());
    expect(body.regions.map((r) => r.id)).toEqual(['BG', 'KG', 'KV', 'NI', 'NS']);
    expect(body.regions.find((r) => r.id === 'NI')).toEqual({ id: 'NI', name: 'Ниш', nameLatin: 'Niš' });
    for (const region of response.json().regions)
      expect(Object.keys(region).sort()).toEqual(['id', 'name', 'nameLatin']);
  });

  it('names a region added to the table with no other change', async () => {
    await prisma.region.create({
      data: {
        id: 'SU',
        name: 'Суботица',
        nameLatin: 'Subotica',
        billingSystem: 'test',
        branchName: 'огранак Суботица',
        branchAddress: 'Улица 1, Суботица',
        payeeAccount: '845000000040484987',
        payeeName: 'ЈП ЕПС',
      },
    });
    const response = await app.inject({
      method: 'GET',
      url: '/api/regions',
      headers: { authorization: user.authorization },
    });
    expect(response.json().regions).toContainEqual({ id: 'SU', name: 'Суботица', nameLatin: 'Subotica' });
  });
});

describe('GET /api/clock', () => {
  it("answers the app clock's now and its Belgrade date, without a login", async () => {
    const before = testClock.now().getTime();
    const response = await app.inject({ method: 'GET', url: '/api/clock' });
    expect(response.statusCode).toBe(200);
    const body = clockResponse.parse(response.json());
    expect(new Date(body.now).getTime()).toBeGreaterThanOrEqual(before);
    expect(new Date(body.now).getTime()).toBeLessThan(before + 60_000);
    expect(body.today).toBe(belgradeDateOf(new Date(body.now)));
  });

  it('follows a moved clock, in Belgrade time', async () => {
    // 23:30 UTC on 29 February 2028 is already 1 March in Belgrade
    const moved = await buildTestApp({ prisma, clock: fixedClock('2028-02-29T23:30:00Z') });
    try {
      const response = await moved.inject({ method: 'GET', url: '/api/clock' });
      expect(response.json()).toEqual({ today: '2028-03-01', now: '2028-02-29T23:30:00.000Z' });
    } finally {
      await moved.close();
    }
  });
});
