// Interest and other debt beyond a metering point's open bills, paid by card: ordered with the point's
// bills at what is owed when the order is made (never more), booked once into the ledger however
// often the gateway says so, and what the debt no longer owed at the approval is booked as surplus.
import type { OpenBillsResponse, PaymentOrder, PaymentQuote, Problem } from '@portal/contract';
import { formatRsd, parseRsd } from '@portal/domain';
import { describe, expect, it } from 'vitest';
import { usePaymentsHarness } from '../../testing/payments-harness.js';
import { payOnGatewayPage } from '../../testing/sandbox-gateway.js';

const h = usePaymentsHarness();
const { openBills, startCard, order, until, portalPayments, notification, deliver } = h;

type Auth = { authorization: string };
type Point = OpenBillsResponse['meteringPoints'][number];

const post = (auth: Auth, url: string, payload: object) =>
  h.app.inject({ method: 'POST', url, headers: auth, payload });

/** Books a debit (interest) or a credit (correction) on a point's ledger, after its last entry. */
async function ledgerEntry(meteringPointId: string, type: 'INTEREST' | 'CORRECTION', amount: string) {
  const last = await h.demo.prisma.ledgerEntry.findFirstOrThrow({
    where: { meteringPointId },
    orderBy: [{ entryDate: 'desc' }, { id: 'desc' }],
  });
  const change = type === 'INTEREST' ? parseRsd(amount) : -parseRsd(amount);
  await h.demo.prisma.ledgerEntry.create({
    data: {
      meteringPointId,
      entryDate: last.entryDate,
      documentType: type,
      documentNumber: `T-${type}-${amount}`,
      debit: type === 'INTEREST' ? amount : '0',
      credit: type === 'INTEREST' ? '0' : amount,
      balance: formatRsd(parseRsd(last.balance.toFixed(2)) + change),
    },
  });
}

const openOn = (point: Point) => point.bills.reduce((sum, bill) => sum + parseRsd(bill.open), 0);
const beyond = (point: Point) => parseRsd(point.balance) - openOn(point);
const pointOf = async (auth: Auth, id: string) =>
  (await openBills(auth)).meteringPoints.find((point) => point.id === id);
const balanceOf = async (meteringPointId: string) =>
  (
    await h.demo.prisma.ledgerEntry.findFirstOrThrow({
      where: { meteringPointId },
      orderBy: [{ entryDate: 'desc' }, { id: 'desc' }],
    })
  ).balance.toFixed(2);

describe('interest and other debt beyond bills, by card', () => {
  it('is ordered with its bills at what is owed now, refused above it, for another user and by IPS', async () => {
    const first = (await openBills(h.household)).meteringPoints[0]!;
    await ledgerEntry(first.id, 'INTEREST', '312.45');
    const point = (await pointOf(h.household, first.id))!;
    const owed = beyond(point);
    expect(owed).toBeGreaterThan(0);
    const billIds = point.bills.map((bill) => bill.id);
    const full = { billIds, debtBeyondBills: [point.id] };

    const quote = await post(h.household, '/api/payments/quote', full);
    expect(quote.statusCode, quote.body).toBe(200);
    expect(quote.json<PaymentQuote>()).toMatchObject({
      amount: formatRsd(openOn(point) + owed),
      debtBeyondBills: [{ meteringPointId: point.id, amount: formatRsd(owed) }],
    });

    // one para more than the bills and the debt beyond them: refused, nothing ordered
    const tooMuch = await post(h.household, '/api/payments/card', {
      ...full,
      amount: formatRsd(openOn(point) + owed + 1),
    });
    expect(tooMuch.statusCode, tooMuch.body).toBe(422);
    expect(tooMuch.json<Problem>().code).toBe('PAYMENT_MORE_THAN_OWED');
    if (billIds.length > 0) {
      // without the point's bills the payment would settle them, oldest first, not the debt
      const alone = await post(h.household, '/api/payments/quote', {
        billIds: [],
        debtBeyondBills: [point.id],
      });
      expect(alone.json<Problem>().code).toBe('PAYMENT_NOT_POSSIBLE');
    }
    for (const url of ['/api/payments/quote', '/api/payments/card']) {
      const foreign = await post(h.business, url, { billIds: [], debtBeyondBills: [point.id] });
      expect(foreign.statusCode, `${url} ${foreign.body}`).toBe(404);
    }
    const ips = await post(h.household, '/api/payments/ips', full);
    expect(ips.json<Problem>().code).toBe('PAYMENT_NOT_POSSIBLE');
    expect(await h.demo.prisma.paymentOrderDebtItem.count()).toBe(0);

    // a partial amount reaches the debt only after the bills
    const partial = await post(h.household, '/api/payments/quote', {
      ...full,
      amount: formatRsd(openOn(point) + 100),
    });
    expect(partial.json<PaymentQuote>().debtBeyondBills).toEqual([
      { meteringPointId: point.id, amount: '1.00' },
    ]);

    const started = await startCard(h.household, full);
    const gatewayPage = await (await fetch(started.paymentPageUrl)).text();
    expect(gatewayPage).toMatch(/kamata i ostali dug/i);
    const saved = await h.demo.prisma.paymentOrder.findUniqueOrThrow({
      where: { id: started.orderId },
      include: { debtItems: true },
    });
    expect(saved.debtItems.map((item) => [item.meteringPointId, item.amount.toFixed(2)])).toEqual([
      [point.id, formatRsd(owed)],
    ]);
    // a second order for the same debt waits for this one
    const again = await post(h.household, '/api/payments/card', full);
    expect(again.json<Problem>().code).toBe('PAYMENT_ORDER_OPEN');

    await payOnGatewayPage(started.paymentPageUrl, '4111 1111 1111 1111');
    const paid = await until(
      () => order(h.household, started.orderId),
      (o) => o.status === 'paid',
    );
    expect(paid).toMatchObject<Partial<PaymentOrder>>({
      debtBeyondBills: [{ meteringPointId: point.id, amount: formatRsd(owed) }],
      surplusCredit: null,
    });

    // the gateway says it again, twice at once: booked once
    const duplicate = notification(saved, 'approved', 'evt-debt-dup');
    const answers = await Promise.all([deliver(duplicate), deliver(duplicate)]);
    expect(answers.map((answer) => answer.status)).toEqual([204, 204]);
    const payments = await portalPayments(started.orderId);
    expect(payments).toHaveLength(billIds.length + 1);
    const onDebt = payments.filter((payment) => payment.billId === null);
    expect(onDebt.map((payment) => payment.amount.toFixed(2))).toEqual([formatRsd(owed)]);
    const item = await h.demo.prisma.paymentOrderDebtItem.findFirstOrThrow({
      where: { orderId: started.orderId },
    });
    expect(item.paymentId).toBe(onDebt[0]!.id);
    expect(
      await h.demo.prisma.ledgerEntry.count({ where: { payment: { paymentOrderId: started.orderId } } }),
    ).toBe(billIds.length + 1);
    expect(await balanceOf(point.id)).toBe('0.00');
    expect(await pointOf(h.household, point.id)).toBeUndefined();
    const mail = await h.demo.prisma.mailOutbox.findFirstOrThrow({
      where: { template: 'paymentConfirmation', subject: { contains: saved.number } },
    });
    expect(mail.textBody).toContain('камата и остали дуг');
  });

  it('books what the debt still owes at the approval, and the rest once as surplus', async () => {
    // a point of the household with no open bill (the one the test above settled, at least)
    const { id: pointId } = await h.demo.prisma.meteringPoint.findFirstOrThrow({
      where: {
        userLinks: { some: { user: { usernameNormalized: 'demo.household' } } },
        bills: { none: { status: 'ISSUED', amountPaid: { lt: h.demo.prisma.bill.fields.monthTotal } } },
      },
    });
    // only interest on it: the debt beyond bills is the whole balance, 100.00
    const before = parseRsd(await balanceOf(pointId));
    if (before !== 100_00)
      await ledgerEntry(
        pointId,
        before < 100_00 ? 'INTEREST' : 'CORRECTION',
        formatRsd(Math.abs(100_00 - before)),
      );
    const debt = (await pointOf(h.household, pointId))!;
    expect(debt.bills).toEqual([]);
    expect(debt.balance).toBe('100.00');

    const started = await startCard(h.household, { billIds: [], debtBeyondBills: [pointId] });
    const saved = await h.demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: started.orderId } });
    expect(saved.amount.toFixed(2)).toBe('100.00');
    // a correction lowers the debt while the customer is on the gateway's page
    await ledgerEntry(pointId, 'CORRECTION', '40.00');
    const body = notification(saved, 'approved', 'evt-debt-changed');
    expect((await deliver(body)).status).toBe(204);
    expect((await deliver(body)).status).toBe(204);

    const payments = await portalPayments(saved.id);
    expect(payments.map((payment) => payment.amount.toFixed(2)).sort()).toEqual(['40.00', '60.00']);
    expect(await balanceOf(pointId)).toBe('-40.00');
    const flagged = await h.demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: saved.id } });
    expect(flagged).toMatchObject({ status: 'APPROVED', reviewReason: 'surplus_credit' });
    expect(await order(h.household, saved.id)).toMatchObject<Partial<PaymentOrder>>({
      status: 'paid',
      debtBeyondBills: [{ meteringPointId: pointId, amount: '100.00' }],
      surplusCredit: '40.00',
    });
  });
});
