import { addDays, monthOf } from '@portal/domain';
import type { ConsumptionHabit } from './population.js';
import type { Random } from './random.js';

// How cold (heating) and hot (cooling) each month is, 0..1, January first.
const heatingByMonth = [1, 0.9, 0.65, 0.35, 0.1, 0, 0, 0, 0.05, 0.35, 0.7, 0.95];
const coolingByMonth = [0, 0, 0, 0, 0.1, 0.5, 1, 0.9, 0.3, 0, 0, 0];

/** kWh used between two reading dates, by the habit and the season, with some noise. */
export function periodConsumption(
  habit: ConsumptionHabit,
  periodStart: string,
  days: number,
  random: Random,
): number {
  // The season of the middle of the period decides.
  const month = monthOf(addDays(periodStart, Math.floor(days / 2))) - 1;
  const daily =
    habit.baseDaily +
    habit.heatingDaily * heatingByMonth[month]! +
    habit.coolingDaily * coolingByMonth[month]!;
  return Math.max(0, Math.round(daily * days * Math.max(0.6, random.normal(1, 0.08))));
}

/** Splits a consumption into high and low tariff by the habit's share. */
export function splitTariffs(
  kwh: number,
  habit: ConsumptionHabit,
  random: Random,
): { vt: number; nt: number } {
  const share = Math.min(0.95, Math.max(0.4, random.normal(habit.vtShare, 0.03)));
  const vt = Math.round(kwh * share);
  return { vt, nt: kwh - vt };
}

// How much of a clear June day's solar yield each month gives, January first.
const solarByMonth = [0.3, 0.42, 0.62, 0.8, 0.92, 1, 1, 0.93, 0.75, 0.55, 0.33, 0.25];
/** Share of the yield delivered to the network: the rest is used in the house as it is generated. */
const deliveredShare = 0.6;

/** kWh solar panels deliver to the network in a period: all in VT hours (daylight), none in NT. */
export function periodDelivery(
  solarDailyKwh: number,
  periodStart: string,
  days: number,
  random: Random,
): { vt: number; nt: number } {
  const month = monthOf(addDays(periodStart, Math.floor(days / 2))) - 1;
  const weather = Math.min(1.2, Math.max(0.5, random.normal(1, 0.12)));
  return { vt: Math.round(solarDailyKwh * solarByMonth[month]! * deliveredShare * days * weather), nt: 0 };
}
