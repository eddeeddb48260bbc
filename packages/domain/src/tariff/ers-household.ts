// The ERS household bill (seeds/004): energy by consumption band and tariff (field 26, carried to 16a AVT
// and 16b AMT), network fee by tariff and billing power (17), renewables fee (18), their sum (19), supply
// fee (20), common consumption (21), the amount without VAT, VAT and the amount with VAT (22). Amounts
// are in fening (1/100 KM), every line rounded half-up, VAT on the rounded base.
import { daysBetween } from '../dates.js';
import { divideRounded, formatDecimal } from '../decimal.js';
import type { Para } from '../money.js';
import { BillInputError } from './bill-input-error.js';
import { checkBillingPower, checkPeriod, consumptionOf } from './bill-input.js';
import { billLine, sum } from './bill-line.js';
import { checkConsumption, totalKwh, type Consumption, type MeterReadings } from './consumption.js';
import { defaultErsRules, type ErsRules } from './ers-tariffs.js';
import {
  energyLinesOf,
  monthlyItemLines,
  perKwhLines,
  subtotalLine,
  taxLines,
  type NamedBlock,
  type PerKwhItem,
} from './line-builders.js';
import { shareConsumption, totalsByBlock, type ConsumptionSegment, type ZoneKwh } from './priced-segments.js';
import { scaleZoneLimit, splitProportionally } from './rules.js';
import { splitByTariff } from './tariff-periods.js';
import type { Band, BillLine, ErsHouseholdTariff, Register } from './types.js';
import { distributeOverBlocks } from './zones.js';

export interface ErsHouseholdBillBase {
  periodStart: string;
  periodEnd: string;
  /** billing power (OS), kW as a decimal string: priced by the network fee */
  billingPowerKw: string;
  /** field 13: kWh charged (+) or credited (-) on other grounds, per tariff; added to the metered kWh */
  adjustment?: Consumption;
  /** field 21: the share of the building's common consumption, fening */
  commonConsumption?: Para;
  tariffs: readonly ErsHouseholdTariff[];
  rules?: Partial<ErsRules>;
}

export type ErsHouseholdBillInput = ErsHouseholdBillBase &
  (
    | { consumption: Consumption; readings?: never }
    | { readings: MeterReadings; meterConstant?: number; consumption?: never }
  );

export const ersBands: readonly Band[] = ['BAND_I', 'BAND_II', 'BAND_III'];
const bandNames: Record<Band, string> = { BAND_I: 'Опсег I', BAND_II: 'Опсег II', BAND_III: 'Опсег III' };
/** AVT and AMT on ERS bills; "ST" for single-rate */
const ersRegisterNames: Record<Register, string> = { VT: 'АВТ', NT: 'АМТ', SINGLE: 'СТ' };
const energyCodes: Record<Register, { band: string; total: string }> = {
  VT: { band: '26a', total: '16a' },
  NT: { band: '26b', total: '16b' },
  SINGLE: { band: '26', total: '16' },
};

export interface ErsSegment extends ConsumptionSegment<ErsHouseholdTariff> {
  /** band limits for this part's days */
  limits: { bandI: number; bandII: number };
  bands: (NamedBlock & { zone: Band })[];
}

export interface ErsHouseholdBill {
  layout: 'ERS_BANDS';
  currency: 'BAM';
  days: number;
  /** field 12: metered kWh */
  metered: Consumption;
  /** field 14: kWh billed (metered + adjustment) */
  consumption: Consumption;
  /** field 25: shares of AVT and AMT in the total, % with two decimals; null for single-rate */
  tariffShares: { vt: string; nt: string } | null;
  lines: BillLine[];
  segments: ErsSegment[];
  bandLimits: { bandI: number; bandII: number };
  bandTotals: Record<Band, ZoneKwh>;
  /** field 22 */
  amountWithoutVat: Para;
  vat: Para;
  periodCharge: Para;
  total: Para;
}

function billedConsumption(metered: Consumption, adjustment: Consumption | undefined): Consumption {
  if (!adjustment) return metered;
  const add = (a: number, b: number | undefined) => {
    if (b === undefined || !Number.isSafeInteger(b)) {
      throw new BillInputError('CONSUMPTION', 'the adjustment must be whole kWh of the same tariffs');
    }
    return a + b;
  };
  const billed: Consumption =
    'single' in metered
      ? { single: add(metered.single, (adjustment as { single?: number }).single) }
      : {
          vt: add(metered.vt, (adjustment as { vt?: number }).vt),
          nt: add(metered.nt, (adjustment as { nt?: number }).nt),
        };
  return checkConsumption(billed);
}

function tariffShares(c: Consumption): { vt: string; nt: string } | null {
  if ('single' in c) return null;
  const total = c.vt + c.nt;
  if (total === 0) return { vt: '0', nt: '0' };
  const vt = divideRounded(BigInt(c.vt) * 10_000n, BigInt(total));
  return {
    vt: formatDecimal({ mantissa: vt, scale: 2 }),
    nt: formatDecimal({ mantissa: 10_000n - vt, scale: 2 }),
  };
}

function bandSegments(input: ErsHouseholdBillInput, consumption: Consumption, rules: ErsRules): ErsSegment[] {
  const parts = splitByTariff(input.periodStart, input.periodEnd, input.tariffs);
  const days = parts.map((p) => p.days);
  // 'fixed': the limits of the whole bill, shared over the parts of a split period by their days.
  const limitsOf = (limit: (t: ErsHouseholdTariff) => number) =>
    rules.bandLimits === 'fixed'
      ? splitProportionally(limit(parts[parts.length - 1]!.tariff), days)
      : parts.map((p) => scaleZoneLimit(limit(p.tariff), p.days, rules));
  const bandI = limitsOf((t) => t.bandLimits.bandI);
  const bandII = limitsOf((t) => t.bandLimits.bandII);
  return shareConsumption(parts, consumption, rules).map((s, i) => {
    const limits = { bandI: bandI[i]!, bandII: bandII[i]! };
    const blocks = distributeOverBlocks(s.consumption, [limits.bandI, limits.bandII], rules);
    return { ...s, limits, bands: blocks.map((b, j) => ({ ...b, zone: ersBands[j]! })) };
  });
}

export function computeErsHouseholdBill(input: ErsHouseholdBillInput): ErsHouseholdBill {
  const rules: ErsRules = { ...defaultErsRules, ...input.rules };
  checkPeriod(input.periodStart, input.periodEnd);
  checkBillingPower(input.billingPowerKw);
  const common = input.commonConsumption ?? 0;
  if (!Number.isSafeInteger(common) || common < 0) {
    throw new BillInputError('CONSUMPTION', 'common consumption is whole, non-negative fening');
  }
  const metered = consumptionOf(input);
  const consumption = billedConsumption(metered, input.adjustment);
  const segments = bandSegments(input, consumption, rules);
  const last = segments[segments.length - 1]!.tariff;

  const bandLines = energyLinesOf(segments, {
    code: (register) => energyCodes[register].band,
    blocks: (s) => s.bands,
    price: (s, block, register) => s.tariff.energy[block.zone as Band][register],
    name: (block, register) => `${bandNames[block.zone as Band]} ${ersRegisterNames[register]}`,
  });
  const registers: Register[] = 'single' in consumption ? ['SINGLE'] : ['VT', 'NT'];
  const energyTotals = registers.map((register) =>
    subtotalLine(
      energyCodes[register].total,
      'energy_total',
      `Енергија ${ersRegisterNames[register]}`,
      sum(bandLines.filter((l) => l.register === register)),
    ),
  );
  const kwhOf = (s: ErsSegment) => ({ kwh: totalKwh(s.consumption), ...vtNtOf(s.consumption) });
  const charges = [
    ...perKwhLines(segments, kwhOf, networkItem, true),
    ...monthlyItemLines(segments, rules, {
      code: '17',
      kind: 'network_fee',
      description: 'Мрежарина ОС',
      kw: input.billingPowerKw,
      register: 'POWER',
      price: (t) => t.networkPerKw,
    }),
    ...perKwhLines(segments, kwhOf, renewablesItem, true),
  ];
  const charges19 = sum(bandLines) + sum(charges);
  const fees = [
    ...monthlyItemLines(segments, rules, {
      code: '20',
      kind: 'supply_fee',
      description: 'Накнада за услугу снабдијевања',
      price: (t) => t.supplyFeePerMonth,
    }),
    ...(common > 0
      ? [
          billLine({
            code: '21',
            kind: 'common_consumption',
            description: 'Заједничка потрошња',
            amount: common,
          }),
        ]
      : []),
  ];
  const amountWithoutVat = charges19 + sum(fees);
  const vat = taxLines(
    amountWithoutVat,
    last.vatRate,
    { code: '22a', kind: 'vat_base', description: 'Износ рачуна без ПДВ-а' },
    { code: '22b', kind: 'vat', description: 'ПДВ' },
  );
  const periodCharge = amountWithoutVat + vat.tax;
  const lines = [
    ...energyTotals,
    ...charges,
    subtotalLine('19', 'charges_total', 'Енергија, мрежарина и ОИЕЕ', charges19),
    ...fees,
    ...vat.lines,
    subtotalLine('22c', 'bill_total', 'Износ рачуна са ПДВ-ом', periodCharge),
    ...bandLines,
  ];
  return {
    layout: 'ERS_BANDS',
    currency: 'BAM',
    days: daysBetween(input.periodStart, input.periodEnd) + 1,
    metered,
    consumption,
    tariffShares: tariffShares(consumption),
    lines,
    segments,
    bandLimits: {
      bandI: segments.reduce((a, s) => a + s.limits.bandI, 0),
      bandII: segments.reduce((a, s) => a + s.limits.bandII, 0),
    },
    bandTotals: totalsByBlock(
      segments.flatMap((s) => s.bands),
      ersBands,
    ),
    amountWithoutVat,
    vat: vat.tax,
    periodCharge,
    total: periodCharge,
  };
}

const networkItem: PerKwhItem<ErsHouseholdTariff> = {
  code: '17',
  kind: 'network_fee',
  description: 'Мрежарина',
  price: (t, register) => t.networkPerKwh[register ?? 'SINGLE'],
  registerNames: ersRegisterNames,
};

const renewablesItem: PerKwhItem<ErsHouseholdTariff> = {
  code: '18',
  kind: 'renewables_fee',
  description: 'Накнада за ОИЕЕ',
  price: (t) => t.renewablesFeePerKwh,
  registerNames: ersRegisterNames,
};

function vtNtOf(c: Consumption): { vt: number | null; nt: number | null } {
  return 'single' in c ? { vt: null, nt: null } : { vt: c.vt, nt: c.nt };
}
