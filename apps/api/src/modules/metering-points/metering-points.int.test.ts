import type { PrismaClient } from '@portal/db';
import { addDays } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { belgradeDateOf } from '../../lib/belgrade-date.js';
import {
  createCustomer,
  createUser,
  linkPoints,
  type TestCustomer,
  type TestUser,
} from '../../testing/customer-data.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testClock } from '../../testing/clock.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let user: TestUser;
let stranger: TestUser;
let home: TestCustomer;
let credit: TestCustomer;
let closed: TestCustomer;
let late: TestCustomer;
let shops: TestCustomer;

const today = belgradeDateOf(testClock.now());
const day = (offset: number) => addDays(today, offset);

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  home = await createCustomer(prisma, {
    regionId: 'BG',
    points: [
      {
        street: 'Булевар ослобођења 12',
        balance: '1500.00',
        bills: [
          { periodStart: day(-90), periodEnd: day(-61), dueDate: day(-45), total: '900.00', paid: '900.00' },
          { periodStart: day(-60), periodEnd: day(-31), dueDate: day(-20), total: '1000.00', paid: '200.00' },
          { periodStart: day(-30), periodEnd: day(-1), dueDate: day(10), total: '700.00', paid: '0.00' },
        ],
        openNotice: { kind: 'WARNING_BEFORE_DISCONNECTION', debt: '800.00' },
      },
    ],
  });
  credit = await createCustomer(prisma, {
    regionId: 'NS',
    points: [
      {
        street: 'Змај Јовина 3',
        city: 'Нови Сад',
        balance: '-300.00',
        bills: [
          { periodStart: day(-30), periodEnd: day(-1), dueDate: day(5), total: '450.10', paid: '450.10' },
        ],
      },
    ],
  });
  closed = await createCustomer(prisma, { regionId: 'NI', points: [{ status: 'TERMINATED', city: 'Ниш' }] });
  late = await createCustomer(prisma, {
    regionId: 'KG',
    points: [
      {
        city: 'Крагујевац',
        balance: '250.50',
        bills: [
          { periodStart: day(-40), periodEnd: day(-11), dueDate: day(-2), total: '250.50', paid: '0.00' },
        ],
      },
    ],
  });
  shops = await createCustomer(prisma, {
    regionId: 'KV',
    personType: 'LEGAL',
    points: Array.from({ length: 23 }, (_, i) => ({
      street: `Трговачка ${i + 1}`,
      city: 'Краљево',
      balance: '10.00',
      // the balance is this bill, not due yet: nothing overdue
      bills: [{ periodStart: day(-30), periodEnd: day(-1), dueDate: day(15), total: '10.00', paid: '0.00' }],
    })),
  });
  user = await createUser(app, prisma);
  stranger = await createUser(app, prisma);
  await linkPoints(prisma, user.id, [
    ...home.meteringPointIds,
    ...credit.meteringPointIds,
    ...closed.meteringPointIds,
    ...late.meteringPointIds,
    ...shops.meteringPointIds,
  ]);
  await prisma.userMeteringPoint.update({
    where: { userId_meteringPointId: { userId: user.id, meteringPointId: home.meteringPointIds[0]! } },
    data: { nickname: 'Кућа' },
  });
  await prisma.userMeteringPoint.update({
    where: { userId_meteringPointId: { userId: user.id, meteringPointId: credit.meteringPointIds[0]! } },
    data: { nickname: 'Викендица' },
  });
  // the stranger's own metering point, to show that lists never mix users
  const own = await createCustomer(prisma, { regionId: 'BG', points: [{ balance: '99.00' }] });
  await linkPoints(prisma, stranger.id, own.meteringPointIds);
});

afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

const get = (url: string, who: TestUser = user) =>
  app.inject({ method: 'GET', url, headers: { authorization: who.authorization } });
const list = async (query = '') => {
  const response = await get(`/api/metering-points${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

describe('GET /api/metering-points', () => {
  it('answers a page, the number of matches and the total to pay of all of them', async () => {
    const first = await list();
    expect(first).toMatchObject({ total: 27, page: 1, pageSize: 20, totalToPay: '1980.50' });
    expect(first.totalsToPay).toEqual([{ currency: 'RSD', amount: '1980.50' }]);
    expect(first.items).toHaveLength(20);
    const second = await list('?page=2');
    expect(second.items).toHaveLength(7);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(27);
    const beyond = await list('?page=3');
    expect(beyond).toMatchObject({ items: [], total: 27, totalToPay: '1980.50' });
    // the total to pay does not depend on filters or paging
    expect((await list('?region=NS&pageSize=1')).totalToPay).toBe('1980.50');
  });

  it('describes each metering point: balance, last bill, overdue amount and open notice', async () => {
    const body = await list('?q=Кућа');
    expect(body.items).toEqual([
      {
        id: home.meteringPointIds[0],
        nickname: 'Кућа',
        address: { street: 'Булевар ослобођења 12', postalCode: '11000', city: 'Београд' },
        region: { id: 'BG', name: 'Београд', nameLatin: 'Beograd' },
        edNumber: expect.stringMatching(/^ED\d{8}$/),
        category: 'household',
        status: 'active',
        billingAccount: { id: home.billingAccountId, number: home.billingNumber },
        currency: 'RSD',
        balance: '1500.00',
        syncedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        lastBill: {
          id: home.billIds[2],
          number: expect.any(String),
          periodStart: day(-30),
          periodEnd: day(-1),
          issueDate: day(-1),
          dueDate: day(10),
          currency: 'RSD',
          total: '700.00',
          totalToPay: '700.00',
          paid: false,
        },
        overdueAmount: '800.00',
        pendingConfirmation: '0.00',
        openDunningNotice: {
          id: expect.any(String),
          kind: 'warning_before_disconnection',
          number: expect.any(String),
          issuedOn: expect.any(String),
          debtAmount: '800.00',
          deadline: expect.any(String),
        },
      },
    ]);
    const [creditItem] = (await list('?q=Викендица')).items;
    expect(creditItem).toMatchObject({ balance: '-300.00', overdueAmount: '0.00', openDunningNotice: null });
    expect(creditItem.lastBill).toMatchObject({ total: '450.10', paid: true });
    const [closedItem] = (await list('?status=closed')).items;
    expect(closedItem).toMatchObject({
      status: 'terminated',
      balance: '0.00',
      lastBill: null,
      overdueAmount: '0.00',
    });
  });

  it('searches address, ED number, nickname and billing number', async () => {
    expect(ids(await list('?q=булевар'))).toEqual(home.meteringPointIds);
    expect(ids(await list('?q=Нови%20Сад'))).toEqual(credit.meteringPointIds);
    const edNumber = (await list('?q=Викендица')).items[0].edNumber;
    expect(ids(await list(`?q=${edNumber}`))).toEqual(credit.meteringPointIds);
    expect((await list(`?q=${shops.billingNumber}&pageSize=100`)).total).toBe(23);
    expect((await list('?q=%25')).total).toBe(0); // a literal %, not a wildcard
  });

  it('finds names and places in either script, with or without diacritics', async () => {
    for (const q of ['Ниш', 'Niš', 'nis', 'NIS'])
      expect(ids(await list(`?q=${encodeURIComponent(q)}`)), q).toEqual(closed.meteringPointIds);
    expect(ids(await list('?q=novi%20sad'))).toEqual(credit.meteringPointIds);
    expect(ids(await list('?q=bulevar%20oslobodjenja'))).toEqual(home.meteringPointIds);
    expect(ids(await list('?q=Bulevar%20oslobo%C4%91enja'))).toEqual(home.meteringPointIds);
    expect(ids(await list('?q=vikendica'))).toEqual(credit.meteringPointIds);
    expect((await list('?q=kraljevo&pageSize=100')).total).toBe(23);
  });

  it('filters by region, status and overdue', async () => {
    expect(ids(await list('?region=NS,ni')).sort()).toEqual(
      [credit, closed].flatMap((c) => c.meteringPointIds).sort(),
    );
    expect((await list('?status=active')).total).toBe(26);
    expect(ids(await list('?status=closed'))).toEqual(closed.meteringPointIds);
    expect(ids(await list('?overdue=true')).sort()).toEqual(
      [home, late].flatMap((c) => c.meteringPointIds).sort(),
    );
    expect((await list('?overdue=false')).total).toBe(25);
    expect((await list('?region=KV&overdue=true')).total).toBe(0);
  });

  it('sorts by nickname, address, balance and due date, both ways', async () => {
    // named ones first, alphabetically (Викендица before Кућа)
    expect(ids(await list('?pageSize=2'))).toEqual([credit, home].flatMap((c) => c.meteringPointIds));
    expect(ids(await list('?order=desc&pageSize=2'))).toEqual(
      [home, credit].flatMap((c) => c.meteringPointIds),
    );
    const byBalance = await list('?sort=balance&order=desc&pageSize=100');
    expect(byBalance.items.map((i: { balance: string }) => i.balance).slice(0, 3)).toEqual([
      '1500.00',
      '250.50',
      '10.00',
    ]);
    expect(byBalance.items.at(-1).balance).toBe('-300.00');
    const byDueDate = await list('?sort=dueDate&pageSize=3');
    expect(ids(byDueDate)).toEqual([late, credit, home].flatMap((c) => c.meteringPointIds));
    const byAddress = await list('?sort=address&order=desc&pageSize=1');
    expect(byAddress.items[0].address.city).toBe('Нови Сад');
  });

  it('sorts names and streets naturally: 2 before 10', async () => {
    const streets = (await list('?region=KV&sort=address&pageSize=12')).items.map(
      (i: { address: { street: string } }) => i.address.street,
    );
    expect(streets).toEqual(Array.from({ length: 12 }, (_, i) => `Трговачка ${i + 1}`));

    const owner = await createUser(app, prisma);
    await linkPoints(prisma, owner.id, shops.meteringPointIds.slice(0, 12));
    for (const [i, meteringPointId] of shops.meteringPointIds.slice(0, 12).entries())
      await prisma.userMeteringPoint.update({
        where: { userId_meteringPointId: { userId: owner.id, meteringPointId } },
        data: { nickname: `Радња ${12 - i}` },
      });
    const names = await get('/api/metering-points?sort=nickname&order=desc', owner);
    expect(names.json().items.map((i: { nickname: string }) => i.nickname)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Радња ${12 - i}`),
    );
  });

  it('refuses bad paging and unknown filters', async () => {
    for (const query of ['?pageSize=101', '?page=0', '?sort=eic', '?status=open', '?overdue=yes']) {
      const response = await get(`/api/metering-points${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
    }
  });

  it('shows each user only their own metering points', async () => {
    const body = (await get('/api/metering-points', stranger)).json();
    expect(body).toMatchObject({ total: 1, totalToPay: '99.00' });
    // a debt with no bill still within its due date is past due as a whole
    expect(body.items[0]).toMatchObject({ balance: '99.00', overdueAmount: '99.00', lastBill: null });
  });
});

describe('GET /api/metering-points/:id', () => {
  it('gives the details of a linked metering point', async () => {
    const response = await get(`/api/metering-points/${home.meteringPointIds[0]}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: home.meteringPointIds[0],
      nickname: 'Кућа',
      address: { street: 'Булевар ослобођења 12', postalCode: '11000', city: 'Београд' },
      region: { id: 'BG', name: 'Београд', branchName: 'ЕПС Снабдевање, огранак Београд' },
      billingAccount: { id: home.billingAccountId, number: home.billingNumber },
      customer: { deliveryAddress: { street: 'Доставна 5', postalCode: '11000', city: 'Београд' } },
      category: 'household',
      rateType: 'dual',
      approvedPowerKw: '17.25',
      billingPowerKw: '11.04',
      meter: { serialNumber: expect.any(String), model: 'Iskra ME382', installedOn: '2020-01-15' },
      supplyContract: {
        number: expect.any(String),
        startDate: '2020-01-15',
        endDate: null,
        status: 'active',
      },
      balance: '1500.00',
      paperless: false,
    });
  });

  it('answers 404 alike for a foreign, an unknown and a malformed id', async () => {
    const bodies = new Set<string>();
    for (const id of [home.meteringPointIds[0], '018c0000-0000-7000-8000-000000000000', 'nope']) {
      const response = await get(`/api/metering-points/${id}`, stranger);
      expect(response.statusCode).toBe(404);
      bodies.add(JSON.stringify({ ...response.json(), instance: undefined }));
    }
    expect(bodies.size).toBe(1);
  });
});

describe('PATCH /api/metering-points/:id', () => {
  const patchWith = (id: string, payload: Record<string, unknown>, who: TestUser = user) =>
    app.inject({
      method: 'PATCH',
      url: `/api/metering-points/${id}`,
      headers: { authorization: who.authorization },
      payload,
    });
  const patch = (id: string, nickname: unknown, who: TestUser = user) => patchWith(id, { nickname }, who);

  it('sets a trimmed nickname, and clears it with null or an empty one', async () => {
    const id = late.meteringPointIds[0]!;
    const set = await patch(id, '  Радионица  ');
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ id, nickname: 'Радионица', paperless: false });
    expect((await list('?q=радионица')).items[0].nickname).toBe('Радионица');
    expect((await patch(id, '   ')).json()).toEqual({ id, nickname: null, paperless: false });
    await patch(id, 'Радионица');
    expect((await patch(id, null)).json()).toEqual({ id, nickname: null, paperless: false });
  });

  it('refuses a nickname over 60 characters, and foreign ids', async () => {
    const tooLong = await patch(late.meteringPointIds[0]!, 'я'.repeat(61));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors).toMatchObject([{ path: 'nickname', code: 'too_long' }]);
    const foreign = await patch(home.meteringPointIds[0]!, 'Туђе', stranger);
    expect(foreign.statusCode).toBe(404);
    const unchanged = await get(`/api/metering-points/${home.meteringPointIds[0]}`);
    expect(unchanged.json().nickname).toBe('Кућа');
  });

  it('chooses e-bills only, keeping the nickname, and needs something to change', async () => {
    const id = late.meteringPointIds[0]!;
    await patch(id, 'Радионица');
    const paperless = await patchWith(id, { paperless: true });
    expect(paperless.json()).toEqual({ id, nickname: 'Радионица', paperless: true });
    expect((await get(`/api/metering-points/${id}`)).json().paperless).toBe(true);
    expect((await patchWith(id, {})).statusCode).toBe(400);
  });
});
