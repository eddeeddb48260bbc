// The EPS household bill (guaranteed supply), line by line as EPS prints it in 2026 (DOMAIN.md): every
// line rounded half-up to the para, excise and VAT on the rounded bases, totals as sums of lines.
import { daysBetween } from '../dates.js';
import { amountOf, percentOf, type Para } from '../money.js';
import {
  checkBillingPower,
  checkPeriod,
  consumptionOf,
  earnedDiscountOf,
  vulnerableReductionsOf,
  type EpsHouseholdBillInput,
} from './bill-input.js';
import { billLine, sum } from './bill-line.js';
import { energyLines, monthlyLines, perKwhFeeLines } from './charge-lines.js';
import { exciseAndVatLines } from './line-builders.js';
import type { Consumption } from './consumption.js';
import { tvFees, valueOn } from './eps-tariffs.js';
import {
  distributionAccessLine,
  netMetering,
  type DistributionAccessBasis,
  type NetMetering,
} from './prosumer.js';
import { priceSegments, totalsByZone, type PricedSegment, type ZoneKwh } from './priced-segments.js';
import { tariffRulesFor } from './rules.js';
import { splitByTariff } from './tariff-periods.js';
import type { BillLine, EpsHouseholdTariff, Zone } from './types.js';
import type { ZoneLimits } from './zones.js';

export { sum } from './bill-line.js';
export type { EpsHouseholdBillBase, EpsHouseholdBillInput, PreviousBill } from './bill-input.js';
export type { PricedSegment, ZoneKwh } from './priced-segments.js';

export interface EpsHouseholdBill {
  days: number;
  consumption: Consumption;
  lines: BillLine[];
  /** one per tariff version in force during the period; one for a normal period */
  segments: PricedSegment[];
  /** zone limits of the whole period (the sum over the segments) */
  zoneLimits: ZoneLimits;
  /** kWh per zone over the whole period */
  zoneTotals: Record<Zone, number>;
  /** kWh per zone and tariff over the whole period */
  consumptionByZone: Record<Zone, ZoneKwh>;
  /** line 4, as a positive amount */
  earnedDiscount: Para;
  /** line 14 */
  periodCharge: Para;
  /** line 15 */
  tvFee: Para;
  /** line 14 + line 15: the charge of this bill for the month */
  total: Para;
  /** lines 1 + 2 + 3 of this bill, the base of the next on-time discount */
  discountBase: Para;
  /** printed on this bill: pay by the due date and the next bill is lower by this */
  discountOffer: Para;
  discountRate: string;
  /** prosumers: taken, delivered and net per tariff; `consumption` is then the net */
  netMetering?: NetMetering;
  /** prosumers: line 7 and whether it was priced or taken as billed */
  distributionAccess?: { amount: Para; basis: DistributionAccessBasis };
}

export function computeEpsHouseholdBill(input: EpsHouseholdBillInput): EpsHouseholdBill {
  const rules = input.rules ?? tariffRulesFor(input.periodStart);
  checkPeriod(input.periodStart, input.periodEnd);
  checkBillingPower(input.billingPowerKw);
  const metered = consumptionOf(input);
  const netting = input.prosumer
    ? netMetering(metered, input.prosumer.delivered, input.prosumer.surplusBroughtForward)
    : undefined;
  // A prosumer's zones, energy and per-kWh fees are on the net energy; line 7 on the energy taken.
  const consumption = netting?.net ?? metered;
  const earnedDiscount = earnedDiscountOf(input);
  const segments = priceSegments(
    splitByTariff(input.periodStart, input.periodEnd, input.tariffs),
    consumption,
    rules,
  );
  const last: EpsHouseholdTariff = segments[segments.length - 1]!.tariff;

  const lines = [...monthlyLines(segments, input.billingPowerKw, rules), ...energyLines(segments)];
  const discountBase = sum(lines);
  if (earnedDiscount > 0) {
    lines.push(
      billLine({
        code: '4',
        kind: 'discount',
        description: 'Попуст за плаћање у року',
        amount: -earnedDiscount,
      }),
    );
  }
  lines.push(...perKwhFeeLines(segments));
  const access =
    input.prosumer && netting
      ? distributionAccessLine(input.prosumer, netting.taken, input.periodEnd)
      : undefined;
  if (access) lines.push(access.line);

  const taxes = exciseAndVatLines(lines, last, {
    exciseBase: { code: '8', description: 'Основица за акцизу (1+2+3+4+5+6+7)' },
    excise: '9',
    vatBase: { code: '10', description: 'Основица за ПДВ (8+9)' },
    vat: '11',
  });
  const reductions = vulnerableReductionsOf(input, taxes.charge);
  const periodCharge = taxes.charge - reductions.line12 - reductions.line13;
  lines.push(...taxes.lines);
  for (const [code, amount] of [
    ['12', reductions.line12],
    ['13', reductions.line13],
  ] as const) {
    if (amount > 0) {
      lines.push(
        billLine({
          code,
          kind: 'vulnerable_reduction',
          description: 'Умањење за енергетски угроженог купца',
          amount: -amount,
        }),
      );
    }
  }
  lines.push(
    billLine({
      code: '14',
      kind: 'period_charge',
      description: 'Задужење за обрачунски период',
      amount: periodCharge,
      isSubtotal: true,
    }),
  );

  let tvFee = 0;
  if (input.tvFeeApplies) {
    const perMonth = valueOn(input.tvFeeTable ?? tvFees, input.periodEnd);
    tvFee = amountOf(1, perMonth);
    lines.push(
      billLine({
        code: '15',
        kind: 'tv_fee',
        description: 'Такса за јавни медијски сервис',
        quantity: '1',
        unit: 'month',
        unitPrice: perMonth,
        amount: tvFee,
      }),
    );
  }

  const consumptionByZone = totalsByZone(segments);
  const discountRate = input.eBill ? last.onTimeDiscountRateEBill : last.onTimeDiscountRate;
  return {
    days: daysBetween(input.periodStart, input.periodEnd) + 1,
    consumption,
    lines,
    segments,
    zoneLimits: {
      green: segments.reduce((acc, s) => acc + s.limits.green, 0),
      blue: segments.reduce((acc, s) => acc + s.limits.blue, 0),
    },
    zoneTotals: {
      GREEN: consumptionByZone.GREEN.total,
      BLUE: consumptionByZone.BLUE.total,
      RED: consumptionByZone.RED.total,
    },
    consumptionByZone,
    earnedDiscount,
    periodCharge,
    tvFee,
    total: periodCharge + tvFee,
    discountBase,
    discountOffer: percentOf(discountBase, discountRate),
    discountRate,
    ...(netting && access
      ? { netMetering: netting, distributionAccess: { amount: access.line.amount, basis: access.basis } }
      : {}),
  };
}
