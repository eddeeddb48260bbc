// The EPS bill of a customer with power metering (seeds/001, third layout): 14 energy and power (billing
// power, excess power, active energy VT/NT, reactive energy within and beyond cos φ), 15 supplier cost,
// 16 VAT base, 17 VAT, 19 charge for the period. Quantities are register differences x the meter constant.
import { daysBetween } from '../dates.js';
import { amountOf, type Para } from '../money.js';
import { checkBillingPower, checkPeriod } from './bill-input.js';
import { billLine, registerNames } from './bill-line.js';
import { splitConsumptionByDays } from './consumption.js';
import { businessFeeCodes, businessTaxLines } from './eps-business-lines.js';
import {
  energyFeeLines,
  energyLinesOf,
  monthlyItemLines,
  periodLabel,
  supplierCostItem,
  type MonthlyItem,
} from './line-builders.js';
import {
  billedPower,
  checkMetered,
  defaultPowerMeteringRules,
  meteredFromReadings,
  splitReactive,
  type PowerMeterReadings,
  type PowerMetering,
  type PowerMeteringRules,
  type ReactiveSplit,
} from './power-metering.js';
import { shareConsumption, type ConsumptionSegment } from './priced-segments.js';
import { tariffRulesFor, type TariffRules } from './rules.js';
import { splitByTariff } from './tariff-periods.js';
import type { BillLine, EpsPowerMeteringTariff } from './types.js';

export interface EpsPowerMeteringBillBase {
  category: 'POWER_METERING';
  periodStart: string;
  periodEnd: string;
  /** approved power (odobrena snaga, field 7), kW as a decimal string */
  approvedPowerKw: string;
  tariffs: readonly EpsPowerMeteringTariff[];
  /** any rule left out takes its default (defaultTariffRules, defaultPowerMeteringRules) */
  rules?: Partial<TariffRules & PowerMeteringRules>;
}

export type EpsPowerMeteringBillInput = EpsPowerMeteringBillBase &
  (
    | { metered: PowerMetering; readings?: never }
    | { readings: PowerMeterReadings; meterConstant?: number; metered?: never }
  );

export interface PowerMeteringSegment extends ConsumptionSegment<EpsPowerMeteringTariff> {
  /** this part's share of the reactive energy within the limit and beyond it, kvarh */
  reactive: { within: { vt: number; nt: number }; excess: { vt: number; nt: number } };
}

export interface EpsPowerMeteringBill {
  layout: 'EPS_POWER_METERING';
  days: number;
  /** field 11: the measured quantities after the meter constant */
  metered: PowerMetering;
  /** field 12: the billing quantities */
  billingPowerKw: string;
  excessPowerKw: string;
  /** field 8 and the split of the reactive energy, per tariff over the whole period */
  reactive: { vt: ReactiveSplit; nt: ReactiveSplit };
  lines: BillLine[];
  segments: PowerMeteringSegment[];
  /** line 19 */
  periodCharge: Para;
  total: Para;
}

const reactiveKinds = [
  ['within', 'reactive_energy', 'Реактивна енергија', 'reactivePerKvarh'],
  ['excess', 'excess_reactive_energy', 'Прекомерна реактивна енергија', 'excessReactivePerKvarh'],
] as const;

function reactiveLines(segments: PowerMeteringSegment[]): BillLine[] {
  const split = segments.length > 1;
  return reactiveKinds.flatMap(([part, kind, description, priceField]) =>
    segments.flatMap((s) =>
      (['VT', 'NT'] as const)
        .map((register) => [register, s.reactive[part][register === 'VT' ? 'vt' : 'nt']] as const)
        .filter(([, kvarh]) => kvarh > 0)
        .map(([register, kvarh]) =>
          billLine({
            code: '14',
            kind,
            description: `${description} ${registerNames[register]}${periodLabel(s, split)}`,
            register: register === 'VT' ? 'REACTIVE_VT' : 'REACTIVE_NT',
            quantity: String(kvarh),
            unit: 'kvarh',
            unitPrice: s.tariff[priceField],
            amount: amountOf(kvarh, s.tariff[priceField]),
          }),
        ),
    ),
  );
}

export function computeEpsPowerMeteringBill(input: EpsPowerMeteringBillInput): EpsPowerMeteringBill {
  const rules = { ...tariffRulesFor(input.periodStart), ...defaultPowerMeteringRules, ...input.rules };
  checkPeriod(input.periodStart, input.periodEnd);
  checkBillingPower(input.approvedPowerKw);
  const metered = input.readings
    ? meteredFromReadings(input.readings, input.meterConstant)
    : checkMetered(input.metered);
  const parts = splitByTariff(input.periodStart, input.periodEnd, input.tariffs);
  const last = parts[parts.length - 1]!.tariff;
  // The limit is "for the current billing period" (field 8): taken over the whole period, then its
  // within/excess kvarh shared by days like the active energy.
  const reactive = {
    vt: splitReactive(metered.active.vt, metered.reactive.vt, last.powerFactor, rules),
    nt: splitReactive(metered.active.nt, metered.reactive.nt, last.powerFactor, rules),
  };
  const days = parts.map((p) => p.days);
  const within = splitConsumptionByDays({ vt: reactive.vt.within, nt: reactive.nt.within }, days, rules);
  const excess = splitConsumptionByDays({ vt: reactive.vt.excess, nt: reactive.nt.excess }, days, rules);
  const segments: PowerMeteringSegment[] = shareConsumption(parts, metered.active, rules).map((s, i) => ({
    ...s,
    reactive: {
      within: within[i] as { vt: number; nt: number },
      excess: excess[i] as { vt: number; nt: number },
    },
  }));

  const power = billedPower(metered.maxPowerKw, input.approvedPowerKw, rules);
  const monthly = (item: MonthlyItem<EpsPowerMeteringTariff>) => monthlyItemLines(segments, rules, item);
  const activeOf = (s: PowerMeteringSegment) => ({ zone: null, kwh: totalOf(s), ...activeVtNt(s) });
  const charges = [
    ...monthly({
      code: '14',
      kind: 'billing_power',
      description: 'Обрачунска снага',
      kw: power.billingKw,
      register: 'POWER',
      price: (t) => t.billingPowerPerKw,
    }),
    ...(power.excessKw === '0'
      ? []
      : monthly({
          code: '14',
          kind: 'excess_power',
          description: 'Прекомерна снага',
          kw: power.excessKw,
          register: 'POWER',
          price: (t) => t.excessPowerPerKw,
        })),
    ...energyLinesOf(segments, {
      code: () => '14',
      blocks: (s) => [activeOf(s)],
      price: (s, _block, register) => s.tariff.energy[register as 'VT' | 'NT'],
      name: (_block, register) => `Активна енергија ${registerNames[register]}`,
    }),
    ...reactiveLines(segments),
    ...monthly(supplierCostItem('15')),
    ...energyFeeLines(segments, activeOf, businessFeeCodes),
  ];
  const taxes = businessTaxLines(charges, last, '19');
  return {
    layout: 'EPS_POWER_METERING',
    days: daysBetween(input.periodStart, input.periodEnd) + 1,
    metered,
    billingPowerKw: power.billingKw,
    excessPowerKw: power.excessKw,
    reactive,
    lines: [...charges, ...taxes.lines],
    segments,
    periodCharge: taxes.periodCharge,
    total: taxes.periodCharge,
  };
}

function activeVtNt(s: PowerMeteringSegment): { vt: number; nt: number } {
  return s.consumption as { vt: number; nt: number };
}

function totalOf(s: PowerMeteringSegment): number {
  const { vt, nt } = activeVtNt(s);
  return vt + nt;
}
