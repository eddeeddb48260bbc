// What a meter with power metering measured (seeds/001, third layout: fields 8-12): active and reactive
// energy by tariff and the maximum power, each register difference multiplied by the meter constant; and
// the billing quantities the tariff makes of them.
import { addDecimals, compareDecimals, decimal, formatDecimal, multiply, pow10 } from '../decimal.js';
import { BillInputError } from './bill-input-error.js';
import { consumptionFromReadings, type RegisterReading } from './consumption.js';

/** kWh, kvarh and kW of the period, after the meter constant */
export interface PowerMetering {
  active: { vt: number; nt: number };
  reactive: { vt: number; nt: number };
  /** the highest 15-minute power of the period, kW as a decimal string */
  maxPowerKw: string;
}

/** The registers at the previous and current reading; the maximum-power register is read as is. */
export interface PowerMeterReadings {
  active: { vt: RegisterReading; nt: RegisterReading };
  reactive: { vt: RegisterReading; nt: RegisterReading };
  /** the maximum-power register at the current reading, before the constant: "12.345" */
  maxPower: string;
}

const unsignedDecimal = /^\d+(\.\d+)?$/;

export function meteredFromReadings(readings: PowerMeterReadings, meterConstant = 1): PowerMetering {
  const active = consumptionFromReadings(readings.active, meterConstant) as PowerMetering['active'];
  const reactive = consumptionFromReadings(readings.reactive, meterConstant) as PowerMetering['reactive'];
  if (!unsignedDecimal.test(readings.maxPower)) {
    throw new BillInputError(
      'READINGS',
      `the maximum power register must be a decimal: "${readings.maxPower}"`,
    );
  }
  const maxPowerKw = formatDecimal(multiply(decimal(readings.maxPower), decimal(meterConstant)));
  return { active, reactive, maxPowerKw };
}

export function checkMetered(metered: PowerMetering): PowerMetering {
  const whole = [metered.active.vt, metered.active.nt, metered.reactive.vt, metered.reactive.nt];
  if (!whole.every((v) => Number.isSafeInteger(v) && v >= 0)) {
    throw new BillInputError(
      'CONSUMPTION',
      'active kWh and reactive kvarh must be whole, non-negative numbers',
    );
  }
  if (!unsignedDecimal.test(metered.maxPowerKw)) {
    throw new BillInputError(
      'CONSUMPTION',
      `the maximum power must be a decimal in kW: "${metered.maxPowerKw}"`,
    );
  }
  return metered;
}

/**
 * Assumptions of the power-metering bill, configurable until the supplier confirms them.
 * - billingPower: 'capped-at-approved' bills the measured maximum up to the approved power as billing
 *   power and the rest as excess power ("prekomerna snaga"); 'measured' bills the whole maximum as
 *   billing power and the part above the approved power again as excess power.
 * - reactiveLimitRounding: the allowed reactive energy (kWh x tan φ) in whole kvarh, to the nearest or down.
 */
export interface PowerMeteringRules {
  billingPower: 'capped-at-approved' | 'measured';
  reactiveLimitRounding: 'nearest' | 'down';
}

export const defaultPowerMeteringRules: PowerMeteringRules = {
  billingPower: 'capped-at-approved',
  reactiveLimitRounding: 'nearest',
};

/** Billing and excess power in kW (decimal strings) from the measured maximum and the approved power. */
export function billedPower(
  measuredKw: string,
  approvedKw: string,
  rules: PowerMeteringRules,
): { billingKw: string; excessKw: string } {
  const measured = decimal(measuredKw);
  const approved = decimal(approvedKw);
  const above = compareDecimals(measured, approved) > 0;
  const excess = above
    ? formatDecimal(addDecimals(measured, { ...approved, mantissa: -approved.mantissa }))
    : '0';
  const capped = rules.billingPower === 'capped-at-approved' && above;
  return { billingKw: formatDecimal(capped ? approved : measured), excessKw: excess };
}

/** Integer square root (floor) of a non-negative bigint. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/**
 * The reactive energy allowed with `activeKwh` at power factor cos φ: activeKwh x tan φ, in whole kvarh
 * (seeds/001 field 8). Exact: tan φ = sqrt(1 - cos²) / cos is irrational, so it is not rounded first.
 */
export function reactiveLimit(activeKwh: number, powerFactor: string, rules: PowerMeteringRules): number {
  const cos = decimal(powerFactor);
  const one = pow10(2 * cos.scale);
  // (2 x limit)² = 4 x kWh² x (1 - cos²) / cos²
  const twiceSquared = (4n * BigInt(activeKwh) ** 2n * (one - cos.mantissa ** 2n)) / cos.mantissa ** 2n;
  const twice = isqrt(twiceSquared);
  return Number(rules.reactiveLimitRounding === 'down' ? twice / 2n : (twice + 1n) / 2n);
}

/** Reactive energy of one tariff: what is within the limit and what is excess. */
export interface ReactiveSplit {
  limit: number;
  within: number;
  excess: number;
}

export function splitReactive(
  activeKwh: number,
  reactiveKvarh: number,
  powerFactor: string,
  rules: PowerMeteringRules,
): ReactiveSplit {
  const limit = reactiveLimit(activeKwh, powerFactor, rules);
  const within = Math.min(reactiveKvarh, limit);
  return { limit, within, excess: reactiveKvarh - within };
}
