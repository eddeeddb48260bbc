// Fixtures shared by the bill tests of every layout.
import fc from 'fast-check';
import { addDays } from '../dates.js';
import { formatRsd } from '../money.js';
import type { Consumption } from './consumption.js';
import { epsPowerMeteringTariffs } from './eps-business-tariffs.js';
import type { EpsHouseholdBillBase } from './eps-household.js';
import type { EpsPowerMeteringBillInput } from './eps-power-metering.js';
import { epsHouseholdTariffs } from './eps-tariffs.js';
import type { TariffRules } from './rules.js';
import type { BillLine } from './types.js';

/** A 6.90 kW household with TV fee and a paper bill: the seeds' example customer. */
export const householdBase: Omit<EpsHouseholdBillBase, 'periodStart' | 'periodEnd'> = {
  billingPowerKw: '6.90',
  tvFeeApplies: true,
  eBill: false,
  tariffs: epsHouseholdTariffs,
};

/** 40 kW approved, current transformers with meter constant 40; January 2026 (2025 prices). */
export const powerMetered = {
  category: 'POWER_METERING',
  periodStart: '2026-01-01',
  periodEnd: '2026-01-31',
  approvedPowerKw: '40',
  tariffs: epsPowerMeteringTariffs,
  meterConstant: 40,
  readings: {
    active: { vt: { previous: 1000, current: 1250 }, nt: { previous: 500, current: 600 } },
    reactive: { vt: { previous: 100, current: 200 }, nt: { previous: 50, current: 70 } },
    maxPower: '1.05',
  },
} satisfies EpsPowerMeteringBillInput;

/** code -> amounts as printed, for compact expectations */
export const printed = (lines: { code: string; amount: number }[]) =>
  lines.map((l) => `${l.code}:${formatRsd(l.amount)}`);

/** The lines that make the total: every line but the subtotals. */
export const amountLines = (lines: readonly BillLine[]) => lines.filter((l) => !l.isSubtotal);

/** kWh (or kvarh) on the lines of a kind, and of a register when given */
export const quantityOf = (
  lines: readonly BillLine[],
  kind: BillLine['kind'],
  register?: BillLine['register'],
) =>
  lines
    .filter((l) => l.kind === kind && (register === undefined || l.register === register))
    .reduce((acc, l) => acc + Number(l.quantity), 0);

/** 27-35 day periods starting within `spanDays` days of `from` */
export const periodFrom = (from: string, spanDays: number) =>
  fc.tuple(fc.integer({ min: 0, max: spanDays }), fc.integer({ min: 27, max: 35 })).map(([offset, days]) => {
    const periodStart = addDays(from, offset);
    return { periodStart, periodEnd: addDays(periodStart, days - 1) };
  });

/** 27-35 day periods from November 2023 to 2026, many of them across the 1.10.2025 EPS price change */
export const epsPeriod = periodFrom('2023-11-01', 1000);

/** periods that start 1-30 days before the 1.10.2025 EPS price change and end after it */
export const acrossEpsPriceChange = fc
  .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 28, max: 33 }))
  .map(([before, days]) => {
    const periodStart = addDays('2025-10-01', -before);
    return { periodStart, periodEnd: addDays(periodStart, Math.max(days, before + 1) - 1) };
  });

/** a period's kWh on a dual-rate or a single-rate meter */
export const meteredKwh: fc.Arbitrary<Consumption> = fc.oneof(
  fc.record({ vt: fc.integer({ min: 0, max: 4000 }), nt: fc.integer({ min: 0, max: 2500 }) }),
  fc.record({ single: fc.integer({ min: 0, max: 6000 }) }),
);

/** every combination of the named assumptions */
export const tariffRules: fc.Arbitrary<TariffRules> = fc.record({
  zoneLimitRounding: fc.constantFrom('nearest', 'down', 'up'),
  tariffSplitRounding: fc.constantFrom('nt-down-cumulative', 'vt-nearest-cumulative'),
  consumptionSplitAtPriceChange: fc.constantFrom('remainder-to-last', 'cumulative'),
  monthlyChargesAtPriceChange: fc.constantFrom('days-over-30', 'days-over-period'),
});
