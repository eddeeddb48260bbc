// The overview computes the balance, the overdue amount, the pending confirmation and the total to pay
// in SQL (list-query.ts). Here the domain's functions (packages/domain/src/balance.ts) compute them again
// from the same rows, and both must agree to the para.
import type { PrismaClient } from '@portal/db';
import {
  addDays,
  formatRsd,
  ledgerBalance,
  overdueAmount,
  parseRsd,
  pendingConfirmation,
  totalToPay,
} from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import { para } from '../../lib/para.js';
import { createCustomer, createUser, linkPoints, type TestUser } from '../../testing/customer-data.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testClock } from '../../testing/clock.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let user: TestUser;
const points: Record<string, string> = {};

const today = belgradeDateOf(testClock.now());
const day = (offset: number) => addDays(today, offset);
const date = (offset: number) => new Date(`${day(offset)}T00:00:00Z`);
const bill = (due: number, total: string, paid = '0.00') => ({
  periodStart: day(due - 45),
  periodEnd: day(due - 15),
  dueDate: day(due),
  total,
  paid,
});

type DocumentType = 'BILL' | 'PAYMENT' | 'INTEREST' | 'CORRECTION';

/** Ledger entries with their running balance, written "-60 BILL +900.00, -50 PAYMENT -900.00". */
async function ledger(meteringPointId: string, entries: string) {
  let balance = 0;
  for (const [i, entry] of entries.split(', ').entries()) {
    const [on, type, signed] = entry.split(' ') as [string, DocumentType, string];
    const amount = signed.slice(1);
    const debit = signed.startsWith('+') ? amount : '0.00';
    const credit = signed.startsWith('-') ? amount : '0.00';
    balance += parseRsd(debit) - parseRsd(credit);
    await prisma.ledgerEntry.create({
      data: {
        meteringPointId,
        entryDate: date(Number(on)),
        documentType: type,
        documentNumber: `OV-${i}`,
        debit,
        credit,
        balance: formatRsd(balance),
      },
    });
  }
}

async function portalPayment(meteringPointId: string, amount: string, sourceId: string | null) {
  const order = await prisma.paymentOrder.create({
    data: {
      number: `OV${Math.floor(Math.random() * 1e12)}`,
      userId: user.id,
      method: 'CARD',
      status: 'APPROVED',
      amount,
      locale: 'sr-Cyrl',
    },
  });
  await prisma.payment.create({
    data: {
      regionId: 'BG',
      sourceId,
      meteringPointId,
      paidOn: date(-2),
      amount,
      channel: 'PORTAL_CARD',
      paymentOrderId: order.id,
    },
  });
}

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  user = await createUser(app, prisma);
  const customer = await createCustomer(prisma, {
    regionId: 'BG',
    points: [
      // paid in part: the bill past due is overdue beyond the one not yet due
      {
        street: 'A',
        bills: [bill(-45, '900.00', '900.00'), bill(-20, '1000.00', '200.00'), bill(10, '700.00')],
      },
      // in credit
      { street: 'B', bills: [bill(5, '450.10', '450.10')] },
      // a bill due today is not overdue; interest is
      { street: 'C', bills: [bill(-1, '300.00'), bill(0, '400.00')] },
      // no ledger entries at all
      { street: 'D', bills: [bill(-10, '120.00')] },
      // portal payments, one confirmed by the billing system
      { street: 'E', bills: [bill(3, '600.00')] },
      // the balance is less than the bills not yet due: nothing overdue, never below zero
      { street: 'F', bills: [bill(-30, '200.00', '200.00'), bill(12, '800.00')] },
      // a cancelled bill does not count as not yet due
      { street: 'G', bills: [bill(5, '500.00')] },
    ],
  });
  customer.meteringPointIds.forEach((id, i) => (points['ABCDEFG'[i]!] = id));
  await prisma.bill.updateMany({
    where: { meteringPointId: points.G!, status: 'ISSUED' },
    data: { status: 'CANCELLED' },
  });
  await linkPoints(prisma, user.id, customer.meteringPointIds);

  // day offset, document type, +debit or -credit; the last entry is the newest
  await ledger(
    points.A!,
    '-60 BILL +900.00, -50 PAYMENT -900.00, -35 BILL +1000.00, -25 PAYMENT -200.00, -5 BILL +700.00',
  );
  await ledger(points.B!, '-40 CORRECTION -300.00, -10 BILL +450.10, -8 PAYMENT -450.10');
  await ledger(points.C!, '-16 BILL +300.00, -15 BILL +400.00, -3 INTEREST +25.50');
  await ledger(points.E!, '-18 BILL +1000.00, -2 PAYMENT -200.00, -2 PAYMENT -100.00');
  await portalPayment(points.E!, '200.00', null);
  await portalPayment(points.E!, '100.00', `BG-${Math.floor(Math.random() * 1e12)}`);
  await ledger(points.F!, '-45 BILL +200.00, -31 PAYMENT -200.00, -3 BILL +800.00, -1 PAYMENT -100.00');
  await ledger(points.G!, '-15 BILL +500.00');
});

afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
});

/** The same figures from the domain's functions over the stored rows. */
async function byTheDomain(meteringPointId: string) {
  const [last, bills, payments] = await Promise.all([
    prisma.ledgerEntry.findFirst({
      where: { meteringPointId },
      orderBy: [{ entryDate: 'desc' }, { id: 'desc' }],
    }),
    prisma.bill.findMany({ where: { meteringPointId, status: 'ISSUED' } }),
    prisma.payment.findMany({ where: { meteringPointId } }),
  ]);
  const balance = ledgerBalance(last && { balance: para(last.balance) });
  return {
    balance,
    overdueAmount: overdueAmount({
      balance,
      bills: bills.map((b) => ({ dueDate: isoDate(b.dueDate), total: para(b.monthTotal) })),
      today,
    }),
    pendingConfirmation: pendingConfirmation(payments.map((p) => ({ ...p, amount: para(p.amount) }))),
  };
}

describe('the overview against the domain rules', () => {
  it('gives the same balance, overdue amount, pending confirmation and total to pay', async () => {
    const response = await app.inject({
      url: '/api/metering-points?pageSize=100',
      headers: { authorization: user.authorization },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items).toHaveLength(7);
    const balances: number[] = [];
    for (const item of body.items) {
      const expected = await byTheDomain(item.id);
      balances.push(expected.balance);
      expect({
        balance: item.balance,
        overdueAmount: item.overdueAmount,
        pendingConfirmation: item.pendingConfirmation,
      }).toEqual({
        balance: formatRsd(expected.balance),
        overdueAmount: formatRsd(expected.overdueAmount),
        pendingConfirmation: formatRsd(expected.pendingConfirmation),
      });
    }
    expect(body.totalToPay).toBe(formatRsd(totalToPay(balances)));

    // and the data covers each case of the rule
    const of = (street: string) =>
      body.items.find((item: { address: { street: string } }) => item.address.street === street);
    expect(of('A')).toMatchObject({ balance: '1500.00', overdueAmount: '800.00' });
    expect(of('B')).toMatchObject({ balance: '-300.00', overdueAmount: '0.00' });
    expect(of('C')).toMatchObject({ balance: '725.50', overdueAmount: '325.50' });
    expect(of('D')).toMatchObject({ balance: '0.00', overdueAmount: '0.00' });
    expect(of('E')).toMatchObject({
      balance: '700.00',
      overdueAmount: '100.00',
      pendingConfirmation: '200.00',
    });
    expect(of('F')).toMatchObject({ balance: '700.00', overdueAmount: '0.00' });
    expect(of('G')).toMatchObject({ balance: '500.00', overdueAmount: '500.00' });
    expect(body.totalToPay).toBe('4125.50');
  });

  it('filters overdue exactly where the domain finds an overdue amount', async () => {
    const ids = async (overdue: boolean) =>
      (
        await app.inject({
          url: `/api/metering-points?pageSize=100&overdue=${overdue}`,
          headers: { authorization: user.authorization },
        })
      )
        .json()
        .items.map((item: { id: string }) => item.id)
        .sort();
    const expected = [];
    for (const id of Object.values(points)) if ((await byTheDomain(id)).overdueAmount > 0) expected.push(id);
    expect(await ids(true)).toEqual(expected.sort());
    expect((await ids(false)).length).toBe(7 - expected.length);
  });
});
