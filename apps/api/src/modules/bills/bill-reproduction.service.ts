// Loads stored bills in batches of metering points and recomputes them (bill-reproduction.ts).
import type { PrismaClient } from '@portal/db';
import { parseRsd } from '@portal/domain';
import { isoDate } from '../../lib/belgrade-date.js';
import { reproduceBills, type Mismatch, type StoredNetMetering } from './bill-reproduction.js';

export interface ReproductionResult {
  bills: number;
  /** bills recomputed, by layout */
  byLayout: Record<string, number>;
  mismatches: Mismatch[];
}

const batchSize = 200;

export async function verifyStoredBills(prisma: PrismaClient): Promise<ReproductionResult> {
  const result: ReproductionResult = { bills: 0, byLayout: {}, mismatches: [] };
  for (let cursor: string | undefined; ;) {
    const points = await prisma.meteringPoint.findMany({
      take: batchSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
      select: {
        id: true,
        category: true,
        approvedPowerKw: true,
        billingPowerKw: true,
        tvFeeApplies: true,
        meterInstallations: { select: { meter: { select: { constant: true } } }, take: 1 },
        readings: {
          select: {
            id: true,
            vtValue: true,
            ntValue: true,
            singleValue: true,
            maxPowerKw: true,
            reactiveKvarh: true,
          },
        },
        bills: {
          where: { status: 'ISSUED' },
          include: {
            lineItems: {
              orderBy: { position: 'asc' },
              select: { code: true, kind: true, register: true, quantity: true, amount: true },
            },
          },
        },
      },
    });
    if (points.length === 0) return result;
    cursor = points.at(-1)!.id;
    for (const point of points) {
      const readings = new Map(
        point.readings.map((r) => [r.id, { ...r, maxPowerKw: r.maxPowerKw?.toString() ?? null }]),
      );
      const bills = point.bills.map((bill) => ({
        id: bill.id,
        number: bill.number,
        layout: bill.layout,
        periodStart: isoDate(bill.periodStart),
        periodEnd: isoDate(bill.periodEnd),
        issueDate: isoDate(bill.issueDate),
        dueDate: isoDate(bill.dueDate),
        paidOn: bill.paidOn ? isoDate(bill.paidOn) : null,
        onTimeDiscountOffer: parseRsd(bill.onTimeDiscountOffer.toFixed(2)),
        monthTotal: parseRsd(bill.monthTotal.toFixed(2)),
        lines: bill.lineItems.map((line) => ({
          ...line,
          quantity: line.quantity?.toString() ?? null,
          amount: parseRsd(line.amount.toFixed(2)),
        })),
        kwh: { vt: bill.kwhVt, nt: bill.kwhNt, single: bill.kwhSingle },
        previousReading: (bill.previousReadingId && readings.get(bill.previousReadingId)) || null,
        currentReading: (bill.currentReadingId && readings.get(bill.currentReadingId)) || null,
        netMetering: storedNetMetering(bill),
      }));
      result.bills += bills.length;
      for (const bill of bills) result.byLayout[bill.layout] = (result.byLayout[bill.layout] ?? 0) + 1;
      result.mismatches.push(
        ...reproduceBills(bills, {
          category: point.category,
          approvedPowerKw: point.approvedPowerKw.toFixed(2),
          billingPowerKw: point.billingPowerKw.toFixed(2),
          tvFeeApplies: point.tvFeeApplies,
          meterConstant: Number(point.meterInstallations[0]?.meter.constant ?? 1),
          // The billing data does not carry the e-bill choice yet; the demo bills are all paper bills.
          paperless: false,
        }),
      );
    }
  }
}

type KwhColumns = Record<`kwh${'Taken' | 'Delivered' | 'SurplusIn'}${'Vt' | 'Nt' | 'Single'}`, number | null>;

/** A prosumer bill's net metering as stored, or null for other bills. */
export function storedNetMetering(bill: KwhColumns): StoredNetMetering | null {
  const of = (what: 'Taken' | 'Delivered' | 'SurplusIn') =>
    bill.kwhDeliveredSingle !== null
      ? { single: bill[`kwh${what}Single`] ?? 0 }
      : { vt: bill[`kwh${what}Vt`] ?? 0, nt: bill[`kwh${what}Nt`] ?? 0 };
  if (bill.kwhDeliveredVt === null && bill.kwhDeliveredSingle === null) return null;
  return { taken: of('Taken'), delivered: of('Delivered'), surplusBroughtForward: of('SurplusIn') };
}
