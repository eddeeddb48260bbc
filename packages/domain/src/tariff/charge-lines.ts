// The charge lines of an EPS household bill: 1 billing power, 2 guaranteed supplier cost, 3 energy,
// 5 renewables fee, 6 energy-efficiency fee.
import { divideRounded, formatDecimal } from '../decimal.js';
import { amountOf } from '../money.js';
import { billLine, registerNames, zoneNames } from './bill-line.js';
import type { PricedSegment } from './priced-segments.js';
import type { TariffRules } from './rules.js';
import type { TariffPart } from './tariff-periods.js';
import type { BillLine, Register } from './types.js';
import type { ZoneConsumption } from './zones.js';

/** Lines 1 and 2: a month each for a normal period whatever its days; split periods per TariffRules. */
export function monthlyLines(
  segments: PricedSegment[],
  billingPowerKw: string,
  rules: TariffRules,
): BillLine[] {
  const split = segments.length > 1;
  const days = segments.reduce((acc, s) => acc + s.days, 0);
  const denominator = rules.monthlyChargesAtPriceChange === 'days-over-30' ? 30 : days;
  const shareOf = (s: PricedSegment) =>
    split ? { numerator: s.days, denominator } : { numerator: 1, denominator: 1 };
  const power = segments.map((s) =>
    billLine({
      code: '1',
      kind: 'billing_power',
      description: `Обрачунска снага${periodLabel(s, split)}`,
      quantity: billingPowerKw,
      unit: 'kW',
      unitPrice: s.tariff.billingPowerPerKw,
      amount: amountOf(billingPowerKw, s.tariff.billingPowerPerKw, shareOf(s)),
    }),
  );
  const supplier = segments.map((s) => {
    const share = shareOf(s);
    const months = divideRounded(BigInt(share.numerator) * 10_000n, BigInt(share.denominator));
    return billLine({
      code: '2',
      kind: 'supplier_cost',
      description: `Трошак гарантованог снабдевача${periodLabel(s, split)}`,
      quantity: formatDecimal({ mantissa: months, scale: 4 }),
      unit: 'month',
      unitPrice: s.tariff.supplierCostPerMonth,
      amount: amountOf(1, s.tariff.supplierCostPerMonth, share),
    });
  });
  return [...power, ...supplier];
}

function registersOf(z: ZoneConsumption): [Register, number][] {
  return z.vt === null
    ? [['SINGLE', z.kwh]]
    : [
        ['VT', z.vt],
        ['NT', z.nt!],
      ];
}

/** Line 3: one sub-line per zone and tariff with any kWh. */
export function energyLines(segments: PricedSegment[]): BillLine[] {
  const split = segments.length > 1;
  return segments.flatMap((s) =>
    s.zones.flatMap((z) =>
      registersOf(z)
        .filter(([, kwh]) => kwh > 0)
        .map(([register, kwh]) => {
          const price = s.tariff.energy[z.zone][register];
          return billLine({
            code: '3',
            kind: 'energy',
            description: `${zoneNames[z.zone]} ${registerNames[register]}${periodLabel(s, split)}`,
            zone: z.zone,
            register,
            quantity: String(kwh),
            unit: 'kWh',
            unitPrice: price,
            amount: amountOf(kwh, price),
          });
        }),
    ),
  );
}

const perKwhFees = [
  ['5', 'renewables_fee', 'Накнада за подстицај повлашћених произвођача', 'renewablesFeePerKwh'],
  ['6', 'efficiency_fee', 'Накнада за унапређење енергетске ефикасности', 'efficiencyFeePerKwh'],
] as const;

/** Lines 5 and 6: fees on every kWh of the period. */
export function perKwhFeeLines(segments: PricedSegment[]): BillLine[] {
  const split = segments.length > 1;
  return perKwhFees.flatMap(([code, kind, description, field]) =>
    segments.map((s) => {
      const kwh = s.zones.reduce((acc, z) => acc + z.kwh, 0);
      const price = s.tariff[field];
      return billLine({
        code,
        kind,
        description: `${description}${periodLabel(s, split)}`,
        quantity: String(kwh),
        unit: 'kWh',
        unitPrice: price,
        amount: amountOf(kwh, price),
      });
    }),
  );
}

function periodLabel(s: TariffPart, split: boolean): string {
  return split ? ` (${s.from} – ${s.to})` : '';
}
