// The EPCG bill (seeds/003, the item codes of the back side): active energy VT (1), NT (2) or single (3),
// reactive energy VT/NT (4, 5; never households), billing power (10), network capacity (12), network
// losses VT/NT (15, 16), common consumption (21), the fixed part of the network capacity (22), the market
// operator fee (23), the renewables fee (26), the 5%/10% discount on the active energy only (31), a
// correction (32), the social subsidy (33), VAT (41), the amount without VAT (51) and with it (52).
// Amounts are in cent (1/100 EUR), every line rounded half-up, VAT on the rounded base.
import { daysBetween, endOfMonth } from '../dates.js';
import { amountOf, percentOf, type Para } from '../money.js';
import { BillInputError } from './bill-input-error.js';
import { checkBillingPower, checkPeriod, consumptionOf } from './bill-input.js';
import { billLine, sum } from './bill-line.js';
import { splitConsumptionByDays, type Consumption, type MeterReadings } from './consumption.js';
import {
  energyLinesOf,
  monthlyItemLines,
  perKwhLines,
  subtotalLine,
  type PerKwhItem,
} from './line-builders.js';
import { shareConsumption, type ConsumptionSegment } from './priced-segments.js';
import { defaultTariffRules, type TariffRules } from './rules.js';
import { splitByTariff } from './tariff-periods.js';
import type { BillLine, EpcgTariff, Register } from './types.js';

/** item 31: none, 5% for customers without arrears, 10% for members of the "Golden Team" */
export type EpcgDiscount = 'none' | 'regular' | 'golden_team';

export interface EpcgBillBase {
  periodStart: string;
  periodEnd: string;
  /** discounts and the social subsidy are for households only; reactive energy never for them */
  category: 'HOUSEHOLD' | 'BUSINESS';
  /** item 10: kW of billing power, for customers whose meters register power; leave out otherwise */
  billingPowerKw?: string;
  /** items 4, 5: reactive energy, kvarh */
  reactive?: { vt: number; nt: number };
  discount?: EpcgDiscount;
  /** items 33-35: the customer is on the list of approved subsidies (Ministry of labour and welfare) */
  socialSubsidy?: boolean;
  /** item 32: a correction after a complaint, cent, + charged / - credited */
  correction?: Para;
  /** item 21: the share of the building's common consumption, cent */
  commonConsumption?: Para;
  tariffs: readonly EpcgTariff[];
  rules?: Partial<TariffRules>;
}

export type EpcgBillInput = EpcgBillBase &
  (
    | { consumption: Consumption; readings?: never }
    | { readings: MeterReadings; meterConstant?: number; consumption?: never }
  );

export interface EpcgBill {
  layout: 'EPCG';
  currency: 'EUR';
  days: number;
  consumption: Consumption;
  lines: BillLine[];
  segments: ConsumptionSegment<EpcgTariff>[];
  /** item 51 */
  amountWithoutVat: Para;
  vat: Para;
  /** item 52 */
  periodCharge: Para;
  total: Para;
}

const registerNames: Record<Register, string> = { VT: 'ВТ', NT: 'НТ', SINGLE: 'ЈТ' };
const activeCodes: Record<Register, string> = { VT: '1', NT: '2', SINGLE: '3' };

function checkInput(input: EpcgBillInput): void {
  checkPeriod(input.periodStart, input.periodEnd);
  if (input.billingPowerKw !== undefined) checkBillingPower(input.billingPowerKw);
  const household = input.category === 'HOUSEHOLD';
  if (household && input.reactive) {
    throw new BillInputError('CONSUMPTION', 'reactive energy is not billed to households (seeds/003 item 4)');
  }
  if (!household && ((input.discount ?? 'none') !== 'none' || input.socialSubsidy)) {
    throw new BillInputError('DISCOUNT', 'the discounts and the social subsidy are for households only');
  }
  const { vt = 0, nt = 0 } = input.reactive ?? {};
  if (![vt, nt].every((k) => Number.isSafeInteger(k) && k >= 0)) {
    throw new BillInputError('CONSUMPTION', 'reactive energy is whole, non-negative kvarh');
  }
  if (!Number.isSafeInteger(input.correction ?? 0)) {
    throw new BillInputError('REDUCTION', 'the correction is a whole number of cent');
  }
  const common = input.commonConsumption ?? 0;
  if (!Number.isSafeInteger(common) || common < 0) {
    throw new BillInputError('CONSUMPTION', 'common consumption is whole, non-negative cent');
  }
}

function blockOf(c: Consumption) {
  return 'single' in c
    ? { zone: null, kwh: c.single, vt: null, nt: null }
    : { zone: null, kwh: c.vt + c.nt, vt: c.vt, nt: c.nt };
}

function reactiveLines(segments: ConsumptionSegment<EpcgTariff>[], input: EpcgBillInput, rules: TariffRules) {
  if (!input.reactive) return [];
  const shares = splitConsumptionByDays(
    input.reactive,
    segments.map((s) => s.days),
    rules,
  ) as { vt: number; nt: number }[];
  return segments.flatMap((s, i) =>
    (['VT', 'NT'] as const)
      .map((register) => ({ register, kvarh: shares[i]![register === 'VT' ? 'vt' : 'nt'] }))
      .filter(({ kvarh }) => kvarh > 0)
      .map(({ register, kvarh }) =>
        billLine({
          code: register === 'VT' ? '4' : '5',
          kind: 'reactive_energy',
          description: `Реактивна енергија ${registerNames[register]}`,
          register: register === 'VT' ? 'REACTIVE_VT' : 'REACTIVE_NT',
          quantity: String(kvarh),
          unit: 'kvarh',
          unitPrice: s.tariff.reactivePerKvarh,
          amount: amountOf(kvarh, s.tariff.reactivePerKvarh),
        }),
      ),
  );
}

/**
 * seeds/003 items 33-35: "40% off a bill up to 60 EUR; a bigger bill is reduced by 24 EUR". The items
 * stand before VAT (41) and the amount without VAT (51), so the "bill" is taken as the amount before VAT
 * (ASSUMPTION, the seed does not say), and VAT is charged on what is left.
 */
export function socialSubsidyOf(amountBeforeVat: Para, subsidy: EpcgTariff['subsidy']): Para {
  if (amountBeforeVat <= 0) return 0;
  const ceiling = amountOf(1, subsidy.ceiling);
  return percentOf(Math.min(amountBeforeVat, ceiling), subsidy.rate);
}

/**
 * seeds/003 item 31: the 5% discount is earned by "paying the previous month's bill by the end of the
 * current month", i.e. the month the previous bill was issued in, and having no arrears (ASSUMPTION: a
 * previous bill settled in full by then leaves none). The 10% "Golden Team" list closed on 31.12.2016 and
 * comes from outside the bill.
 */
export function epcgDiscountEarned(
  previous: { issueDate: string; paidOn: string | null } | undefined,
): boolean {
  return previous?.paidOn != null && previous.paidOn <= endOfMonth(previous.issueDate);
}

export function computeEpcgBill(input: EpcgBillInput): EpcgBill {
  checkInput(input);
  const rules: TariffRules = { ...defaultTariffRules, ...input.rules };
  const consumption = consumptionOf(input);
  const parts = splitByTariff(input.periodStart, input.periodEnd, input.tariffs);
  const segments = shareConsumption(parts, consumption, rules);
  const last = segments[segments.length - 1]!.tariff;
  const kwhOf = (s: ConsumptionSegment<EpcgTariff>) => blockOf(s.consumption);

  const active = energyLinesOf(segments, {
    code: (register) => activeCodes[register],
    blocks: (s) => [kwhOf(s)],
    price: (s, _block, register) => s.tariff.activeEnergy[register],
    name: (_block, register) => `Активна енергија ${registerNames[register]}`,
  });
  const perKwh = (item: PerKwhItem<EpcgTariff>, byRegister: boolean) =>
    perKwhLines(segments, kwhOf, { registerNames, ...item }, byRegister);
  const losses = perKwh(
    {
      code: '15',
      kind: 'network_losses',
      description: 'Губици у мрежи',
      price: (t, r) => t.lossesPerKwh[r ?? 'SINGLE'],
    },
    true,
  ).map((line) => (line.register === 'NT' ? { ...line, code: '16' } : line));
  const common = input.commonConsumption ?? 0;
  const charges = [
    ...active,
    ...reactiveLines(segments, input, rules),
    ...(input.billingPowerKw === undefined
      ? []
      : monthlyItemLines(segments, rules, {
          code: '10',
          kind: 'billing_power',
          description: 'Обрачунска снага',
          kw: input.billingPowerKw,
          register: 'POWER',
          price: (t) => t.billingPowerPerKw,
        })),
    ...perKwh(
      {
        code: '12',
        kind: 'network_capacity',
        description: 'Ангажовање мрежног капацитета',
        price: (t, r) => t.networkCapacityPerKwh[r ?? 'SINGLE'],
      },
      true,
    ),
    ...losses,
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
    ...monthlyItemLines(segments, rules, {
      code: '22',
      kind: 'network_fixed',
      description: 'Фиксни дио мрежног капацитета',
      price: (t) => t.networkFixedPerMonth,
    }),
    ...perKwh(
      {
        code: '23',
        kind: 'market_operator_fee',
        description: 'Накнада оператору тржишта',
        price: (t) => t.marketOperatorFeePerKwh,
      },
      false,
    ),
    ...perKwh(
      {
        code: '26',
        kind: 'renewables_fee',
        description: 'Накнада за подстицање ОИЕ',
        price: (t) => t.renewablesFeePerKwh,
      },
      false,
    ),
  ];
  const discount = input.discount ?? 'none';
  const discountRate =
    discount === 'none' ? null : last.discountRates[discount === 'regular' ? 'regular' : 'goldenTeam'];
  const reductions: BillLine[] = [];
  if (discountRate) {
    reductions.push(
      billLine({
        code: '31',
        kind: 'discount',
        description: `Попуст ${discountRate}% на активну енергију`,
        quantity: discountRate,
        unit: '%',
        amount: -percentOf(sum(active), discountRate),
      }),
    );
  }
  if (input.correction) {
    reductions.push(
      billLine({ code: '32', kind: 'correction', description: 'Корекција', amount: input.correction }),
    );
  }
  if (input.socialSubsidy) {
    const subsidy = socialSubsidyOf(sum(charges) + sum(reductions), last.subsidy);
    reductions.push(
      billLine({ code: '33', kind: 'social_subsidy', description: 'Субвенција', amount: -subsidy }),
    );
  }
  const amountWithoutVat = sum(charges) + sum(reductions);
  // a credit (a correction bigger than the bill) carries no VAT of its own
  const vat = amountWithoutVat > 0 ? percentOf(amountWithoutVat, last.vatRate) : 0;
  const periodCharge = amountWithoutVat + vat;
  const lines = [
    ...charges,
    ...reductions,
    billLine({ code: '41', kind: 'vat', description: 'ПДВ', quantity: last.vatRate, unit: '%', amount: vat }),
    subtotalLine('51', 'vat_base', 'Износ рачуна без ПДВ', amountWithoutVat),
    subtotalLine('52', 'bill_total', 'Износ рачуна са ПДВ', periodCharge),
  ];
  return {
    layout: 'EPCG',
    currency: 'EUR',
    days: daysBetween(input.periodStart, input.periodEnd) + 1,
    consumption,
    lines,
    segments,
    amountWithoutVat,
    vat,
    periodCharge,
    total: periodCharge,
  };
}
