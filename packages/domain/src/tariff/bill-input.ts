// What a household bill is computed from, and the checks it must pass before anything is priced.
import { addDays, isIsoDate } from '../dates.js';
import { percentOf, type Para } from '../money.js';
import { BillInputError } from './bill-input-error.js';
import {
  checkConsumption,
  consumptionFromReadings,
  type Consumption,
  type MeterReadings,
} from './consumption.js';
import type { ProsumerInput } from './prosumer.js';
import type { TariffRules } from './rules.js';
import { tariffOn } from './tariff-periods.js';
import type { DatedValue, EpsHouseholdTariff } from './types.js';

/** The previous bill, as far as this bill's line 4 needs it. */
export interface PreviousBill {
  /** lines 1 + 2 + 3 of the previous bill, para */
  discountBase: Para;
  /** paid in full by its due date: only then is line 4 deducted */
  paidOnTime: boolean;
  /**
   * The rate offered on it, "%". Assumption when left out: the rate of the tariff in force on the
   * day before this period starts (the previous period's last day), with this bill's e-bill status.
   */
  discountRate?: string;
}

/** Everything but the consumption. */
export interface EpsHouseholdBillBase {
  /** first and last day of the period, 'YYYY-MM-DD', both inclusive: days = end - start + 1 */
  periodStart: string;
  periodEnd: string;
  /** billing power in kW as a decimal string: "6.90", "11.04", "5.75" */
  billingPowerKw: string;
  tvFeeApplies: boolean;
  /** line 4: either the previous bill (base + paid on time), or the discount it offered (para) */
  previousBill?: PreviousBill;
  earnedDiscount?: Para;
  /** the customer receives e-bills (7% instead of 5% on-time discount from 1.10.2025) */
  eBill: boolean;
  /**
   * Reductions for a vulnerable customer (energetski ugroženi kupac), printed as lines 12 and 13, para.
   * How they are computed is decided outside the tariff, so they come in as amounts.
   */
  vulnerableReductions?: { line12?: Para; line13?: Para };
  /** a prosumer on net metering: the consumption (or readings) is then the energy taken */
  prosumer?: ProsumerInput;
  tariffs: readonly EpsHouseholdTariff[];
  tvFeeTable?: readonly DatedValue[];
  rules?: TariffRules;
}

export type EpsHouseholdBillInput = EpsHouseholdBillBase &
  (
    | { /** whole kWh of the period, after the meter constant */ consumption: Consumption; readings?: never }
    | { readings: MeterReadings; meterConstant?: number; consumption?: never }
  );

/** kW and % are written as plain unsigned decimals: "6.90", "7.5". */
const unsignedDecimal = /^\d+(\.\d+)?$/;

export function checkPeriod(periodStart: string, periodEnd: string): void {
  if (!isIsoDate(periodStart) || !isIsoDate(periodEnd)) {
    throw new BillInputError(
      'PERIOD',
      `the period ${periodStart} .. ${periodEnd} is not two YYYY-MM-DD dates`,
    );
  }
  if (periodEnd < periodStart) throw new BillInputError('PERIOD', 'the period ends before it starts');
}

export function checkBillingPower(kw: string): void {
  if (!unsignedDecimal.test(kw) || !/[1-9]/.test(kw)) {
    throw new BillInputError('BILLING_POWER', `billing power must be a positive decimal in kW: "${kw}"`);
  }
}

/** The consumption given, or computed from the register values and the meter constant. */
export function consumptionOf(
  input: { consumption: Consumption } | { readings: MeterReadings; meterConstant?: number },
): Consumption {
  if ('readings' in input && input.readings)
    return consumptionFromReadings(input.readings, input.meterConstant);
  return checkConsumption((input as { consumption: Consumption }).consumption);
}

function isAmount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** Line 4 of this bill, positive para (0 = none). */
export function earnedDiscountOf(input: EpsHouseholdBillInput): Para {
  const { previousBill, earnedDiscount } = input;
  if (previousBill && earnedDiscount !== undefined) {
    throw new BillInputError('DISCOUNT', 'give either the previous bill or the earned discount, not both');
  }
  if (earnedDiscount !== undefined) {
    if (!isAmount(earnedDiscount))
      throw new BillInputError('DISCOUNT', `bad earned discount: ${earnedDiscount}`);
    return earnedDiscount;
  }
  if (!previousBill?.paidOnTime) return 0;
  if (!isAmount(previousBill.discountBase)) {
    throw new BillInputError('DISCOUNT', `bad discount base: ${previousBill.discountBase}`);
  }
  let rate = previousBill.discountRate;
  if (rate === undefined) {
    const previousDay = addDays(input.periodStart, -1);
    const tariff = tariffOn(previousDay, input.tariffs);
    if (!tariff)
      throw new BillInputError('DISCOUNT', `no tariff on ${previousDay} to give the discount rate`);
    rate = input.eBill ? tariff.onTimeDiscountRateEBill : tariff.onTimeDiscountRate;
  }
  if (!unsignedDecimal.test(rate)) throw new BillInputError('DISCOUNT', `bad discount rate: "${rate}"`);
  return percentOf(previousBill.discountBase, rate);
}

/** Lines 12 and 13, positive para; together at most what the period would cost without them. */
export function vulnerableReductionsOf(
  input: EpsHouseholdBillInput,
  charge: Para,
): { line12: Para; line13: Para } {
  const { line12 = 0, line13 = 0 } = input.vulnerableReductions ?? {};
  if (!isAmount(line12) || !isAmount(line13)) {
    throw new BillInputError('REDUCTION', 'reductions are whole, non-negative para');
  }
  if (line12 + line13 > Math.max(charge, 0)) {
    throw new BillInputError('REDUCTION', 'the reductions exceed the charge for the period');
  }
  return { line12, line13 };
}
