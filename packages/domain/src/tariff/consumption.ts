// A period's consumption in whole kWh: VT and NT for a dual-rate meter, one figure for a single-rate
// meter; from the kWh themselves or from the meter's register values.
import { BillInputError } from './bill-input-error.js';
import { defaultTariffRules, splitProportionally, splitRemainderToLast, type TariffRules } from './rules.js';

export type Consumption = { vt: number; nt: number } | { single: number };

/** One register of the meter at the previous and at the current reading, in whole kWh. */
export interface RegisterReading {
  previous: number;
  current: number;
}

export type MeterReadings = { vt: RegisterReading; nt: RegisterReading } | { single: RegisterReading };

function wholeKwh(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new BillInputError('CONSUMPTION', `${what} must be a whole, non-negative number of kWh: ${value}`);
  }
  return value;
}

export function checkConsumption(consumption: Consumption): Consumption {
  if ('single' in consumption) return { single: wholeKwh(consumption.single, 'single-rate consumption') };
  return { vt: wholeKwh(consumption.vt, 'VT consumption'), nt: wholeKwh(consumption.nt, 'NT consumption') };
}

function registerKwh(reading: RegisterReading, meterConstant: number, register: string): number {
  const { previous, current } = reading;
  if (!Number.isSafeInteger(previous) || !Number.isSafeInteger(current) || previous < 0) {
    throw new BillInputError('READINGS', `${register} register values must be whole kWh`);
  }
  // A register that went backwards is a replaced or rolled-over meter: the kWh must come in explicitly.
  if (current < previous) {
    throw new BillInputError('READINGS', `${register} register went back from ${previous} to ${current}`);
  }
  return (current - previous) * meterConstant;
}

/** kWh of the period: (current - previous) x the meter constant, per register. */
export function consumptionFromReadings(readings: MeterReadings, meterConstant = 1): Consumption {
  if (!Number.isSafeInteger(meterConstant) || meterConstant < 1) {
    throw new BillInputError(
      'READINGS',
      `the meter constant must be a positive whole number: ${meterConstant}`,
    );
  }
  if ('single' in readings) return { single: registerKwh(readings.single, meterConstant, 'single-rate') };
  return {
    vt: registerKwh(readings.vt, meterConstant, 'VT'),
    nt: registerKwh(readings.nt, meterConstant, 'NT'),
  };
}

export function totalKwh(consumption: Consumption): number {
  return 'single' in consumption ? consumption.single : consumption.vt + consumption.nt;
}

/** Splits the consumption over the parts of a period in proportion to their days (see TariffRules). */
export function splitConsumptionByDays(
  consumption: Consumption,
  days: readonly number[],
  rules: TariffRules = defaultTariffRules,
): Consumption[] {
  const split =
    rules.consumptionSplitAtPriceChange === 'cumulative' ? splitProportionally : splitRemainderToLast;
  if ('single' in consumption) return split(consumption.single, days).map((single) => ({ single }));
  const vt = split(consumption.vt, days);
  const nt = split(consumption.nt, days);
  return days.map((_, i) => ({ vt: vt[i]!, nt: nt[i]! }));
}
