// One bill cannot be paid twice by card: starts are refused while an open order covers the bills (also
// when they race), an open order can be cancelled, and money an approval brings for bills already
// settled is booked as credit, flagged and explained to the customer.
import type { OpenBill, Problem } from '@portal/contract';
import { signNotification, signatureHeader } from '@portal/gateway-protocol';
import { describe, expect, it } from 'vitest';
import { usePaymentsHarness } from '../../testing/payments-harness.js';
import { payOnGatewayPage, sandboxKeys } from '../../testing/sandbox-gateway.js';
import { testClock } from '../../testing/clock.js';
import { demoLogin } from '../../testing/demo-database.js';

const h = usePaymentsHarness();
const { openBills, startCard, order, until, portalPayments, notification } = h;

const post = (auth: { authorization: string }, url: string, payload: object = {}) =>
  h.app.inject({ method: 'POST', url, headers: auth, payload });

const cancel = (auth: { authorization: string }, orderId: string) =>
  post(auth, `/api/payments/orders/${orderId}/cancel`);

async function businessBills(count: number): Promise<OpenBill[]> {
  const { meteringPoints } = await openBills(h.business);
  return meteringPoints.flatMap((point) => point.bills).slice(0, count);
}

describe('a card order for bills an open order covers', () => {
  it('is refused, naming the open order, and so is an overlapping set and an IPS code', async () => {
    const [a, b, c] = await businessBills(3);
    const first = await startCard(h.business, { billIds: [a!.id, b!.id] });
    const again = await post(h.business, '/api/payments/card', { billIds: [a!.id] });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    const problem: Problem = again.json();
    expect(problem.code).toBe('PAYMENT_ORDER_OPEN');
    expect(problem.title).toMatch(/\S/);
    const saved = await h.demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: first.orderId } });
    expect(problem.openOrders).toEqual([
      {
        id: first.orderId,
        number: saved.number,
        amount: saved.amount.toFixed(2),
        charged: saved.amount.toFixed(2),
        createdAt: saved.createdAt.toISOString(),
        billIds: [a!.id],
        paymentPageUrl: first.paymentPageUrl,
      },
    ]);
    const english = await h.app.inject({
      method: 'POST',
      url: '/api/payments/card',
      headers: { ...h.business, 'accept-language': 'en' },
      payload: { billIds: [b!.id, c!.id] },
    });
    expect(english.statusCode).toBe(409);
    expect(english.json().title).toContain('already been started');
    expect(english.json().openOrders[0].billIds).toEqual([b!.id]);
    const ips = await post(h.business, '/api/payments/ips', { billIds: [b!.id] });
    expect(ips.json().code).toBe('PAYMENT_ORDER_OPEN');
    // the bill not covered can still be paid
    const other = await startCard(h.business, { billIds: [c!.id] });
    expect(
      await h.demo.prisma.paymentOrderItem.count({
        where: { billId: { in: [a!.id, b!.id, c!.id] }, order: { status: 'CREATED' } },
      }),
    ).toBe(3);
    for (const id of [first.orderId, other.orderId])
      expect((await cancel(h.business, id)).statusCode).toBe(200);
  });

  it('makes exactly one order of eight parallel starts for the same bill', async () => {
    const [, , , bill] = await businessBills(4);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post(h.business, '/api/payments/card', { billIds: [bill!.id] })),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([
      201, 409, 409, 409, 409, 409, 409, 409,
    ]);
    const orders = await h.demo.prisma.paymentOrder.findMany({
      where: { items: { some: { billId: bill!.id } } },
    });
    expect(orders).toHaveLength(1);
    const refused = answers.find((answer) => answer.statusCode === 409)!.json();
    expect(refused.openOrders.map((o: { id: string }) => o.id)).toEqual([orders[0]!.id]);
    expect((await cancel(h.business, orders[0]!.id)).statusCode).toBe(200);
  });
});

describe('cancelling a card order', () => {
  it('cancels it here and on the gateway, after which the bills can be paid again', async () => {
    const [bill] = (await openBills(h.household)).meteringPoints[0]!.bills;
    const first = await startCard(h.household, { billIds: [bill!.id] });
    expect((await cancel(h.business, first.orderId)).statusCode).toBe(404);
    const cancelled = await cancel(h.household, first.orderId);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ id: first.orderId, status: 'cancelled' });
    expect((await cancel(h.household, first.orderId)).json().status).toBe('cancelled');
    const onGateway = await fetch(first.paymentPageUrl.replace('/pay/', '/api/v1/orders/'), {
      headers: { authorization: `Bearer ${sandboxKeys.merchantKey}` },
    });
    expect(((await onGateway.json()) as { status: string }).status).toBe('cancelled');
    const saved = await h.demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: first.orderId } });
    expect(saved.cancelledAt).not.toBeNull();
    expect(saved.checkedAt!.getTime()).toBeGreaterThanOrEqual(saved.cancelledAt!.getTime());

    const second = await startCard(h.household, { billIds: [bill!.id] });
    await payOnGatewayPage(second.paymentPageUrl, '4111 1111 1111 1111');
    await until(
      () => order(h.household, second.orderId),
      (o) => o.status === 'paid',
    );
    const paid = await cancel(h.household, second.orderId);
    expect(paid.statusCode).toBe(409);
    expect(paid.json().code).toBe('PAYMENT_ORDER_NOT_CANCELLABLE');
  });
});

describe('an approval for bills already settled', () => {
  it('books the surplus as credit, flags the order, mails the customer, and never overpays the bill', async () => {
    const [bill] = await businessBills(1);
    const late = await startCard(h.business, { billIds: [bill!.id] });
    expect((await cancel(h.business, late.orderId)).statusCode).toBe(200);
    const paid = await startCard(h.business, { billIds: [bill!.id] });
    await payOnGatewayPage(paid.paymentPageUrl, '5555 5555 5555 4444');
    await until(
      () => order(h.business, paid.orderId),
      (o) => o.status === 'paid',
    );
    const bookedBefore = await h.demo.prisma.bill.findUniqueOrThrow({ where: { id: bill!.id } });
    expect(bookedBefore.amountPaid.toFixed(2)).toBe(bookedBefore.monthTotal.toFixed(2));

    // the gateway approves the cancelled order anyway: the money was taken and must be booked
    const saved = await h.demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: late.orderId } });
    const body = notification(saved, 'approved', 'evt-late-approval');
    const delivered = await fetch(`${h.app.config.publicUrl}/api/payments/gateway/notifications`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [signatureHeader]: signNotification(
          sandboxKeys.notificationKey,
          body,
          Math.floor(testClock.now().getTime() / 1000),
        ),
      },
      body,
    });
    expect(delivered.status).toBe(204);

    const after = await h.demo.prisma.bill.findUniqueOrThrow({ where: { id: bill!.id } });
    expect(after.amountPaid.toFixed(2)).toBe(after.monthTotal.toFixed(2));
    const payments = await portalPayments(late.orderId);
    expect(payments.map((p) => [p.billId, p.amount.toFixed(2)])).toEqual([[null, bill!.open]]);
    const credit = await h.demo.prisma.ledgerEntry.findFirstOrThrow({
      where: { paymentId: payments[0]!.id },
    });
    expect(credit.credit.toFixed(2)).toBe(bill!.open);
    const flagged = await h.demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: late.orderId } });
    expect(flagged).toMatchObject({ status: 'APPROVED', reviewReason: 'surplus_credit' });
    expect(await order(h.business, late.orderId)).toMatchObject({
      status: 'paid',
      surplusCredit: bill!.open,
    });
    expect((await order(h.business, paid.orderId)).surplusCredit).toBeNull();
    const mail = await h.demo.prisma.mailOutbox.findFirst({ where: { template: 'paymentSurplus' } });
    expect(mail).not.toBeNull();
    expect(mail!.subject).toContain(saved.number);
    expect(mail!.textBody).toContain('Преплата');
  });
});

describe('a debt in KM or euros', () => {
  it('is neither listed to pay nor taken by card or IPS: the portal takes dinars only', async () => {
    const regions = await demoLogin(h.app, 'demo.regions');
    const bills = await h.demo.prisma.bill.findMany({
      where: { meteringPoint: { userLinks: { some: { user: { usernameNormalized: 'demo.regions' } } } } },
      orderBy: { issueDate: 'desc' },
      select: { id: true, currency: true, meteringPointId: true, amountPaid: true },
    });
    const epcg = bills.find((bill) => bill.currency === 'EUR')!;
    const ers = bills.find((bill) => bill.currency === 'BAM')!;
    // both open, as a bill not yet paid would be
    await h.demo.prisma.bill.updateMany({
      where: { id: { in: [epcg.id, ers.id] } },
      data: { amountPaid: 0 },
    });
    try {
      expect((await openBills(regions)).meteringPoints).toEqual([]);
      for (const payload of [{ billIds: [epcg.id] }, { billIds: [ers.id] }]) {
        for (const url of ['/api/payments/card', '/api/payments/ips', '/api/payments/quote']) {
          const refused = await post(regions, url, payload);
          expect(refused.statusCode, `${url} ${refused.body}`).toBe(422);
          expect(refused.json<Problem>().code).toBe('PAYMENT_NOT_POSSIBLE');
        }
      }
      const debt = await post(regions, '/api/payments/ips', { meteringPointId: epcg.meteringPointId });
      expect(debt.statusCode, debt.body).toBe(422);
      expect(debt.json<Problem>().code).toBe('PAYMENT_NOT_POSSIBLE');
    } finally {
      for (const bill of [epcg, ers])
        await h.demo.prisma.bill.update({ where: { id: bill.id }, data: { amountPaid: bill.amountPaid } });
    }
  });
});
