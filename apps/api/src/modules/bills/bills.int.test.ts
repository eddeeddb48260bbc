import { billDetailSchema, billListResponse, type BillDetail } from '@portal/contract';
import { isValidModel97Reference, parseRsd } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createDemoDatabase, demoLogin, type DemoDatabase } from '../../testing/demo-database.js';
import { buildTestApp } from '../../testing/test-app.js';
import { verifyStoredBills } from './bill-reproduction.service.js';
import { pdfText } from '../../documents/pdf-inspect.test-helpers.js';

const asOf = '2026-11-15';
let demo: DemoDatabase;
let app: App;
let household: { authorization: string };
let business: { authorization: string };
let householdPointId: string;

beforeAll(async () => {
  demo = await createDemoDatabase({ customers: 5, asOf });
  app = await buildTestApp({ prisma: demo.prisma, clock: demo.clock });
  household = await demoLogin(app, 'demo.household');
  business = await demoLogin(app, 'demo.business');
  const link = await demo.prisma.userMeteringPoint.findFirstOrThrow({
    where: { user: { usernameNormalized: 'demo.household' } },
  });
  householdPointId = link.meteringPointId;
});

afterAll(async () => {
  await app?.close();
  await demo?.drop();
});

const get = (url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });

describe('bills of a metering point', () => {
  it('lists three years, newest first, with amounts and a payment status', async () => {
    const response = await get(`/api/metering-points/${householdPointId}/bills`, household);
    expect(response.statusCode).toBe(200);
    const list = billListResponse.parse(response.json());
    expect(list.items.length).toBeGreaterThanOrEqual(34);
    expect(list.items.length).toBeLessThanOrEqual(37);
    const starts = list.items.map((bill) => bill.periodStart);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(list.years[0]).toBeGreaterThan(list.years.at(-1)!);
    for (const bill of list.items) {
      expect(['paid', 'partly_paid', 'unpaid', 'overdue']).toContain(bill.status);
      if (bill.status === 'paid')
        expect(parseRsd(bill.amountPaid)).toBeGreaterThanOrEqual(parseRsd(bill.total));
    }
  });

  it('filters by year and by status', async () => {
    const all = billListResponse.parse(
      (await get(`/api/metering-points/${householdPointId}/bills`, household)).json(),
    );
    const year = all.years[1]!;
    const ofYear = billListResponse.parse(
      (await get(`/api/metering-points/${householdPointId}/bills?year=${year}`, household)).json(),
    );
    expect(ofYear.items.length).toBeGreaterThan(0);
    expect(ofYear.items.every((bill) => bill.periodEnd.startsWith(String(year)))).toBe(true);
    const paid = billListResponse.parse(
      (await get(`/api/metering-points/${householdPointId}/bills?status=paid`, household)).json(),
    );
    expect(paid.items.length).toBe(all.items.filter((bill) => bill.status === 'paid').length);
    const invalid = await get(`/api/metering-points/${householdPointId}/bills?status=lost`, household);
    expect(invalid.statusCode).toBe(400);
  });

  it("answers another user's metering point and an unknown one with the same 404", async () => {
    const foreign = await get(`/api/metering-points/${householdPointId}/bills`, business);
    const unknown = await get('/api/metering-points/018c0000-0000-7000-8000-000000000000/bills', business);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe(unknown.json().code);
    expect((await get(`/api/metering-points/${householdPointId}/bills`, {})).statusCode).toBe(401);
  });
});

describe('the analytical view of the debt', () => {
  it('lists the payments in the period with their dates, adding up to the printed sum', async () => {
    const list = billListResponse.parse(
      (await get(`/api/metering-points/${householdPointId}/bills`, household)).json(),
    );
    let withPayments = 0;
    for (const summary of list.items.slice(0, 12)) {
      const detail = billDetailSchema.parse((await get(`/api/bills/${summary.id}`, household)).json());
      const { payments, paymentsInPeriod } = detail.totals;
      expect(payments.reduce((sum, p) => sum + parseRsd(p.amount), 0)).toBe(parseRsd(paymentsInPeriod));
      expect(payments.every((p) => p.paidOn < detail.issueDate)).toBe(true);
      expect(payments.map((p) => p.paidOn)).toEqual(payments.map((p) => p.paidOn).sort());
      if (payments.length) withPayments++;
    }
    expect(withPayments).toBeGreaterThan(6);
  });
});

describe('one bill', () => {
  let bill: BillDetail;

  beforeAll(async () => {
    const list = billListResponse.parse(
      (await get(`/api/metering-points/${householdPointId}/bills`, household)).json(),
    );
    const response = await get(`/api/bills/${list.items[1]!.id}`, household);
    expect(response.statusCode).toBe(200);
    bill = billDetailSchema.parse(response.json());
  });

  it('has every element of the paper bill', () => {
    expect(bill.supplier).toMatchObject({ id: 'eps', name: 'Електропривреда Србије АД Београд' });
    expect(bill.branch!.name).toMatch(/огранак/);
    expect(bill.customer.name).toBe('Марко Петровић');
    expect(bill.contractHolder).toBeNull();
    expect(bill.billingNumber).toBe('2034567891');
    expect(bill.meteringPoint.edNumber).toBeTruthy();
    expect(bill.meter?.serialNumber).toBeTruthy();
    expect(bill.readings.previous?.readOn).toBeTruthy();
    expect(bill.readings.current?.readOn).toBeTruthy();
    expect(bill.days).toBeGreaterThan(25);
    const kwh = bill.consumption.vt + bill.consumption.nt + bill.consumption.single;
    expect(bill.consumption.green + bill.consumption.blue + bill.consumption.red).toBe(kwh);
  });

  it("names the contract's customer apart from the payer when they differ (a tenant's shop)", async () => {
    const link = await demo.prisma.userMeteringPoint.findFirstOrThrow({
      where: { user: { usernameNormalized: 'demo.business' } },
      include: { meteringPoint: { include: { contracts: true, billingAccount: true } } },
    });
    const point = link.meteringPoint;
    const contract = point.contracts[0]!;
    const owner = await demo.prisma.customer.create({
      data: {
        regionId: point.regionId,
        sourceId: 'OWNER-TEST-1',
        personType: 'NATURAL',
        name: 'Milorad Vasić',
        deliveryStreet: 'Njegoševa 3',
        deliveryPostalCode: '11000',
        deliveryCity: 'Beograd',
      },
    });
    await demo.prisma.supplyContract.update({ where: { id: contract.id }, data: { customerId: owner.id } });
    try {
      const list = billListResponse.parse(
        (await get(`/api/metering-points/${point.id}/bills`, business)).json(),
      );
      const tenant = billDetailSchema.parse((await get(`/api/bills/${list.items[0]!.id}`, business)).json());
      expect(tenant.contractHolder).toEqual({ name: 'Milorad Vasić', personType: 'natural' });
      expect(tenant.customer.name).toMatch(/Морава|Morava/);
      expect(tenant.customer.personType).toBe('legal');
      const pdf = await app.inject({
        method: 'GET',
        url: `/api/bills/${tenant.id}/pdf?locale=sr-Cyrl`,
        headers: business,
      });
      const text = await pdfText(pdf.rawPayload);
      expect(text).toContain('Милорад Васић');
      expect(text).toContain(`Шифра платиоца: ${tenant.billingNumber}`);
    } finally {
      await demo.prisma.supplyContract.update({
        where: { id: contract.id },
        data: { customerId: contract.customerId },
      });
    }
  });

  it('has lines that add up to the charge for the period, and totals that add up', () => {
    const added = bill.lines
      .filter((line) => !line.isSubtotal)
      .reduce((sum, line) => sum + parseRsd(line.amount), 0);
    expect(added).toBe(parseRsd(bill.total));
    const t = bill.totals;
    expect(parseRsd(t.periodCharge) + parseRsd(t.tvFee)).toBe(parseRsd(t.monthTotal));
    expect(
      parseRsd(t.previousDebt) - parseRsd(t.paymentsInPeriod) + parseRsd(t.interest) + parseRsd(t.monthTotal),
    ).toBe(parseRsd(t.totalToPay));
  });

  it('carries a valid model 97 reference and the IPS QR payload for the total to pay', () => {
    expect(bill.payment!.reference.slice(2, 12)).toBe('2034567891');
    expect(isValidModel97Reference(bill.payment!.reference)).toBe(true);
    expect(bill.payment!.payeeAccountPrinted).toMatch(/^\d{3}-\d{13}-\d{2}$/);
    if (parseRsd(bill.totals.totalToPay) > 0) {
      expect(bill.payment!.ipsQrPayload).toContain(`|RO:97${bill.payment!.reference}`);
      expect(bill.payment!.ipsQrPayload).toContain(`|I:RSD${bill.totals.totalToPay.replace('.', ',')}|`);
    }
  });

  it("answers another user's bill like an unknown one", async () => {
    const foreign = await get(`/api/bills/${bill.id}`, business);
    const unknown = await get('/api/bills/018c0000-0000-7000-8000-000000000000', business);
    expect(foreign.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(foreign.json().code).toBe(unknown.json().code);
  });
});

describe('the tariff engine reproduces the stored bills', () => {
  it('recomputes every bill in the database line for line from its readings, in every layout', async () => {
    const { bills, byLayout, mismatches } = await verifyStoredBills(demo.prisma);
    console.info('bills reproduced per layout:', JSON.stringify(byLayout));
    expect(bills).toBeGreaterThan(1000);
    expect(byLayout.ERS_BANDS).toBeGreaterThan(10);
    expect(byLayout.EPCG).toBeGreaterThan(10);
    // the demo cold store: one metering point with power metering, 36 months
    expect(byLayout.EPS_POWER_METERING).toBeGreaterThanOrEqual(35);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('recomputes power metering from the readings: the reactive energy they measured, the maximum power', async () => {
    const bills = await demo.prisma.bill.findMany({
      where: { layout: 'EPS_POWER_METERING' },
      include: { lineItems: true, meteringPoint: { select: { approvedPowerKw: true } } },
    });
    const kinds = new Set(bills.flatMap((b) => b.lineItems.map((l) => l.kind)));
    // a realistic year has summer peaks above the approved power and reactive energy beyond cos φ 0.95
    expect(kinds).toEqual(new Set([...kinds, 'excess_power', 'excess_reactive_energy', 'reactive_energy']));
    const bill = bills.find((b) => b.lineItems.some((l) => l.kind === 'excess_power'))!;
    const current = await demo.prisma.meterReading.findUniqueOrThrow({
      where: { id: bill.currentReadingId! },
    });
    const tamper = async (data: { reactiveKvarh?: number; maxPowerKw?: string }) =>
      demo.prisma.meterReading.update({ where: { id: current.id }, data });
    try {
      for (const change of [
        { reactiveKvarh: current.reactiveKvarh! + 1 },
        { maxPowerKw: current.maxPowerKw!.plus('0.01').toString() },
      ]) {
        await tamper(change);
        const { mismatches } = await verifyStoredBills(demo.prisma);
        // the bill of the period it closes (the next one starts from it as its previous reading)
        expect(mismatches.map((m) => m.billId)).toContain(bill.id);
        await tamper({ reactiveKvarh: current.reactiveKvarh!, maxPowerKw: current.maxPowerKw!.toString() });
      }
    } finally {
      await tamper({ reactiveKvarh: current.reactiveKvarh!, maxPowerKw: current.maxPowerKw!.toString() });
    }
  });

  it('recomputes the demo prosumer’s bills with net metering and line 7, and notices a line 7 the excise base leaves out', async () => {
    const prosumerBills = await demo.prisma.bill.findMany({
      where: { kwhDeliveredVt: { not: null } },
      include: { lineItems: true },
      orderBy: { periodStart: 'asc' },
    });
    // one household, 36 months (the last may not be issued yet)
    expect(prosumerBills.length).toBeGreaterThanOrEqual(35);
    console.info(`prosumer bills reproduced: ${prosumerBills.length}`);
    for (const bill of prosumerBills) {
      const line7 = bill.lineItems.find((l) => l.code === '7');
      expect(line7?.kind).toBe('distribution_access');
    }
    // a summer bill carries a surplus into the next one
    expect(prosumerBills.some((b) => (b.kwhSurplusInVt ?? 0) > 0)).toBe(true);

    const changed = prosumerBills[0]!;
    await demo.prisma.billLineItem.updateMany({
      where: { billId: changed.id, code: '7' },
      data: { amount: { increment: 1 } },
    });
    const { mismatches } = await verifyStoredBills(demo.prisma);
    expect(mismatches).toEqual([expect.objectContaining({ number: changed.number })]);
    await demo.prisma.billLineItem.updateMany({
      where: { billId: changed.id, code: '7' },
      data: { amount: { decrement: 1 } },
    });
  });

  it('notices a stored EPCG bill that its engine does not give', async () => {
    const line = await demo.prisma.billLineItem.findFirstOrThrow({
      where: { bill: { layout: 'EPCG' }, code: '1' },
    });
    await demo.prisma.billLineItem.update({
      where: {
        billId_periodStart_position: {
          billId: line.billId,
          periodStart: line.periodStart,
          position: line.position,
        },
      },
      data: { amount: line.amount.plus(1) },
    });
    try {
      const { mismatches } = await verifyStoredBills(demo.prisma);
      expect(mismatches.map((m) => m.billId)).toEqual([line.billId]);
    } finally {
      await demo.prisma.billLineItem.update({
        where: {
          billId_periodStart_position: {
            billId: line.billId,
            periodStart: line.periodStart,
            position: line.position,
          },
        },
        data: { amount: line.amount },
      });
    }
  });
});

describe('bills of the other layouts', () => {
  it('carries each bill in its currency and never adds KM and euros to dinars', async () => {
    const regions = await demoLogin(app, 'demo.regions');
    const overview = (await get('/api/metering-points', regions)).json() as {
      items: { id: string; currency: string; lastBill: { currency: string } | null }[];
      totalToPay: string;
      totalsToPay: { currency: string }[];
    };
    expect(overview.items.map((p) => p.currency).sort()).toEqual(['BAM', 'EUR']);
    expect(overview.items.every((p) => p.lastBill?.currency === p.currency)).toBe(true);
    expect(overview.totalToPay).toBe('0.00');
    for (const point of overview.items) {
      const list = billListResponse.parse(
        (await get(`/api/metering-points/${point.id}/bills`, regions)).json(),
      );
      const bill = billDetailSchema.parse((await get(`/api/bills/${list.items[0]!.id}`, regions)).json());
      expect(bill.currency).toBe(point.currency);
      expect(bill.layout).toBe(point.currency === 'BAM' ? 'ERS_BANDS' : 'EPCG');
      // issued and paid by its own supplier: no EPS branch, no Serbian slip or IPS QR code
      expect(bill.supplier).toMatchObject(
        point.currency === 'BAM'
          ? { id: 'ers', name: 'Електропривреда Републике Српске', paymentNote: 'ers_slip' }
          : { id: 'epcg', name: 'Електропривреда Црне Горе', paymentNote: 'epcg_reference' },
      );
      expect(bill.branch).toBeNull();
      expect(bill.payment).toBeNull();
      const pdf = await pdfText((await get(`/api/bills/${bill.id}/pdf?locale=en`, regions)).rawPayload);
      expect(pdf).toContain(point.currency);
      expect(pdf).not.toContain('RSD');
      expect(pdf).not.toMatch(/[\u0400-\u04ff]/);
      expect(pdf).not.toContain('Elektroprivreda Srbije');
    }
  });
});

describe('bill files', () => {
  let billId: string;
  beforeAll(async () => {
    const list = billListResponse.parse(
      (await get(`/api/metering-points/${householdPointId}/bills`, household)).json(),
    );
    billId = list.items[0]!.id;
  });

  it('serves the PDF e-bill of a bill, in the language asked, readable as text', async () => {
    const response = await get(`/api/bills/${billId}/pdf?locale=sr-Cyrl`, household);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="racun-.+\.pdf"/);
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const bill = billDetailSchema.parse((await get(`/api/bills/${billId}`, household)).json());
    const text = await pdfText(pdf);
    expect(text).toContain('Марко Петровић');
    expect(text).toContain(bill.meteringPoint.edNumber);
    const english = await pdfText((await get(`/api/bills/${billId}/pdf?locale=en`, household)).rawPayload);
    expect(english).not.toMatch(/[\u0400-\u04FF]/);
  });

  it("says an on-time discount offer has lapsed once its due date passed unpaid (on the app's clock)", async () => {
    const list = billListResponse.parse(
      (await get(`/api/metering-points/${householdPointId}/bills`, household)).json(),
    );
    const details = await Promise.all(
      list.items.map(async (item) =>
        billDetailSchema.parse((await get(`/api/bills/${item.id}`, household)).json()),
      ),
    );
    const withOffer = details.filter((b) => parseRsd(b.totals.onTimeDiscountOffer) > 0);
    for (const b of withOffer) {
      // asOf is the clock's Belgrade date: overdue means past due and not settled
      if (b.status === 'overdue') expect(b.totals.onTimeDiscount).toBe('lapsed');
      if (b.status === 'unpaid' || b.status === 'partly_paid')
        expect(b.totals.onTimeDiscount).toBe('offered');
      if (b.status === 'paid') {
        expect(b.totals.onTimeDiscount).toBe(b.paidOn! <= b.dueDate ? 'earned' : 'lapsed');
      }
    }
    const lapsed = withOffer.find((b) => b.status === 'overdue');
    expect(lapsed, 'the demo household has an overdue bill with an offer').toBeDefined();
    expect(lapsed!.dueDate < asOf).toBe(true);
    const text = await pdfText(
      (await get(`/api/bills/${lapsed!.id}/pdf?locale=sr-Cyrl`, household)).rawPayload,
    );
    expect(text).toContain('Попуст за плаћање у року је истекао');
    expect(text).not.toContain('остварујете попуст');
  });

  it('zips the PDFs of a year', async () => {
    const list = billListResponse.parse(
      (await get(`/api/metering-points/${householdPointId}/bills`, household)).json(),
    );
    const year = list.years[1]!;
    const response = await get(
      `/api/metering-points/${householdPointId}/bills/archive?year=${year}`,
      household,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const zip = response.rawPayload.toString('latin1');
    const ofYear = list.items.filter((bill) => bill.periodEnd.startsWith(String(year)));
    for (const bill of ofYear) expect(zip).toContain(`racun-${bill.number}.pdf`);
    const empty = await get(`/api/metering-points/${householdPointId}/bills/archive?year=2001`, household);
    expect(empty.statusCode).toBe(404);
  });

  it("refuses another user's bill PDF and archive like unknown ones", async () => {
    expect((await get(`/api/bills/${billId}/pdf`, business)).statusCode).toBe(404);
    const year = Number(asOf.slice(0, 4));
    expect(
      (await get(`/api/metering-points/${householdPointId}/bills/archive?year=${year}`, business)).statusCode,
    ).toBe(404);
  });
});
