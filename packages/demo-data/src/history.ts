// 36 months of one metering point: readings, bills priced by the tariff engine, payments by the
// customer's habit, default interest, the ledger and dunning notices.

import { AccountState } from './account-state.js';
import { addDays, daysBetween, endOfMonth, epcgDiscountEarned, formatRsd, yymm } from '@portal/domain';
import { periodConsumption, periodDelivery, splitTariffs } from './consumption.js';
import { firstPowerRegisters, measurePeriod, type PowerReading } from './demo-power-metering.js';
import { nextDunningNotices, type DunningState } from './dunning.js';
import {
  outsidePaymentReference,
  paymentChannels,
  schedulePayment,
  type ScheduledPayment,
} from './payment-habits.js';
import type { PaymentHabit, PlannedAccount, PlannedMeteringPoint } from './population.js';
import { priceBill } from './pricing.js';
import type { Random } from './random.js';
import type { Sink } from './sink.js';

export interface HistoryOptions {
  asOf: string;
  months: number;
  habit: PaymentHabit;
  /** the newest bills this many are left unpaid whatever the habit (demo accounts) */
  unpaidLatest?: number;
  payerName: string;
  tariffVersionIds: Map<string, string>;
}

// Assumptions of the demo data, not billing rules: the bill is issued a few days after the reading
// and is due 20 days later.
const issueDelay = [4, 8] as const;
const dueAfterIssue = 20;

export function generateHistory(
  random: Random,
  account: PlannedAccount,
  point: PlannedMeteringPoint,
  sink: Sink,
  options: HistoryOptions,
): void {
  const state = new AccountState();
  const dunning: DunningState = { open: [] };
  const dual = point.rateType === 'DUAL';
  let registers = {
    vt: random.int(5_000, 60_000),
    nt: random.int(2_000, 30_000),
    single: random.int(5_000, 80_000),
  };
  // The first reading is on the last day of a month, so the oldest period starts on the 1st (the
  // oldest price list we have starts on 1.11.2023).
  const constant = Number(point.meter.constant ?? '1');
  let power = point.powerMetering ? firstPowerRegisters(random, registers) : null;
  let readOn = endOfMonth(options.asOf, -options.months - 1);
  let previousReadingId = reading(random, point, sink, readOn, 'READ', registers, dual, power && { power });
  let scheduled: ScheduledPayment[] = [];
  let previous:
    | { discountOffer: number; paidOnTime: () => boolean; issueDate: string; paidOn: () => string | null }
    | undefined;
  // a prosumer's surplus carried from one period to the next, per tariff
  let surplus = { vt: 0, nt: 0 };
  let lastTotalToPay = 0;
  let paymentsSinceLastBill = 0;
  let paymentSerial = 0;

  const applyPaymentsUntil = (until: string) => {
    const due = scheduled
      .filter((p) => p.date < until && p.date <= options.asOf)
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    scheduled = scheduled.filter((p) => !due.includes(p));
    for (const p of due) {
      const id = random.uuid();
      const number = `${account.number}-${++paymentSerial}`;
      state.pay(p.date, p.amount, id, number);
      paymentsSinceLastBill += p.amount;
      sink.add('payment', [
        id,
        point.regionId,
        `P-${point.edNumber}-${paymentSerial}`,
        point.id,
        p.date,
        formatRsd(p.amount),
        random.weighted(paymentChannels),
        outsidePaymentReference(account.number, p.date),
        options.payerName,
      ]);
      nextDunningNotices(random, point, state, dunning, p.date, options.asOf);
    }
  };

  for (let month = options.months; month >= 1; month--) {
    const periodStart = addDays(readOn, 1);
    // The period is named by its month; the reading happens around the month's end.
    const billingMonth = endOfMonth(options.asOf, -month);
    readOn = addDays(billingMonth, random.int(-2, 1));
    const days = daysBetween(periodStart, readOn) + 1;
    const kwh = periodConsumption(point.consumption, periodStart, days, random);
    const drawn = splitTariffs(kwh, point.consumption, random);
    const measured =
      power && point.powerMetering
        ? measurePeriod(random, point.powerMetering, constant, drawn, days, power)
        : null;
    // power metering: the registers move by whole units of the constant
    const split = measured?.metered.active ?? drawn;
    if (measured) power = measured.registers;
    registers = measured
      ? { ...registers, vt: measured.registers.vt, nt: measured.registers.nt }
      : dual
        ? { ...registers, vt: registers.vt + split.vt, nt: registers.nt + split.nt }
        : { ...registers, single: registers.single + kwh };
    const kind = random.weighted([
      ['READ', 93],
      ['ESTIMATED', 4],
      ['SELF_READING', 3],
    ] as const);
    const currentReadingId = reading(random, point, sink, readOn, kind, registers, dual, measured?.reading);

    const issueDate = addDays(readOn, random.int(...issueDelay));
    if (issueDate > options.asOf) break;
    const dueDate = addDays(issueDate, dueAfterIssue);
    applyPaymentsUntil(issueDate);
    nextDunningNotices(random, point, state, dunning, issueDate, options.asOf);

    const billId = random.uuid();
    const number = `${yymm(billingMonth)}-${point.edNumber}`;
    const interest = state.bookInterest(issueDate, `K-${number}`);
    const delivered =
      point.solarDailyKwh && dual ? periodDelivery(point.solarDailyKwh, periodStart, days, random) : null;
    const priced = priceBill({
      category: point.category,
      layout: point.layout,
      epcgDiscount: epcgDiscountEarned(
        previous && { issueDate: previous.issueDate, paidOn: previous.paidOn() },
      ),
      periodStart,
      periodEnd: readOn,
      kwh: dual ? split : { single: kwh },
      billingPowerKw: point.billingPowerKw,
      approvedPowerKw: point.approvedPowerKw,
      ...(measured ? { powerMetering: measured.metered } : {}),
      tvFeeApplies: point.tvFeeApplies,
      earnedDiscount: previous?.paidOnTime() ? previous.discountOffer : 0,
      eBill: false,
      ...(delivered ? { prosumer: { delivered, surplusIn: surplus } } : {}),
    });
    const billed = priced.billedKwh;
    const broughtForward = surplus;
    surplus = priced.surplusOut ?? surplus;
    const bill = {
      amountPaid: 0,
      paidOn: null as string | null,
    };
    const totalToPay = lastTotalToPay - paymentsSinceLastBill + interest + priced.monthTotal;
    state.charge(
      {
        date: issueDate,
        type: 'BILL',
        documentNumber: number,
        description: 'Рачун за електричну енергију',
        debit: priced.monthTotal,
        billId,
        paymentId: null,
      },
      dueDate,
      (date) => {
        bill.paidOn = date;
      },
    );
    const row = [
      billId,
      point.regionId,
      // the source id is the bill number, as the regional exports key bills
      number,
      point.id,
      number,
      priced.layout,
      priced.currency,
      periodStart,
      readOn,
      days,
      kind === 'ESTIMATED',
      readOn,
      issueDate,
      dueDate,
      (priced.tariffVersionKey && options.tariffVersionIds.get(priced.tariffVersionKey)) ?? null,
      previousReadingId,
      currentReadingId,
      'vt' in billed ? billed.vt : 0,
      'vt' in billed ? billed.nt : 0,
      'single' in billed ? billed.single : 0,
      priced.zones.green,
      priced.zones.blue,
      priced.zones.red,
      ...(delivered
        ? [split.vt, split.nt, delivered.vt, delivered.nt, broughtForward.vt, broughtForward.nt]
        : Array<null>(6).fill(null)),
      formatRsd(priced.periodCharge),
      formatRsd(priced.tvFee),
      formatRsd(priced.monthTotal),
      formatRsd(lastTotalToPay),
      formatRsd(paymentsSinceLastBill),
      formatRsd(interest),
      formatRsd(totalToPay),
      formatRsd(priced.discountOffer),
    ];
    sink.deferBill(row, () => {
      const charge = state.charges.find((c) => c.billId === billId)!;
      return [formatRsd(priced.monthTotal - charge.remaining), bill.paidOn];
    });
    priced.lines.forEach((line, position) => {
      sink.add('billLineItem', [
        billId,
        periodStart,
        position + 1,
        line.code,
        line.kind,
        line.description,
        line.zone,
        line.register,
        line.quantity,
        line.unit,
        line.unitPrice,
        formatRsd(line.amount),
        line.isSubtotal,
      ]);
    });

    lastTotalToPay = totalToPay;
    paymentsSinceLastBill = 0;
    previousReadingId = currentReadingId;
    previous = {
      discountOffer: priced.discountOffer,
      paidOnTime: () => bill.paidOn !== null && bill.paidOn <= dueDate,
      issueDate,
      paidOn: () => bill.paidOn,
    };

    const unpaid = options.unpaidLatest !== undefined && month <= options.unpaidLatest;
    if (!unpaid)
      scheduled.push(
        ...schedulePayment(
          random,
          options.habit,
          month,
          issueDate,
          dueDate,
          totalToPay,
          priced.monthTotal + interest,
        ),
      );
  }
  applyPaymentsUntil(addDays(options.asOf, 1));
  nextDunningNotices(random, point, state, dunning, options.asOf, options.asOf);
  dunning.open.forEach((notice) => sink.add('dunningNotice', notice.row()));

  for (const entry of state.entries()) {
    sink.add('ledgerEntry', [
      point.id,
      entry.date,
      entry.type,
      entry.documentNumber,
      entry.description,
      formatRsd(entry.debit),
      formatRsd(entry.credit),
      formatRsd(entry.balance),
      entry.billId,
      entry.paymentId,
    ]);
  }
}

function reading(
  random: Random,
  point: PlannedMeteringPoint,
  sink: Sink,
  readOn: string,
  kind: 'READ' | 'ESTIMATED' | 'SELF_READING',
  registers: { vt: number; nt: number; single: number },
  dual: boolean,
  metering?: PowerReading | null,
): string {
  const id = random.uuid();
  sink.add('meterReading', [
    id,
    point.id,
    point.meter.id,
    readOn,
    kind,
    dual ? registers.vt : null,
    dual ? registers.nt : null,
    dual ? null : registers.single,
    metering?.maxPower ?? null,
    metering ? metering.power.reactiveVt + metering.power.reactiveNt : null,
    false,
  ]);
  return id;
}
