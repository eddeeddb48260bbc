// Card payments against the sandbox gateway running for real on a local port: the portal listens too,
// so the gateway's signed notifications arrive over HTTP as in production.
import { signNotification, signatureHeader } from '@portal/gateway-protocol';
import { describe, expect, it } from 'vitest';
import { usePaymentsHarness } from '../../testing/payments-harness.js';
import { payOnGatewayPage, sandboxKeys, startSandboxGateway } from '../../testing/sandbox-gateway.js';
import { reconcileDueOrders, reconcileOrder } from './reconciliation.js';
import { testClock } from '../../testing/clock.js';

const h = usePaymentsHarness();
const { openBills, startCard, order, until, depsAt, portalPayments, cardOrder, notification } = h;

describe('card payments through the sandbox gateway', () => {
  it('pays two bills of two metering points in one approved payment, oldest first, partly', async () => {
    const { meteringPoints } = await openBills(h.business);
    const [first, second] = meteringPoints.filter((point) => point.bills.length > 0);
    const bills = [first!.bills[0]!, second!.bills[0]!].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
    const amount = (Number(bills[0]!.open) + Number(bills[1]!.open) - 1).toFixed(2);

    const quote = await h.app.inject({
      method: 'POST',
      url: '/api/payments/quote',
      headers: h.business,
      payload: { billIds: bills.map((bill) => bill.id), amount },
    });
    expect(quote.json()).toMatchObject({
      amount,
      fee: '0.00',
      charged: amount,
      allocations: [
        { billId: bills[0]!.id, amount: bills[0]!.open },
        { billId: bills[1]!.id, amount: (Number(bills[1]!.open) - 1).toFixed(2) },
      ],
    });

    const started = await startCard(h.business, { billIds: bills.map((bill) => bill.id), amount });
    expect(started.paymentPageUrl.startsWith(h.gateway.url)).toBe(true);
    // the gateway's page names the bills paid, not the portal's order number
    const gatewayPage = await (await fetch(started.paymentPageUrl)).text();
    for (const bill of bills) expect(gatewayPage).toContain(bill.number);
    const returnTo = await payOnGatewayPage(started.paymentPageUrl, '4111 1111 1111 1111');
    expect(returnTo.startsWith(`${h.app.config.publicUrl}/payments/orders/${started.orderId}`)).toBe(true);

    const paid = await until(
      () => order(h.business, started.orderId),
      (o) => o.status === 'paid',
    );
    expect(paid).toMatchObject({
      status: 'paid',
      amount,
      card: { brand: 'visa', maskedPan: '4111 ******** 1111' },
    });
    const payments = await portalPayments(started.orderId);
    expect(payments.map((p) => [p.billId, p.amount.toFixed(2), p.channel, p.sourceId])).toEqual(
      expect.arrayContaining([
        [bills[0]!.id, bills[0]!.open, 'PORTAL_CARD', null],
        [bills[1]!.id, (Number(bills[1]!.open) - 1).toFixed(2), 'PORTAL_CARD', null],
      ]),
    );

    // the balances and the overview show it at once, marked as waiting for the billing system
    const after = (await openBills(h.business)).meteringPoints.flatMap((p) => p.bills);
    expect(after.find((bill) => bill.id === bills[0]!.id)).toBeUndefined();
    expect(after.find((bill) => bill.id === bills[1]!.id)?.open).toBe('1.00');
    const overview = await h.app.inject({ url: `/api/metering-points/${first!.id}`, headers: h.business });
    expect(Number(overview.json().pendingConfirmation)).toBeGreaterThan(0);
    const ledger = await h.app.inject({
      url: `/api/metering-points/${first!.id}/ledger`,
      headers: h.business,
    });
    const last = ledger.json().entries.at(-1);
    expect(last).toMatchObject({ documentType: 'payment', pendingConfirmation: true });
    expect(Number(last.balance)).toBeCloseTo(
      Number(first!.balance) - Number(payments.find((p) => p.meteringPointId === first!.id)!.amount),
      2,
    );

    const mail = await h.demo.prisma.mailOutbox.findFirst({ where: { template: 'paymentConfirmation' } });
    expect(mail).not.toBeNull();

    const receipt = await h.app.inject({
      url: `/api/payments/orders/${started.orderId}/receipt`,
      headers: h.business,
    });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    // another user's order and receipt are not found
    expect(
      (await h.app.inject({ url: `/api/payments/orders/${started.orderId}`, headers: h.household }))
        .statusCode,
    ).toBe(404);
    expect(
      (await h.app.inject({ url: `/api/payments/orders/${started.orderId}/receipt`, headers: h.household }))
        .statusCode,
    ).toBe(404);
  });

  it('records a declined payment and books nothing', async () => {
    const { meteringPoints } = await openBills(h.household);
    const bill = meteringPoints[0]!.bills[0]!;
    const started = await startCard(h.household, { billIds: [bill.id] });
    await payOnGatewayPage(started.paymentPageUrl, '4000 0000 0000 0002');
    const declined = await until(
      () => order(h.household, started.orderId),
      (o) => o.status === 'declined',
    );
    expect(declined.status).toBe('declined');
    expect(await portalPayments(started.orderId)).toEqual([]);
  });

  it('reports a payment cancelled on the gateway page as cancelled, not declined', async () => {
    const { meteringPoints } = await openBills(h.household);
    const bill = meteringPoints[0]!.bills[0]!;
    const started = await startCard(h.household, { billIds: [bill.id] });
    const back = await fetch(`${started.paymentPageUrl}/cancel`, { method: 'POST', redirect: 'manual' });
    expect(back.headers.get('location')).toContain(`/payments/orders/${started.orderId}`);
    const cancelled = await until(
      () => order(h.household, started.orderId),
      (o) => o.status === 'cancelled',
    );
    expect(cancelled.status).toBe('cancelled');
    expect(await portalPayments(started.orderId)).toEqual([]);
  });

  it('leaves a pending payment processing until reconciliation asks the gateway', async () => {
    const { meteringPoints } = await openBills(h.household);
    const bill = meteringPoints[0]!.bills[0]!;
    const started = await startCard(h.household, { billIds: [bill.id] });
    await payOnGatewayPage(started.paymentPageUrl, '4000 0000 0000 0259');
    const pending = await until(
      () => h.demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: started.orderId } }),
      (o) => o.status === 'PENDING',
    );
    expect(pending.status).toBe('PENDING');
    await new Promise((resolve) => setTimeout(resolve, 400)); // the sandbox settles it, silently

    const deps = depsAt(16 * 60_000);
    expect((await reconcileDueOrders(deps)).applied).toBe(1);
    expect((await reconcileDueOrders(deps)).applied).toBe(0);
    expect((await order(h.household, started.orderId)).status).toBe('paid');
    expect(await portalPayments(started.orderId)).toHaveLength(1);
  });
});

describe('reconciliation', () => {
  it('expires an order the gateway does not know (it restarted) after the normal window', async () => {
    const { meteringPoints } = await openBills(h.household);
    const started = await startCard(h.household, { billIds: [meteringPoints[0]!.bills[0]!.id] });
    const saved = await h.demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: started.orderId } });
    const restarted = await startSandboxGateway();
    try {
      expect(await reconcileOrder(depsAt(16 * 60_000, restarted.url), saved)).toBe('unchanged');
      const stillOpen = await h.demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: saved.id } });
      expect(stillOpen.status).toBe('CREATED');
      expect(stillOpen.checkedAt).not.toBeNull();
      expect(await reconcileOrder(depsAt(61 * 60_000, restarted.url), saved)).toBe('updated');
      expect((await order(h.household, saved.id)).status).toBe('expired');
    } finally {
      await restarted.close();
    }
  });
});

describe('gateway notifications', () => {
  const deliver = (body: string, options: { key?: string; at?: number; header?: string } = {}) =>
    fetch(`${h.app.config.publicUrl}/api/payments/gateway/notifications`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [signatureHeader]:
          options.header ??
          signNotification(
            options.key ?? sandboxKeys.notificationKey,
            body,
            options.at ?? Math.floor(testClock.now().getTime() / 1000),
          ),
      },
      body,
    });

  it('credits once when the same approval arrives five times at once, and a later decline undoes nothing', async () => {
    const { saved } = await cardOrder();
    const body = notification(saved, 'approved', 'evt-dup-1');
    const answers = await Promise.all(Array.from({ length: 5 }, () => deliver(body)));
    expect(answers.map((answer) => answer.status)).toEqual([204, 204, 204, 204, 204]);
    expect(await portalPayments(saved.id)).toHaveLength(1);
    const ledgerCredits = await h.demo.prisma.ledgerEntry.count({
      where: { payment: { paymentOrderId: saved.id } },
    });
    expect(ledgerCredits).toBe(1);
    const outcomes = await h.demo.prisma.gatewayNotification.groupBy({
      by: ['outcome'],
      where: { orderId: saved.id },
      _count: true,
    });
    expect(Object.fromEntries(outcomes.map((o) => [o.outcome, o._count]))).toEqual({
      applied: 1,
      unchanged: 4,
    });

    expect((await deliver(notification(saved, 'declined', 'evt-dup-2'))).status).toBe(204);
    const after = await h.demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: saved.id } });
    expect(after.status).toBe('APPROVED');
    expect(await portalPayments(saved.id)).toHaveLength(1);
  });

  it('refuses a tampered body, a wrong key, a stale timestamp and an amount other than the order', async () => {
    const { saved } = await cardOrder();
    const body = notification(saved, 'approved', 'evt-bad-1');
    const signed = signNotification(
      sandboxKeys.notificationKey,
      body,
      Math.floor(testClock.now().getTime() / 1000),
    );
    expect((await deliver(body.replace('"approved"', '"approved" '), { header: signed })).status).toBe(401);
    expect((await deliver(body, { key: 'another-key-0123456789abcdef-0123456' })).status).toBe(401);
    expect((await deliver(body, { at: Math.floor(testClock.now().getTime() / 1000) - 301 })).status).toBe(
      401,
    );
    const wrongAmount = body.replace(`"amount":"${saved.amount.toFixed(2)}"`, '"amount":"1.00"');
    expect((await deliver(wrongAmount)).status).toBe(409);
    expect(await portalPayments(saved.id)).toEqual([]);
    expect((await h.demo.prisma.paymentOrder.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe(
      'CREATED',
    );
    const logged = await h.demo.prisma.gatewayNotification.findMany({
      where: { outcome: { in: ['amount_mismatch', 'signature_mismatch', 'signature_stale'] } },
    });
    expect(logged.map((row) => row.outcome).sort()).toEqual(
      ['amount_mismatch', 'signature_mismatch', 'signature_mismatch', 'signature_stale'].sort(),
    );
  });
});

describe('refused gateway notifications', () => {
  it('are rate limited per source after a burst and write a bounded number of rows', async () => {
    const refusedRows = () =>
      h.demo.prisma.gatewayNotification.count({ where: { outcome: { startsWith: 'signature_' } } });
    const before = await refusedRows();
    const from = { remoteAddress: '203.0.113.9' };
    const body = JSON.stringify({ eventId: 'evt-flood', orderId: 'gw_x', status: 'approved' });
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof h.app.inject>> | undefined;
    for (let i = 0; i < 400; i++) {
      const response = await h.app.inject({
        method: 'POST',
        url: '/api/payments/gateway/notifications',
        headers: {
          'content-type': 'application/json',
          ...(i % 2 ? { [signatureHeader]: 't=1,v1=00' } : {}),
        },
        payload: body,
        ...from,
      });
      statuses.push(response.statusCode);
      limited ??= response.statusCode === 429 ? response : undefined;
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(390);
    expect(limited!.headers['content-type']).toContain('application/problem+json');
    expect(limited!.json().code).toBe('RATE_LIMITED');
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
    expect((await refusedRows()) - before).toBe(10);

    // a notification the gateway signed is still applied from the same address
    const { saved } = await cardOrder(2);
    const signed = notification(saved, 'declined', 'evt-after-flood');
    const valid = await h.app.inject({
      method: 'POST',
      url: '/api/payments/gateway/notifications',
      headers: {
        'content-type': 'application/json',
        [signatureHeader]: signNotification(
          sandboxKeys.notificationKey,
          signed,
          Math.floor(testClock.now().getTime() / 1000),
        ),
      },
      payload: signed,
      ...from,
    });
    expect(valid.statusCode).toBe(204);
  });
});

describe('payment requests', () => {
  it("refuses another user's bills, an amount above what is open, and bills of different regions for one QR", async () => {
    const { meteringPoints } = await openBills(h.household);
    const bill = meteringPoints[0]!.bills[0]!;
    for (const payload of [{ billIds: [bill.id] }, { billIds: [bill.id], amount: '1.00' }]) {
      const foreign = await h.app.inject({
        method: 'POST',
        url: '/api/payments/card',
        headers: h.business,
        payload,
      });
      expect(foreign.statusCode).toBe(422);
      expect(foreign.json().code).toBe('PAYMENT_NOT_POSSIBLE');
    }
    const tooMuch = await h.app.inject({
      method: 'POST',
      url: '/api/payments/quote',
      headers: h.household,
      payload: { billIds: [bill.id], amount: (Number(bill.open) + 0.01).toFixed(2) },
    });
    expect(tooMuch.json().code).toBe('PAYMENT_NOT_POSSIBLE');
    expect(
      await h.demo.prisma.paymentOrder.count({
        where: { user: { usernameNormalized: 'demo.business' }, items: { some: { billId: bill.id } } },
      }),
    ).toBe(0);
  });

  it('makes an IPS QR code for chosen bills of one region and for the whole debt of a metering point', async () => {
    const { meteringPoints } = await openBills(h.household);
    const point = meteringPoints[0]!;
    const bill = point.bills[0]!;
    const forBills = await h.app.inject({
      method: 'POST',
      url: '/api/payments/ips',
      headers: h.household,
      payload: { billIds: [bill.id] },
    });
    expect(forBills.statusCode, forBills.body).toBe(200);
    const qr = forBills.json();
    expect(qr.payload).toContain(`|I:RSD${bill.open.replace('.', ',')}|`);
    expect(qr.payload).toContain(`|RO:97${qr.reference}`);
    expect(qr.reference).toMatch(/^\d{2}9\d{9}$/);

    const forDebt = await h.app.inject({
      method: 'POST',
      url: '/api/payments/ips',
      headers: h.household,
      payload: { meteringPointId: point.id },
    });
    expect(forDebt.statusCode, forDebt.body).toBe(200);
    expect(forDebt.json().reference.slice(2)).toBe(point.billingNumber);

    const foreign = await h.app.inject({
      method: 'POST',
      url: '/api/payments/ips',
      headers: h.business,
      payload: { meteringPointId: point.id },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it("lists payments of all channels and the ledger, refusing another user's metering point", async () => {
    const { meteringPoints } = await openBills(h.household);
    const id = meteringPoints[0]!.id;
    const history = await h.app.inject({
      url: `/api/metering-points/${id}/payments?pageSize=100`,
      headers: h.household,
    });
    expect(history.statusCode).toBe(200);
    const channels = new Set(history.json().items.map((p: { channel: string }) => p.channel));
    expect(channels.size).toBeGreaterThan(0);
    const all = await h.app.inject({ url: '/api/payments?pageSize=5', headers: h.household });
    expect(all.json().total).toBeGreaterThanOrEqual(history.json().total);

    const ledger = (
      await h.app.inject({ url: `/api/metering-points/${id}/ledger`, headers: h.household })
    ).json();
    let balance = Math.round(Number(ledger.openingBalance) * 100);
    for (const entry of ledger.entries) {
      balance += Math.round(Number(entry.debit) * 100) - Math.round(Number(entry.credit) * 100);
      expect(Math.round(Number(entry.balance) * 100)).toBe(balance);
    }
    for (const url of [`/api/metering-points/${id}/payments`, `/api/metering-points/${id}/ledger`]) {
      expect((await h.app.inject({ url, headers: h.business })).statusCode).toBe(404);
    }
  });
});

describe('dunning notices', () => {
  it('settles the open notice once a card payment covers the debt it names', async () => {
    const noticeOpen = () =>
      h.app
        .inject({ url: '/api/metering-points?pageSize=10', headers: h.household })
        .then((response) => response.json().items[0].openDunningNotice);
    const { meteringPoints } = await openBills(h.household);
    const point = meteringPoints[0]!;
    // a notice for what is still open today (the payments above settled the h.demo notice already)
    const debt = point.bills.reduce((sum, bill) => sum + Number(bill.open), 0).toFixed(2);
    const today = new Date(`${testClock.now().toISOString().slice(0, 10)}T00:00:00Z`);
    await h.demo.prisma.dunningNotice.updateMany({
      where: { meteringPointId: point.id },
      data: { status: 'OPEN', settledOn: null, debtDate: today, debtAmount: debt },
    });
    expect(await noticeOpen()).not.toBeNull();
    // the pay page puts such a point first, and finds it by region and ED number
    const withNotice = (await openBills(h.household)).meteringPoints.find((p) => p.id === point.id)!;
    expect(withNotice).toMatchObject({ openNotice: true, region: { id: expect.any(String) } });
    expect(withNotice.edNumber).toMatch(/^\d+$/);
    const started = await startCard(h.household, { billIds: point.bills.map((bill) => bill.id) });
    await payOnGatewayPage(started.paymentPageUrl, '5555 5555 5555 4444');
    await until(
      () => order(h.household, started.orderId),
      (o) => o.status === 'paid',
    );
    expect(await noticeOpen()).toBeNull();
    const notices = await h.app.inject({
      url: `/api/metering-points/${point.id}/notices`,
      headers: h.household,
    });
    expect(notices.json().items.some((n: { status: string }) => n.status === 'settled')).toBe(true);

    // what it still owes beyond the bills (interest) stays payable, as its whole debt
    const detail = await h.app.inject({ url: `/api/metering-points/${point.id}`, headers: h.household });
    const remaining = (await openBills(h.household)).meteringPoints.find((p) => p.id === point.id);
    if (Number(detail.json().balance) > 0) expect(remaining).toMatchObject({ bills: [] });
    else expect(remaining).toBeUndefined();
  });
});

describe('card data', () => {
  it('never reaches the logs of the portal or the gateway, nor the database', async () => {
    expect(h.logs).toContain('gateway notification'); // the capture works
    for (const secret of ['4111 1111 1111 1111', '4111111111111111', '4000000000000259', '12/30', 'cvv']) {
      expect(h.logs).not.toContain(secret);
    }
    const stored = JSON.stringify(await h.demo.prisma.paymentOrder.findMany());
    for (const card of ['4111111111111111', '4000000000000259', '4000000000000002']) {
      expect(stored).not.toContain(card);
      expect(stored).not.toContain(card.replace(/(\d{4})(?=\d)/g, '$1 '));
    }
  });
});
