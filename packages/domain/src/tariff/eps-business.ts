// EPS business bills on guaranteed supply, line by line in the numbering of seeds/001: the small business
// ("široka potrošnja": 13 energy by zone and tariff, 14 billing power, 15 supplier cost, 16 VAT base,
// 17 VAT, 18 charge for the period) and the customer with power metering (eps-power-metering.ts).
// Neither has the household's on-time discount, vulnerable-customer reductions or TV fee line.
// Rounding as on the household bill: every line to the para, taxes on the rounded bases.
import { daysBetween } from '../dates.js';
import type { Para } from '../money.js';
import { checkBillingPower, checkPeriod, consumptionOf } from './bill-input.js';
import { energyLines, monthlyLines, perKwhFeeLines, type ZonedChargeCodes } from './charge-lines.js';
import type { Consumption, MeterReadings } from './consumption.js';
import { businessFeeCodes, businessTaxLines } from './eps-business-lines.js';
import {
  computeEpsPowerMeteringBill,
  type EpsPowerMeteringBill,
  type EpsPowerMeteringBillInput,
} from './eps-power-metering.js';
import { priceSegments, totalsByZone, type PricedSegment, type ZoneKwh } from './priced-segments.js';
import { tariffRulesFor, type TariffRules } from './rules.js';
import { splitByTariff } from './tariff-periods.js';
import type { BillLine, EpsCommercialTariff, Zone } from './types.js';

export interface EpsCommercialBillBase {
  category: 'COMMERCIAL';
  /** first and last day of the period, 'YYYY-MM-DD', both inclusive */
  periodStart: string;
  periodEnd: string;
  /** billing power in kW as a decimal string (seeds/001 field 14) */
  billingPowerKw: string;
  tariffs: readonly EpsCommercialTariff[];
  rules?: TariffRules;
}

export type EpsCommercialBillInput = EpsCommercialBillBase &
  (
    | { /** whole kWh of the period, after the meter constant */ consumption: Consumption; readings?: never }
    | { readings: MeterReadings; meterConstant?: number; consumption?: never }
  );

export interface EpsCommercialBill {
  layout: 'EPS_COMMERCIAL';
  days: number;
  consumption: Consumption;
  lines: BillLine[];
  segments: PricedSegment<EpsCommercialTariff>[];
  zoneTotals: Record<Zone, number>;
  consumptionByZone: Record<Zone, ZoneKwh>;
  /** line 18 */
  periodCharge: Para;
  /** what the lines add up to: the charge for the period (no TV fee on this layout) */
  total: Para;
}

const commercialCodes: ZonedChargeCodes = {
  energy: '13',
  billingPower: '14',
  supplierCost: '15',
  renewablesFee: businessFeeCodes.renewablesFee,
  efficiencyFee: businessFeeCodes.efficiencyFee,
};

/** A small business without power metering: the household zones and prices, the business layout. */
export function computeEpsCommercialBill(input: EpsCommercialBillInput): EpsCommercialBill {
  const rules = input.rules ?? tariffRulesFor(input.periodStart);
  checkPeriod(input.periodStart, input.periodEnd);
  checkBillingPower(input.billingPowerKw);
  const consumption = consumptionOf(input);
  const segments = priceSegments(
    splitByTariff(input.periodStart, input.periodEnd, input.tariffs),
    consumption,
    rules,
  );
  const charges = [
    ...energyLines(segments, commercialCodes),
    ...monthlyLines(segments, input.billingPowerKw, rules, commercialCodes),
    ...perKwhFeeLines(segments, commercialCodes),
  ];
  const taxes = businessTaxLines(charges, segments[segments.length - 1]!.tariff, '18');
  const consumptionByZone = totalsByZone(segments);
  return {
    layout: 'EPS_COMMERCIAL',
    days: daysBetween(input.periodStart, input.periodEnd) + 1,
    consumption,
    lines: [...charges, ...taxes.lines],
    segments,
    zoneTotals: {
      GREEN: consumptionByZone.GREEN.total,
      BLUE: consumptionByZone.BLUE.total,
      RED: consumptionByZone.RED.total,
    },
    consumptionByZone,
    periodCharge: taxes.periodCharge,
    total: taxes.periodCharge,
  };
}

export type EpsBusinessBillInput = EpsCommercialBillInput | EpsPowerMeteringBillInput;
export type EpsBusinessBill = EpsCommercialBill | EpsPowerMeteringBill;

/** Either EPS business layout, by the customer's category (customer_category in the database). */
export function computeEpsBusinessBill(input: EpsCommercialBillInput): EpsCommercialBill;
export function computeEpsBusinessBill(input: EpsPowerMeteringBillInput): EpsPowerMeteringBill;
export function computeEpsBusinessBill(input: EpsBusinessBillInput): EpsBusinessBill;
export function computeEpsBusinessBill(input: EpsBusinessBillInput): EpsBusinessBill {
  return input.category === 'POWER_METERING'
    ? computeEpsPowerMeteringBill(input)
    : computeEpsCommercialBill(input);
}
