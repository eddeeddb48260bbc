// The EPS household bill (guaranteed supply), line by line as EPS prints it in 2026 (DOMAIN.md).
import { daysBetween } from '../dates.js';
import { amountOf, formatDecimal, percentOf, type Para } from '../money.js';
import { tvFees, valueOn } from './eps-tariffs.js';
import { defaultTariffRules, splitProportionally, type TariffRules } from './rules.js';
import type { BillLine, DatedValue, EpsHouseholdTariff, Register, Zone } from './types.js';
import { distributeOverZones, zoneLimitsFor, type ZoneConsumption, type ZoneLimits } from './zones.js';

export interface EpsHouseholdBillInput {
  /** first and last day of the period, inclusive */
  periodStart: string;
  periodEnd: string;
  /** whole kWh of the period after the meter constant: VT and NT (dual-rate) or single */
  consumption: { vt: number; nt: number } | { single: number };
  /** kW, e.g. "6.90" */
  billingPowerKw: string;
  tvFeeApplies: boolean;
  /** the discount offered on the previous bill, earned by paying it by its due date (para; 0 = none) */
  earnedDiscount: Para;
  /** the customer receives e-bills (a higher on-time discount from October 2025) */
  eBill: boolean;
  /** reduction for vulnerable customers (energetski ugroženi kupci), para */
  vulnerableReduction?: Para;
  tariffs: readonly EpsHouseholdTariff[];
  tvFeeTable?: readonly DatedValue[];
  rules?: TariffRules;
}

export interface PricedSegment {
  tariff: EpsHouseholdTariff;
  from: string;
  to: string;
  days: number;
  limits: ZoneLimits;
  zones: ZoneConsumption[];
}

export interface EpsHouseholdBill {
  days: number;
  lines: BillLine[];
  segments: PricedSegment[];
  /** kWh per zone over the whole period */
  zoneTotals: Record<Zone, number>;
  /** line 14 */
  periodCharge: Para;
  /** line 15 */
  tvFee: Para;
  /** line 14 + line 15: the charge of this bill */
  total: Para;
  /** lines 1 + 2 + 3 of this bill, the base of the next on-time discount */
  discountBase: Para;
  /** printed on this bill: pay by the due date and the next bill is lower by this */
  discountOffer: Para;
  discountRate: string;
}

const zoneNames: Record<Zone, string> = { GREEN: 'Зелена зона', BLUE: 'Плава зона', RED: 'Црвена зона' };
const registerNames: Record<Register, string> = { VT: 'ВТ', NT: 'НТ', SINGLE: 'ЈТ' };

/** The parts of the period priced by each tariff version in force. */
export function splitByTariff(
  periodStart: string,
  periodEnd: string,
  tariffs: readonly EpsHouseholdTariff[],
): { tariff: EpsHouseholdTariff; from: string; to: string; days: number }[] {
  const parts = [...tariffs]
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
    .map((tariff) => ({
      tariff,
      from: tariff.validFrom > periodStart ? tariff.validFrom : periodStart,
      to: tariff.validTo !== null && tariff.validTo < periodEnd ? tariff.validTo : periodEnd,
    }))
    .filter((p) => p.from <= p.to)
    .map((p) => ({ ...p, days: daysBetween(p.from, p.to) + 1 }));
  const covered = parts.reduce((sum, p) => sum + p.days, 0);
  if (covered !== daysBetween(periodStart, periodEnd) + 1) {
    throw new Error(`no EPS household tariff covers every day of ${periodStart} .. ${periodEnd}`);
  }
  return parts;
}

function line(
  partial: Omit<BillLine, 'zone' | 'register' | 'quantity' | 'unit' | 'unitPrice' | 'isSubtotal'> &
    Partial<BillLine>,
): BillLine {
  return {
    zone: null,
    register: null,
    quantity: null,
    unit: null,
    unitPrice: null,
    isSubtotal: false,
    ...partial,
  };
}

export function computeEpsHouseholdBill(input: EpsHouseholdBillInput): EpsHouseholdBill {
  const rules = input.rules ?? defaultTariffRules;
  if (input.periodEnd < input.periodStart) throw new Error('the period ends before it starts');
  const days = daysBetween(input.periodStart, input.periodEnd) + 1;
  const parts = splitByTariff(input.periodStart, input.periodEnd, input.tariffs);
  const split = parts.length > 1;
  const weights = parts.map((p) => p.days);
  const single = 'single' in input.consumption;
  const vtParts = single ? [] : splitProportionally((input.consumption as { vt: number }).vt, weights);
  const ntParts = single ? [] : splitProportionally((input.consumption as { nt: number }).nt, weights);
  const singleParts = single
    ? splitProportionally((input.consumption as { single: number }).single, weights)
    : [];

  const segments: PricedSegment[] = parts.map((part, i) => {
    const limits = zoneLimitsFor(part.tariff.zoneLimits, part.days, rules);
    const consumption = single ? { single: singleParts[i]! } : { vt: vtParts[i]!, nt: ntParts[i]! };
    return { ...part, limits, zones: distributeOverZones(consumption, limits) };
  });

  const lines: BillLine[] = [];
  const period = (s: PricedSegment) => (split ? ` (${s.from} – ${s.to})` : '');
  // Monthly items: one month for a normal period whatever its days; by days/30 for each part of a split one.
  const monthShare = (s: PricedSegment) =>
    split ? { numerator: s.days, denominator: 30 } : { numerator: 1, denominator: 1 };

  for (const s of segments) {
    const share = monthShare(s);
    lines.push(
      line({
        code: '1',
        kind: 'billing_power',
        description: `Обрачунска снага${period(s)}`,
        quantity: input.billingPowerKw,
        unit: 'kW',
        unitPrice: s.tariff.billingPowerPerKw,
        amount: amountOf(input.billingPowerKw, s.tariff.billingPowerPerKw, share),
      }),
    );
  }
  for (const s of segments) {
    const share = monthShare(s);
    lines.push(
      line({
        code: '2',
        kind: 'supplier_cost',
        description: `Трошак гарантованог снабдевача${period(s)}`,
        quantity: split ? formatDecimal({ mantissa: (BigInt(s.days) * 10000n) / 30n, scale: 4 }) : '1',
        unit: 'month',
        unitPrice: s.tariff.supplierCostPerMonth,
        amount: amountOf(1, s.tariff.supplierCostPerMonth, share),
      }),
    );
  }
  for (const s of segments) {
    for (const z of s.zones) {
      const registers: [Register, number][] =
        z.vt === null
          ? [['SINGLE', z.kwh]]
          : [
              ['VT', z.vt],
              ['NT', z.nt!],
            ];
      for (const [register, kwh] of registers) {
        if (kwh === 0) continue;
        const price = s.tariff.energy[z.zone][register];
        lines.push(
          line({
            code: '3',
            kind: 'energy',
            description: `${zoneNames[z.zone]} ${registerNames[register]}${period(s)}`,
            zone: z.zone,
            register,
            quantity: String(kwh),
            unit: 'kWh',
            unitPrice: price,
            amount: amountOf(kwh, price),
          }),
        );
      }
    }
  }
  const discountBase = sum(lines);
  if (input.earnedDiscount > 0) {
    lines.push(
      line({
        code: '4',
        kind: 'discount',
        description: 'Попуст за плаћање у року',
        amount: -input.earnedDiscount,
      }),
    );
  }
  // Lines 5 and 6: fees per kWh of the whole consumption.
  const perKwhFees = [
    ['5', 'renewables_fee', 'Накнада за подстицај повлашћених произвођача', 'renewablesFeePerKwh'],
    ['6', 'efficiency_fee', 'Накнада за унапређење енергетске ефикасности', 'efficiencyFeePerKwh'],
  ] as const;
  for (const [code, kind, description, field] of perKwhFees) {
    for (const s of segments) {
      const kwh = s.zones.reduce((acc, z) => acc + z.kwh, 0);
      const price = s.tariff[field];
      lines.push(
        line({
          code,
          kind,
          description: `${description}${period(s)}`,
          quantity: String(kwh),
          unit: 'kWh',
          unitPrice: price,
          amount: amountOf(kwh, price),
        }),
      );
    }
  }
  const last = segments[segments.length - 1]!.tariff;
  const exciseBase = sum(lines);
  lines.push(
    line({
      code: '8',
      kind: 'excise_base',
      description: 'Основица за акцизу (1+2+3+4+5+6+7)',
      amount: exciseBase,
      isSubtotal: true,
    }),
  );
  const excise = percentOf(exciseBase, last.exciseRate);
  lines.push(
    line({
      code: '9',
      kind: 'excise',
      description: 'Акциза',
      quantity: last.exciseRate,
      unit: '%',
      amount: excise,
    }),
  );
  const vatBase = exciseBase + excise;
  lines.push(
    line({
      code: '10',
      kind: 'vat_base',
      description: 'Основица за ПДВ (8+9)',
      amount: vatBase,
      isSubtotal: true,
    }),
  );
  const vat = percentOf(vatBase, last.vatRate);
  lines.push(
    line({ code: '11', kind: 'vat', description: 'ПДВ', quantity: last.vatRate, unit: '%', amount: vat }),
  );
  const reduction = input.vulnerableReduction ?? 0;
  if (reduction > 0) {
    lines.push(
      line({
        code: '12',
        kind: 'vulnerable_reduction',
        description: 'Умањење за енергетски угроженог купца',
        amount: -reduction,
      }),
    );
  }
  const periodCharge = vatBase + vat - reduction;
  lines.push(
    line({
      code: '14',
      kind: 'period_charge',
      description: 'Задужење за обрачунски период',
      amount: periodCharge,
      isSubtotal: true,
    }),
  );
  const tvFee = input.tvFeeApplies ? amountOf(1, valueOn(input.tvFeeTable ?? tvFees, input.periodEnd)) : 0;
  if (input.tvFeeApplies) {
    lines.push(
      line({
        code: '15',
        kind: 'tv_fee',
        description: 'Такса за јавни медијски сервис',
        quantity: '1',
        unit: 'month',
        unitPrice: valueOn(input.tvFeeTable ?? tvFees, input.periodEnd),
        amount: tvFee,
      }),
    );
  }

  const zoneTotals: Record<Zone, number> = { GREEN: 0, BLUE: 0, RED: 0 };
  for (const s of segments) for (const z of s.zones) zoneTotals[z.zone] += z.kwh;
  const discountRate = input.eBill ? last.onTimeDiscountRateEBill : last.onTimeDiscountRate;
  return {
    days,
    lines,
    segments,
    zoneTotals,
    periodCharge,
    tvFee,
    total: periodCharge + tvFee,
    discountBase,
    discountOffer: percentOf(discountBase, discountRate),
    discountRate,
  };
}

/** The sum of the amount lines (subtotals excluded). */
export function sum(lines: readonly BillLine[]): Para {
  return lines.filter((l) => !l.isSubtotal).reduce((acc, l) => acc + l.amount, 0);
}
